package vn.motcua.platform.rest.openapi.sample;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import vn.motcua.platform.api.rest.ApiTag;

@Path("agencies")
@ApiTag(value = "Agencies", description = "Cơ quan")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource extends CrudResource<AgencyResource.AgencyDto> {

    public record AgencyDto(String id, String name, List<Summary> children) {
    }

    /** Same simple name as {@link ProcedureResource.Summary}. */
    public record Summary(String id, String name) {
    }

    @GET
    public List<Summary> list() {
        return null;
    }

    @Override
    public AgencyDto update(long id, AgencyDto body) {
        return body;
    }
}
