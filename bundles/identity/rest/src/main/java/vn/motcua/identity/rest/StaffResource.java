package vn.motcua.identity.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Position;
import vn.motcua.identity.api.StaffAccountService;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.identity.api.StaffInput;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;

/**
 * {@code /staff}: tài khoản cán bộ, issued, moved, locked and reset by agency administrators within their agency
 * subtree and by the provincial operator. The role check is here; the agency scope and which roles an administrator may
 * grant are checked by the service, which knows the accounts' agencies.
 */
@Component(service = RestResource.class)
@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "staff", description = "Tài khoản cán bộ: cấp, chuyển vị trí, khóa, cấp lại mật khẩu / "
    + "Staff accounts: issue, move, lock, reset password")
public class StaffResource implements RestResource {

    @Reference
    StaffAccountService staff;

    @GET
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Cán bộ của một cơ quan và các đơn vị trực thuộc (mặc định: cơ quan của mình) / "
        + "Staff of an agency subtree (default: your own agency)")
    @ResponseType(value = Account.class, container = ResponseType.Container.LIST)
    public List<Account> list(@QueryParam("agency") String agency) {
        return staff.list(Requests.blankToNull(agency));
    }

    @POST
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Cấp tài khoản cán bộ; trả về mật khẩu tạm một lần / Issue a staff account; returns a one-time password")
    @ResponseType(value = StaffCreated.class, status = 201)
    public Response create(StaffInput input) {
        StaffCreated created = staff.create(Requests.body(input));
        return Response.created(Requests.location("staff/{id}", created.account().id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Xem tài khoản cán bộ / Get a staff account")
    public Account get(@PathParam("id") String id) {
        return staff.get(id);
    }

    @PUT
    @Path("/{id}/position")
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Chuyển vị trí (cơ quan, vai trò, lĩnh vực, thủ tục); thu hồi các phiên / "
        + "Move to another position (agency, roles, sectors, procedures); revokes sessions")
    public Account move(@PathParam("id") String id, Position position) {
        return staff.move(id, Requests.body(position));
    }

    @POST
    @Path("/{id}/lock")
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Khóa tài khoản (nêu lý do, có thể đến một thời điểm); thu hồi các phiên / "
        + "Lock the account (with a reason, optionally until a time); revokes sessions")
    public Account lock(@PathParam("id") String id, LockRequest request) {
        LockRequest body = Requests.body(request);
        return staff.lock(id, body.reason(), body.until());
    }

    @POST
    @Path("/{id}/unlock")
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Mở khóa tài khoản / Unlock the account")
    public Account unlock(@PathParam("id") String id) {
        return staff.unlock(id);
    }

    @POST
    @Path("/{id}/password-reset")
    @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
    @ApiTag("Cấp lại mật khẩu tạm (phải đổi khi đăng nhập); thu hồi các phiên / "
        + "Issue a new temporary password (to change at login); revokes sessions")
    public StaffCreated resetPassword(@PathParam("id") String id) {
        return staff.resetPassword(id);
    }
}
