package vn.motcua.platform.rest.openapi.sample;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import vn.motcua.platform.api.rest.ApiTag;

/** Annotations on the interface, as DS components often do. */
@Path("health")
public interface HealthApi {
    record HealthDto(String status) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiTag("Health check")
    HealthDto health();
}
