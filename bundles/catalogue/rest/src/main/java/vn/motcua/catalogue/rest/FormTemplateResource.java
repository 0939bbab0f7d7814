package vn.motcua.catalogue.rest;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.catalogue.api.FormTemplate;
import vn.motcua.catalogue.api.FormTemplateService;
import vn.motcua.catalogue.api.FormTemplateService.FormFile;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;

/**
 * {@code /procedures/{code}/forms}: downloadable form files (mẫu đơn, tờ khai). Upload is the raw file as the body
 * ({@code application/octet-stream}) with {@code ?name=&fileName=}: the server decides the type from the content.
 */
@Component(service = RestResource.class)
@Path("/procedures/{code}/forms")
@ApiTag(value = "procedures", description = "Thủ tục hành chính, phiên bản và quy trình nội bộ / "
    + "Administrative procedures, versions and internal processes")
public class FormTemplateResource implements RestResource {

    @Reference
    FormTemplateService forms;

    @GET
    @Access(anonymous = true)
    @Produces(MediaType.APPLICATION_JSON)
    @ApiTag("Các mẫu đơn, tờ khai của thủ tục / Form files of a procedure")
    @ResponseType(value = FormTemplate.class, container = ResponseType.Container.LIST)
    public List<FormTemplate> list(@PathParam("code") String code, @QueryParam("includeWithdrawn") Boolean all) {
        return forms.list(code, Boolean.TRUE.equals(all));
    }

    @POST
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    @ApiTag("Tải lên mẫu đơn (PDF, Word, Excel, OpenDocument) / Upload a form file")
    @ResponseType(value = FormTemplate.class, status = 201)
    public Response upload(@PathParam("code") String code, @QueryParam("name") String name,
                           @QueryParam("fileName") String fileName, InputStream content) {
        FormTemplate created = forms.upload(code, name, fileName, content);
        return Response.created(Requests.location("procedures/{code}/forms/{id}", code, created.id()))
            .entity(created).build();
    }

    @GET
    @Access(anonymous = true)
    @Path("{id}")
    @Produces({"application/pdf", "application/msword", "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"})
    @ApiTag("Tải về mẫu đơn / Download a form file")
    public Response download(@PathParam("code") String code, @PathParam("id") String id) {
        FormFile file = forms.download(code, id);
        String encoded = URLEncoder.encode(file.template().fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.template().contentType())
            .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
            .header("ETag", "\"" + file.template().sha256() + "\"")
            .header("X-Content-Type-Options", "nosniff")
            .build();
    }

    @DELETE
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @ApiTag("Ngừng sử dụng mẫu đơn (vẫn lưu lại) / Withdraw a form file (kept on record)")
    public FormTemplate withdraw(@PathParam("code") String code, @PathParam("id") String id) {
        return forms.withdraw(code, id);
    }
}
