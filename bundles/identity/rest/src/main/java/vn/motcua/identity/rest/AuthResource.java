package vn.motcua.identity.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.ApplicantAccountService;
import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.AuthenticationService;
import vn.motcua.identity.api.LoginRequest;
import vn.motcua.identity.api.PasswordChange;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.Session;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;

/**
 * {@code /auth}: đăng ký, xác thực, đăng nhập. Registration, verification and login are public by nature; logout and
 * password change act on the caller's own session, whose token comes from the {@code Authorization} header (a
 * session whose password must be changed may call them, {@code /me}, and nothing else).
 */
@Component(service = RestResource.class)
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "auth", description = "Đăng ký, xác thực, đăng nhập, phiên làm việc / "
    + "Registration, verification, login and sessions")
public class AuthResource implements RestResource {

    @Reference
    ApplicantAccountService applicants;

    @Reference
    AuthenticationService authentication;

    @POST
    @Path("/register")
    @Access(anonymous = true)
    @ApiTag("Đăng ký tài khoản công dân, tổ chức; gửi mã xác thực / Register a citizen or organisation account; "
        + "sends a one-time code")
    @ResponseType(value = PendingVerification.class, status = 201)
    public Response register(ApplicantRegistration registration) {
        PendingVerification pending = applicants.register(Requests.body(registration));
        return Response.status(Response.Status.CREATED).entity(pending).build();
    }

    @POST
    @Path("/verify")
    @Access(anonymous = true)
    @ApiTag("Nhập mã xác thực để kích hoạt tài khoản / Enter the one-time code to activate the account")
    public Account verify(VerifyRequest request) {
        VerifyRequest body = Requests.body(request);
        return applicants.verify(body.verificationId(), body.code());
    }

    @POST
    @Path("/verify/{id}/resend")
    @Access(anonymous = true)
    @ApiTag("Gửi lại mã xác thực (giới hạn tần suất) / Send the code again (rate-limited)")
    public PendingVerification resend(@PathParam("id") String verificationId) {
        return applicants.resend(verificationId);
    }

    @POST
    @Path("/login")
    @Access(anonymous = true)
    @ApiTag("Đăng nhập bằng số căn cước, mã số thuế hoặc tên đăng nhập / "
        + "Log in with ID number, tax code or user name")
    public Session login(LoginRequest request) {
        return authentication.login(Requests.body(request), Requests.clientAddress());
    }

    @POST
    @Path("/logout")
    @Access(authenticated = true, beforePasswordChange = true)
    @ApiTag("Đăng xuất (thu hồi phiên hiện tại) / Log out (revokes the current session)")
    public void logout(@Context HttpHeaders headers) {
        authentication.logout(Requests.bearer(headers));
    }

    @POST
    @Path("/act-as/{organisation}")
    @Access(Role.APPLICANT)
    @ApiTag("Thay mặt tổ chức đã ủy quyền cho mình: trả về phiên của tổ chức, ghi nhận người thực hiện / "
        + "Act for an organisation that authorised you: returns a session of the organisation naming you")
    public Session actAs(@PathParam("organisation") String organisation, @Context HttpHeaders headers) {
        return authentication.actAs(Requests.bearer(headers), organisation, Requests.clientAddress());
    }

    @POST
    @Path("/password")
    @Access(authenticated = true, beforePasswordChange = true)
    @ApiTag("Đổi mật khẩu; các phiên khác bị thu hồi, trả về phiên mới / "
        + "Change the password; other sessions are revoked, a new session is returned")
    public Session changePassword(PasswordChange change, @Context HttpHeaders headers) {
        return authentication.changePassword(Requests.bearer(headers), Requests.body(change),
            Requests.clientAddress());
    }
}
