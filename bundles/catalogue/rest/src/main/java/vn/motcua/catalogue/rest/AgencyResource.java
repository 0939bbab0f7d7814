package vn.motcua.catalogue.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyEvent;
import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.AgencyNode;
import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.MergeResult;
import vn.motcua.catalogue.api.RenameRequest;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.rest.ResponseType;

/**
 * {@code /agencies}: the agency tree (cơ quan, đơn vị), its history, renames and merges. Renames and merges are
 * actions with their own bodies, not PUTs, because each is a dated decision that history must record.
 */
@Component(service = RestResource.class)
@Path("/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "agencies", description = "Cơ quan, đơn vị, đổi tên và sáp nhập / Agencies, renames and merges")
public class AgencyResource implements RestResource {
    static final Set<String> SORT = Requests.sortable("code", "nameVi", "validFrom");
    static final List<SortOrder> DEFAULT_SORT = List.of(new SortOrder("code", true));

    @Reference
    AgencyService agencies;

    @GET
    @Access(anonymous = true)
    @ApiTag("Danh sách cơ quan (theo cơ quan cấp trên, từ khóa, ngày) / List agencies (by parent, text, date)")
    @ResponseType(value = Agency.class, container = ResponseType.Container.PAGE)
    public Page<Agency> list(@QueryParam("parent") String parent, @QueryParam("q") String q,
                             @QueryParam("asOf") LocalDate asOf, @QueryParam("page") Integer page,
                             @QueryParam("size") Integer size, @QueryParam("sort") List<String> sort) {
        PageRequest request = PageRequest.parse(page, size, sort, SORT, DEFAULT_SORT);
        return agencies.list(Requests.blankToNull(parent), Requests.blankToNull(q), asOf, request);
    }

    @GET
    @Access(anonymous = true)
    @Path("/tree")
    @ApiTag("Cây cơ quan tại một ngày / Agency tree on a date")
    @ResponseType(value = AgencyNode.class, container = ResponseType.Container.LIST)
    public List<AgencyNode> tree(@QueryParam("asOf") LocalDate asOf) {
        return agencies.tree(asOf);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}")
    @ApiTag("Xem cơ quan / Get an agency")
    public Agency get(@PathParam("code") String code) {
        return agencies.get(code);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}/history")
    @ApiTag("Lịch sử cơ quan (thành lập, đổi tên, sáp nhập) / Agency history (created, renamed, merged)")
    @ResponseType(value = AgencyEvent.class, container = ResponseType.Container.LIST)
    public List<AgencyEvent> history(@PathParam("code") String code) {
        return agencies.history(code);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}/resolve")
    @ApiTag("Cơ quan tiếp nhận công việc của cơ quan này vào một ngày (sau sáp nhập) / "
        + "Agency handling this agency's work on a date (after merges)")
    public Agency resolve(@PathParam("code") String code, @QueryParam("date") LocalDate date) {
        return agencies.resolve(code, date);
    }

    @POST
    @Access({Role.PROVINCIAL_OPERATOR})
    @ApiTag("Tạo cơ quan / Create an agency")
    @ResponseType(value = Agency.class, status = 201)
    public Response create(AgencyInput input) {
        Agency created = agencies.create(Requests.body(input));
        return Response.created(Requests.location("agencies/{code}", created.code())).entity(created).build();
    }

    @PUT
    @Access({Role.PROVINCIAL_OPERATOR})
    @Path("/{code}")
    @ApiTag("Sửa thông tin liên hệ, cơ quan cấp trên (đổi tên dùng /rename) / "
        + "Update contact data and parent (renames use /rename)")
    public Agency update(@PathParam("code") String code, AgencyInput input) {
        AgencyInput body = Requests.body(input);
        String same = Requests.sameCode("code", code, body.code());
        return agencies.update(same, new AgencyInput(same, body.parentCode(), body.nameVi(), body.nameEn(),
            body.kind(), body.level(), body.address(), body.phone(), body.email(), body.website(), body.validFrom(),
            body.validTo()));
    }

    @POST
    @Access({Role.PROVINCIAL_OPERATOR})
    @Path("/{code}/rename")
    @ApiTag("Đổi tên theo quyết định, từ ngày hiệu lực / Rename by decision, from an effective date")
    public Agency rename(@PathParam("code") String code, RenameRequest request) {
        return agencies.rename(code, Requests.body(request));
    }

    @POST
    @Access({Role.PROVINCIAL_OPERATOR})
    @Path("/{code}/merge")
    @ApiTag("Sáp nhập vào cơ quan khác: chuyển thủ tục, quy trình, đơn vị trực thuộc / "
        + "Merge into another agency: moves procedures, processes and sub-agencies")
    public MergeResult merge(@PathParam("code") String code, MergeRequest request) {
        return agencies.merge(code, Requests.body(request));
    }
}
