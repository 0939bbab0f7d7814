package vn.motcua.catalogue.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.catalogue.api.Sector;
import vn.motcua.catalogue.api.SectorService;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.rest.ResponseType;

/**
 * {@code /sectors}: lĩnh vực. A sector is addressed by its code and written whole with PUT (create or replace), since
 * its code is chosen by the publisher, not by the server.
 */
@Component(service = RestResource.class)
@Path("/sectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "sectors", description = "Lĩnh vực thủ tục hành chính / Procedure sectors")
public class SectorResource implements RestResource {

    @Reference
    SectorService sectors;

    @GET
    @Access(anonymous = true)
    @ApiTag("Danh sách lĩnh vực / List sectors")
    @ResponseType(value = Sector.class, container = ResponseType.Container.LIST)
    public List<Sector> list() {
        return sectors.list();
    }

    @GET
    @Access(anonymous = true)
    @Path("/{code}")
    @ApiTag("Xem lĩnh vực / Get a sector")
    public Sector get(@PathParam("code") String code) {
        return sectors.get(code);
    }

    /** Always 200: the service does not say whether it created or replaced, and asking first would race. */
    @PUT
    @Access({Role.PROVINCIAL_OPERATOR})
    @Path("/{code}")
    @ApiTag("Tạo hoặc sửa lĩnh vực / Create or replace a sector")
    public Sector save(@PathParam("code") String code, Sector sector) {
        Sector body = Requests.body(sector);
        String same = Requests.sameCode("code", code, body.code());
        return sectors.save(new Sector(same, body.nameVi(), body.nameEn()));
    }
}
