package vn.motcua.catalogue.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.catalogue.api.AbolishRequest;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.catalogue.api.ProcedureSummary;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.catalogue.api.ProcessDefinition;
import vn.motcua.catalogue.api.ProcessDefinitionInput;
import vn.motcua.catalogue.api.ProcessDefinitionService;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.rest.ResponseType;

/**
 * {@code /procedures}: versioned administrative procedures and their internal processes per agency. Procedures are
 * never edited in place: creating, amending and abolishing each publish a new immutable version, so a dossier can keep
 * pointing at the version it was filed under. Each answers 201 with the address of that version
 * ({@code /procedures/{code}/versions/{n}}) rather than {@code /procedures/{code}}: a decision may take effect in the
 * future, and the plain address shows only the version in force today.
 */
@Component(service = RestResource.class)
@Path("/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "procedures", description = "Thủ tục hành chính, phiên bản và quy trình nội bộ / "
    + "Administrative procedures, versions and internal processes")
public class ProcedureResource implements RestResource {
    static final Set<String> SORT = Requests.sortable("name", "code", "validFrom", "sector");
    static final List<SortOrder> DEFAULT_SORT = List.of(new SortOrder("name", true));

    @Reference
    ProcedureService procedures;

    @Reference
    ProcessDefinitionService processes;

    @GET
    @Access(anonymous = true)
    @ApiTag("Tìm thủ tục (không dấu cũng được) / Search procedures (diacritics optional)")
    @ResponseType(value = ProcedureSummary.class, container = ResponseType.Container.PAGE)
    public Page<ProcedureSummary> search(@QueryParam("q") String q, @QueryParam("sector") String sector,
                                         @QueryParam("agency") String agency, @QueryParam("level") AgencyLevel level,
                                         @QueryParam("onlineLevel") OnlineLevel onlineLevel,
                                         @QueryParam("hasFee") Boolean hasFee, @QueryParam("asOf") LocalDate asOf,
                                         @QueryParam("status") ProcedureStatus status,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                         @QueryParam("sort") List<String> sort) {
        PageRequest request = PageRequest.parse(page, size, sort, SORT, DEFAULT_SORT);
        ProcedureQuery query = new ProcedureQuery(Requests.blankToNull(q), Requests.blankToNull(sector),
            Requests.blankToNull(agency), level, onlineLevel, hasFee, asOf, status);
        return procedures.search(query, request);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}")
    @ApiTag("Phiên bản thủ tục có hiệu lực vào một ngày (mặc định hôm nay) / Version in force on a date (default today)")
    public ProcedureVersion get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return procedures.get(code, asOf);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}/versions")
    @ApiTag("Mọi phiên bản của thủ tục / All versions of a procedure")
    @ResponseType(value = ProcedureVersion.class, container = ResponseType.Container.LIST)
    public List<ProcedureVersion> versions(@PathParam("code") String code) {
        return procedures.versions(code);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}/versions/{version}")
    @ApiTag("Một phiên bản của thủ tục / One version of a procedure")
    public ProcedureVersion version(@PathParam("code") String code, @PathParam("version") int version) {
        return procedures.getVersion(code, version);
    }

    @POST
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Công bố thủ tục mới (phiên bản 1) / Publish a new procedure (version 1)")
    @ResponseType(value = ProcedureVersion.class, status = 201)
    public Response create(ProcedureInput input) {
        ProcedureVersion created = procedures.create(Requests.body(input));
        return created(versionLocation(created), created);
    }

    @POST
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @Path("/{code}/amendments")
    @ApiTag("Công bố sửa đổi, bổ sung (phiên bản mới) / Publish an amendment (new version)")
    @ResponseType(value = ProcedureVersion.class, status = 201)
    public Response amend(@PathParam("code") String code, ProcedureInput input) {
        ProcedureVersion amended = procedures.amend(code, Requests.body(input));
        return created(versionLocation(amended), amended);
    }

    @POST
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @Path("/{code}/abolition")
    @ApiTag("Bãi bỏ hoặc thay thế thủ tục (phiên bản mới) / Abolish or replace the procedure (new version)")
    @ResponseType(value = ProcedureVersion.class, status = 201)
    public Response abolish(@PathParam("code") String code, AbolishRequest request) {
        ProcedureVersion abolished = procedures.abolish(code, Requests.body(request));
        return created(versionLocation(abolished), abolished);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}/processes")
    @ApiTag("Quy trình nội bộ có hiệu lực của thủ tục, mỗi cơ quan một quy trình / "
        + "Internal processes in force, one per agency")
    @ResponseType(value = ProcessDefinition.class, container = ResponseType.Container.LIST)
    public List<ProcessDefinition> processes(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return processes.list(code, asOf);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}/processes/{agencyCode}")
    @ApiTag("Quy trình nội bộ của thủ tục tại một cơ quan, vào một ngày / "
        + "Internal process of the procedure at an agency, on a date")
    public ProcessDefinition process(@PathParam("code") String code, @PathParam("agencyCode") String agencyCode,
                                     @QueryParam("asOf") LocalDate asOf) {
        return processes.get(code, agencyCode, asOf);
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}/processes/{agencyCode}/versions")
    @ApiTag("Mọi phiên bản quy trình nội bộ tại một cơ quan / All versions of the internal process at an agency")
    @ResponseType(value = ProcessDefinition.class, container = ResponseType.Container.LIST)
    public List<ProcessDefinition> processVersions(@PathParam("code") String code,
                                                   @PathParam("agencyCode") String agencyCode) {
        return processes.versions(code, agencyCode);
    }

    /**
     * 201 with the address of exactly the created version: the process at its agency as of the new version's first
     * day (a process may start in the future, so the plain address would still show the previous one).
     */
    @POST
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @Path("/{code}/processes")
    @ApiTag("Ban hành quy trình nội bộ (phiên bản mới) / Define an internal process (new version)")
    @ResponseType(value = ProcessDefinition.class, status = 201)
    public Response define(@PathParam("code") String code, ProcessDefinitionInput input) {
        ProcessDefinitionInput body = Requests.body(input);
        String same = Requests.sameCode("procedureCode", code, body.procedureCode());
        ProcessDefinition defined = processes.define(new ProcessDefinitionInput(same, body.agencyCode(), body.name(),
            body.steps(), body.validFrom()));
        UriBuilder location = UriBuilder.fromPath("procedures/{code}/processes/{agencyCode}");
        if (defined.validFrom() != null) {
            location.queryParam("asOf", defined.validFrom());
        }
        return created(location.build(defined.procedureCode(), defined.agencyCode()), defined);
    }

    private static URI versionLocation(ProcedureVersion v) {
        return Requests.location("procedures/{code}/versions/{version}", v.code(), v.version());
    }

    private static Response created(URI location, Object entity) {
        return Response.created(location).entity(entity).build();
    }
}
