package vn.motcua.connectors.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.identity.api.Session;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.CallerContext;

/**
 * {@code /auth/oidc}: đăng nhập bằng tài khoản định danh điện tử VNeID hoặc tài khoản Cổng Dịch vụ công quốc gia.
 * Public by nature: these endpoints are how a person without a session gets one. The browser is redirected to the
 * provider and back; when the login began with an allowed {@code returnTo}, the session token is handed back in the
 * URL fragment (never sent to a server, never in access logs), otherwise the callback answers with the session in JSON.
 */
@Component(service = RestResource.class)
@Path("/auth/oidc")
@Produces(MediaType.APPLICATION_JSON)
@ApiTag(value = "auth-oidc", description = "Đăng nhập qua VNeID, Cổng Dịch vụ công quốc gia (OpenID Connect) / "
    + "Sign-in through VNeID or the national public service portal (OpenID Connect)")
public class OidcResource implements RestResource {

    @Reference
    OidcLogin login;

    @GET
    @Path("/providers")
    @Access(anonymous = true)
    @ApiTag("Các nhà cung cấp định danh đã cấu hình / Identity providers configured")
    @ResponseType(value = ProviderInfo.class, container = ResponseType.Container.LIST)
    public List<ProviderInfo> providers() {
        return login.providers();
    }

    @GET
    @Path("/{provider}/authorize")
    @Access(anonymous = true)
    @ApiTag("Bắt đầu đăng nhập: chuyển trình duyệt tới nhà cung cấp (303) / "
        + "Start a login: redirects the browser to the provider (303)")
    @ResponseType(status = 303)
    public Response authorize(@PathParam("provider") String provider, @QueryParam("returnTo") String returnTo) {
        URI target = login.begin(provider, returnTo, CallerContext.current().clientAddress());
        return Response.seeOther(target).cacheControl(noStore()).build();
    }

    @GET
    @Path("/{provider}/callback")
    @Access(anonymous = true)
    @ApiTag("Nhà cung cấp chuyển về sau khi đăng nhập; trả phiên làm việc (hoặc 303 về returnTo) / "
        + "The provider's redirect after login; answers the session (or 303 back to returnTo)")
    @ResponseType(Session.class)
    public Response callback(@PathParam("provider") String provider, @QueryParam("code") String code,
                             @QueryParam("state") String state, @QueryParam("error") String error,
                             @QueryParam("error_description") String errorDescription) {
        OidcLogin.Completion done = login.complete(provider, code, state, error, errorDescription,
            CallerContext.current().clientAddress());
        if (done.returnTo() == null) {
            if (done.failure() != null) {
                throw done.failure();
            }
            return Response.ok(done.session()).cacheControl(noStore()).build();
        }
        Map<String, String> fragment = new LinkedHashMap<>();
        if (done.failure() != null) {
            fragment.put("error", done.failure().code());
            fragment.put("error_description", done.failure().messageVi());
        } else {
            fragment.put("token", done.session().token());
            fragment.put("token_type", done.session().tokenType());
            fragment.put("expires_at", done.session().expiresAt().toString());
        }
        return Response.seeOther(URI.create(done.returnTo() + "#" + encode(fragment))).cacheControl(noStore())
            .header("Referrer-Policy", "no-referrer").build();
    }

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        c.setNoCache(true);
        return c;
    }

    private static String encode(Map<String, String> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }
}
