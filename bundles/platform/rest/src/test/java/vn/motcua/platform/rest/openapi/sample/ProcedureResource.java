package vn.motcua.platform.rest.openapi.sample;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;

@Path("/catalogue/procedures/")
@ApiTag(value = "Procedures", description = "Thủ tục hành chính")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    /** Same simple name as {@link AgencyResource.Summary}. */
    public record Summary(String code, int count) {
    }

    @GET
    @ApiTag(value = "List procedures", description = "Paged, filtered and sorted.")
    @ResponseType(value = ProcedureDto.class, container = ResponseType.Container.PAGE)
    public Response list(@QueryParam("q") String q,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("20") int size,
                         @QueryParam("sort") List<String> sort,
                         @QueryParam("status") ProcedureStatus status,
                         @QueryParam("from") LocalDate from,
                         @Context UriInfo uriInfo,
                         @HeaderParam("Accept-Language") String language) {
        return null;
    }

    @GET
    @Path("{code: [A-Z0-9.\\-]{1,32}}")
    public ProcedureDto get(@PathParam("code") String code) {
        return null;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseType(value = ProcedureDto.class, status = 201)
    public Response create(CreateProcedureRequest body, @Context UriInfo uriInfo) {
        return null;
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcedureDto update(@PathParam("code") String code, ProcedureDto body) {
        return null;
    }

    @PATCH
    @Path("{code}")
    @Consumes("application/merge-patch+json")
    public ProcedureDto patch(@PathParam("code") String code, Map<String, Object> changes) {
        return null;
    }

    @DELETE
    @Path("{code}")
    public void delete(@PathParam("code") String code) {
    }

    @HEAD
    @Path("{code}")
    public Response exists(@PathParam("code") String code) {
        return null;
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @ResponseType(ImportResult.class)
    public Response importCsv(String csv) {
        return null;
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    public String exportCsv(@QueryParam("status") ProcedureStatus status) {
        return null;
    }

    /** Same path and verb as {@link #exportCsv}: content negotiation, merged into one operation. */
    @GET
    @Path("export")
    public List<ProcedureDto> exportJson(@QueryParam("status") ProcedureStatus status,
                                         @QueryParam("pretty") boolean pretty) {
        return null;
    }

    @GET
    @Path("search")
    public List<ProcedureDto> search(@BeanParam ProcedureQuery query) {
        return null;
    }

    @GET
    @Path("{code}/steps")
    public Page<StepDto> steps(@PathParam("code") String code, @QueryParam("tag") Set<String> tags) {
        return null;
    }

    @POST
    @Path("{code}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public void upload(@PathParam("code") String code, InputStream content) {
    }

    /** Does not bind {code}: the document must still declare it. */
    @GET
    @Path("{code}/history")
    public List<Summary> history() {
        return null;
    }

    @GET
    @Path("by-agency")
    public List<Summary> find(@QueryParam("agency") String agency) {
        return null;
    }

    @GET
    @Path("by-count")
    public List<Summary> find(@QueryParam("min") int min) {
        return null;
    }

    @Deprecated
    @GET
    @Path("legacy")
    public ProcedureDto legacy() {
        return null;
    }

    /** Sub-resource locator: not an operation. */
    @Path("{code}/sub")
    public Object sub(@PathParam("code") String code) {
        return null;
    }

    /** Not a resource method. */
    public void helper() {
    }
}
