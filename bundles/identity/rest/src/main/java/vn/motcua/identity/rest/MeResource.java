package vn.motcua.identity.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
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
import vn.motcua.identity.api.AuthenticationService;
import vn.motcua.identity.api.OrganisationRepresentativeService;
import vn.motcua.identity.api.Representative;
import vn.motcua.identity.api.RepresentativeInput;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;

/**
 * {@code /me}: the caller's own account, e.g. for a portal to show who is logged in and whether to change password;
 * for an organisation account, its authorised people (người đại diện, người được ủy quyền); for a citizen, the
 * organisations it may act for ({@code POST /auth/act-as/{organisation}}).
 */
@Component(service = RestResource.class)
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "me", description = "Tài khoản đang đăng nhập / The logged-in account")
public class MeResource implements RestResource {

    @Reference
    AuthenticationService authentication;

    @Reference
    OrganisationRepresentativeService representatives;

    @GET
    @Access(authenticated = true, beforePasswordChange = true)
    @ApiTag("Xem tài khoản của mình / Get my account")
    public Account me(@Context HttpHeaders headers) {
        return authentication.me(Requests.bearer(headers));
    }

    @GET
    @Path("/representatives")
    @Access(Role.APPLICANT)
    @ApiTag("Người đại diện, người được ủy quyền của tổ chức mình / My organisation's authorised people")
    @ResponseType(value = Representative.class, container = ResponseType.Container.LIST)
    public List<Representative> representatives() {
        return representatives.list();
    }

    @POST
    @Path("/representatives")
    @Access(Role.APPLICANT)
    @ApiTag("Thêm người được ủy quyền (số căn cước, tư cách, thời hạn) / "
        + "Authorise a person (ID number, capacity, validity)")
    @ResponseType(value = Representative.class, status = 201)
    public Response addRepresentative(RepresentativeInput input) {
        Representative r = representatives.add(Requests.body(input));
        return Response.created(Requests.location("me/representatives/{id}", r.id())).entity(r).build();
    }

    @DELETE
    @Path("/representatives/{id}")
    @Access(Role.APPLICANT)
    @ApiTag("Chấm dứt ủy quyền; các phiên thay mặt tổ chức bị thu hồi / "
        + "End an authorisation; the sessions acting for the organisation are revoked")
    public void removeRepresentative(@PathParam("id") String id) {
        representatives.remove(id);
    }

    @GET
    @Path("/organisations")
    @Access(Role.APPLICANT)
    @ApiTag("Tổ chức mà mình được thay mặt hôm nay / Organisations I may act for today")
    @ResponseType(value = Representative.class, container = ResponseType.Container.LIST)
    public List<Representative> organisations() {
        return representatives.organisations();
    }
}
