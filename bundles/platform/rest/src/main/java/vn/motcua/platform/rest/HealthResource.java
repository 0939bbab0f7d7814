package vn.motcua.platform.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.platform.api.health.HealthReport;
import vn.motcua.platform.api.health.HealthService;
import vn.motcua.platform.api.health.HealthStatus;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.rest.ResponseType;

/** {@code GET /api/v1/health}: 200 while the system can serve (UP or DEGRADED), 503 when it cannot (DOWN). */
@Component(service = RestResource.class)
@Path("/health")
@ApiTag(value = "system", description = "Tình trạng hệ thống / System status")
@Access(anonymous = true)
public class HealthResource implements RestResource {

    @Reference
    private HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiTag("Tình trạng cơ sở dữ liệu và các thành phần / Database and component status")
    @ResponseType(HealthReport.class)
    public Response get() {
        HealthReport report = health.report();
        int status = report.status() == HealthStatus.State.DOWN ? 503 : 200;
        return Response.status(status).entity(report).header("Cache-Control", "no-store").build();
    }
}
