package vn.motcua.dossier.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.dossier.api.DossierService;
import vn.motcua.dossier.api.PublicStatus;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;

/** {@code /lookup/{code}}: tra cứu tình trạng hồ sơ by its code or QR link; public, nothing personal. */
@Component(service = RestResource.class)
@Path("/lookup")
@Produces(MediaType.APPLICATION_JSON)
@ApiTag(value = "lookup", description = "Tra cứu hồ sơ / Dossier status lookup")
public class LookupResource implements RestResource {

    @Reference
    DossierService dossiers;

    @GET
    @Path("/{code}")
    @Access(anonymous = true)
    @ApiTag("Tình trạng hồ sơ theo mã số (không có thông tin cá nhân) / Status by code (no personal data)")
    public PublicStatus lookup(@PathParam("code") String code) {
        return dossiers.lookup(code);
    }
}
