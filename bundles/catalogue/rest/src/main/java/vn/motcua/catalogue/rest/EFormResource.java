package vn.motcua.catalogue.rest;

import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.catalogue.api.EForm;
import vn.motcua.catalogue.api.EFormCheck;
import vn.motcua.catalogue.api.EFormInput;
import vn.motcua.catalogue.api.EFormService;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;

/**
 * {@code /procedures/{code}/eform}: the procedure's e-form (biểu mẫu điện tử). Reading is public because the portal
 * renders the form before anyone logs in. Publishing is a catalogue write (provincial operator, agency administrator
 * within its agencies) and sends the revision the editor started from, so that two editors never overwrite each other.
 *
 * <p>The check is anonymous on purpose: it only applies rules the public form already shows, stores and logs nothing,
 * and lets the portal tell the applicant what is wrong while the form is being filled, before login (online
 * submission itself needs an applicant account and runs the same check again). Its cost is bounded by the request
 * size limit of the REST server and the 200 fields of a form.
 */
@Component(service = RestResource.class)
@Path("/procedures/{code}/eform")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "procedures", description = "Thủ tục hành chính, phiên bản và quy trình nội bộ / "
    + "Administrative procedures, versions and internal processes")
public class EFormResource implements RestResource {

    /** {@code {"revision": 2, "formData": {"hoTen": "…"}}}; no revision means the current one. */
    public record CheckRequest(Integer revision, Map<String, Object> formData) {
    }

    @Reference
    EFormService eforms;

    @GET
    @Access(anonymous = true)
    @ApiTag("Biểu mẫu điện tử hiện hành của thủ tục / Current e-form of a procedure")
    public EForm current(@PathParam("code") String code) {
        return eforms.current(code);
    }

    @GET
    @Access(anonymous = true)
    @Path("/revisions")
    @ApiTag("Mọi phiên bản biểu mẫu điện tử của thủ tục / Every revision of a procedure's e-form")
    @ResponseType(value = EForm.class, container = ResponseType.Container.LIST)
    public List<EForm> revisions(@PathParam("code") String code) {
        return eforms.revisions(code);
    }

    @GET
    @Access(anonymous = true)
    @Path("/revisions/{revision}")
    @ApiTag("Một phiên bản biểu mẫu điện tử / One revision of an e-form")
    public EForm revision(@PathParam("code") String code, @PathParam("revision") int revision) {
        return eforms.revision(code, revision);
    }

    @PUT
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Công bố phiên bản mới của biểu mẫu điện tử (gửi expectedRevision: 0 lần đầu) / Publish the next revision "
        + "of the e-form (send expectedRevision: 0 the first time)")
    public EForm publish(@PathParam("code") String code, EFormInput input) {
        return eforms.publish(code, Requests.body(input));
    }

    @POST
    @Access(anonymous = true)
    @Path("/check")
    @ApiTag("Kiểm tra dữ liệu biểu mẫu trước khi nộp (không lưu) / Check form data before submitting (nothing stored)")
    public EFormCheck check(@PathParam("code") String code, CheckRequest request) {
        CheckRequest r = Requests.body(request);
        return eforms.check(code, r.revision(), r.formData());
    }
}
