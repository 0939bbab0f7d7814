package vn.motcua.platform.rest;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Authenticator;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * Authentication and the first line of authorisation for every operation: establishes the {@link Caller} from the
 * bearer token (or anonymous), then applies the operation's {@link Access} rule. An operation without a rule is denied
 * to everyone — access is never granted by forgetting one. A session that may only change a temporary password is
 * refused by every operation not marked {@link Access#beforePasswordChange()}. Data scope (agency subtree, own
 * dossiers) is checked by the services, which read the caller from {@link CallerContext}.
 */
public class AccessFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(AccessFilter.class);
    /** A longer header is not a token of ours; refuse it before any work. */
    static final int MAX_TOKEN_LENGTH = 512;

    private final Supplier<Authenticator> authenticator;
    private final Supplier<AuditLog> audit;
    private final Set<String> trustedProxies;

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    public AccessFilter(Supplier<Authenticator> authenticator, Supplier<AuditLog> audit, Set<String> trustedProxies) {
        this.authenticator = authenticator;
        this.audit = audit;
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String address = clientAddress(request);
        CallerContext.set(Caller.anonymous(address));
        Caller caller = authenticate(request, address);
        CallerContext.set(caller);
        if (caller.accountId() != null) {
            MDC.put("account", caller.accountId());
        }
        Access rule = rule();
        String operation = request.getMethod() + " " + request.getUriInfo().getPath();
        if (rule == null) {
            LOG.warn("Operation {} has no @Access rule; denied to everyone", operation);
            deny(caller, operation, "no-access-rule");
            throw new ForbiddenException("no-access-rule", "Thao tác này chưa được phân quyền",
                "This operation has no access rule");
        }
        if (rule.anonymous()) {
            return;
        }
        if (!caller.authenticated()) {
            throw new UnauthorizedException("authentication-required", "Cần đăng nhập để thực hiện thao tác này",
                "Log in to do this");
        }
        if (caller.passwordChangeOnly() && !rule.beforePasswordChange()) {
            // a temporary password opens nothing but its own replacement, whatever the operation's rule says
            deny(caller, operation, "password-change-required");
            throw new ForbiddenException("password-change-required",
                "Cần đổi mật khẩu tạm trước khi tiếp tục (POST /auth/password)",
                "Change your temporary password first (POST /auth/password)");
        }
        if (rule.authenticated() && rule.value().length == 0) {
            return;
        }
        if (!caller.hasAny(rule.value())) {
            deny(caller, operation, "role");
            throw new ForbiddenException("forbidden-role", "Vai trò của bạn không được phép thực hiện thao tác này",
                "Your role may not do this; allowed: " + Arrays.toString(rule.value()));
        }
    }

    private Caller authenticate(ContainerRequestContext request, String address) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return Caller.anonymous(address);
        }
        if (header.length() > MAX_TOKEN_LENGTH + 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException("invalid-token", "Thông tin xác thực không hợp lệ",
                "Malformed Authorization header; expected: Bearer <token>");
        }
        Authenticator auth = authenticator.get();
        if (auth == null) {
            throw new ServiceUnavailable("identity-unavailable", "Dịch vụ xác thực đang tạm ngừng",
                "The identity service is not running");
        }
        return auth.authenticate(header.substring(7).strip(), address);
    }

    private Access rule() {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        Method method = resource.getResourceMethod();
        Access onMethod = method.getAnnotation(Access.class);
        if (onMethod != null) {
            return onMethod;
        }
        return resource.getResourceClass() == null ? null : resource.getResourceClass().getAnnotation(Access.class);
    }

    private void deny(Caller caller, String operation, String why) {
        AuditLog log = audit.get();
        if (log != null) {
            try {
                log.record(AuditRecord.denied("http.denied", "operation", operation,
                    why + "; roles " + caller.roles()));
            } catch (RuntimeException e) {
                LOG.warn("Could not audit a denied request", e);
            }
        }
    }

    /** The remote address, or the first X-Forwarded-For hop when the request comes through a trusted proxy. */
    private String clientAddress(ContainerRequestContext request) {
        String remote = servletRequest == null ? null : servletRequest.getRemoteAddr();
        if (remote != null && trustedProxies.contains(remote)) {
            String forwarded = request.getHeaderString("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String first = forwarded.split(",")[0].strip();
                if (first.length() <= 64) {
                    return first;
                }
            }
        }
        return remote;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"motcua\"");
        }
        CallerContext.clear();
        MDC.remove("account");
    }

    /** The roles named by a rule, for documentation (OpenAPI) and diagnostics. */
    static List<Role> roles(Access rule) {
        return rule == null ? List.of() : List.of(rule.value());
    }

    /** A dependency of the API is down (HTTP 503). */
    static final class ServiceUnavailable extends MotCuaException {
        private static final long serialVersionUID = 1L;

        ServiceUnavailable(String code, String vi, String en) {
            super(code, vi, en);
        }

        @Override
        public int httpStatus() {
            return 503;
        }
    }
}
