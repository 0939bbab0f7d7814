package vn.motcua.identity.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.AuthenticationService;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;

/** {@code /me}: the caller's own account, e.g. for a portal to show who is logged in and whether to change password. */
@Component(service = RestResource.class)
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@ApiTag(value = "me", description = "Tài khoản đang đăng nhập / The logged-in account")
public class MeResource implements RestResource {

    @Reference
    AuthenticationService authentication;

    @GET
    @Access(authenticated = true, beforePasswordChange = true)
    @ApiTag("Xem tài khoản của mình / Get my account")
    public Account me(@Context HttpHeaders headers) {
        return authentication.me(Requests.bearer(headers));
    }
}
