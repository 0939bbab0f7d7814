package vn.motcua.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.UriInfo;

import org.junit.After;
import org.junit.Test;

import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * The REST layer's first line of authorisation, on its own: which caller passes which {@link Access} rule, and in
 * particular that a session limited to a password change passes only the operations marked for it.
 */
public class AccessFilterTest {
    /** Operations with every kind of rule (the filter only reads their annotations). */
    @SuppressWarnings("unused")
    static final class Operations {
        @Access(anonymous = true)
        public void publicSearch() {
        }

        @Access(authenticated = true)
        public void anyLoggedIn() {
        }

        @Access(authenticated = true, beforePasswordChange = true)
        public void changePassword() {
        }

        @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})
        public void manageStaff() {
        }

        public void forgotten() {
        }
    }

    private final List<AuditRecord> audited = new ArrayList<>();

    @After
    public void clear() {
        CallerContext.clear();
    }

    private static Caller staff(boolean passwordChangeOnly, Role... roles) {
        Caller c = new Caller("a-1", Caller.Kind.STAFF, "Cán bộ", Set.of(roles), "000.00.00.H06", Set.of(), Set.of(),
            Set.of(), "s-1", "203.113.0.7");
        return passwordChangeOnly ? c.limitedToPasswordChange() : c;
    }

    /** Runs the filter for {@code operation} with {@code Authorization: Bearer t} answered by {@code caller}. */
    private void call(String operation, Caller caller) throws NoSuchMethodException {
        AccessFilter filter = new AccessFilter(() -> (token, address) -> caller, () -> audited::add, Set.of());
        Method method = Operations.class.getMethod(operation);
        filter.resource = proxy(ResourceInfo.class, Map.of("getResourceMethod", method,
            "getResourceClass", Operations.class));
        Map<String, Object> headers = caller == null ? Map.of() : Map.of("Authorization", "Bearer t");
        UriInfo uri = proxy(UriInfo.class, Map.of("getPath", "/" + operation));
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {ContainerRequestContext.class}, (p, m, args) -> switch (
                m.getName()) {
                case "getHeaderString" -> headers.get((String) args[0]);
                case "getMethod" -> "POST";
                case "getUriInfo" -> uri;
                default -> throw new UnsupportedOperationException(m.getName());
            });
        filter.filter(request);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(AccessFilterTest.class.getClassLoader(), new Class<?>[] {type},
            (p, m, args) -> {
                if (!answers.containsKey(m.getName())) {
                    throw new UnsupportedOperationException(m.getName());
                }
                return answers.get(m.getName());
            });
    }

    private <E extends MotCuaException> void refused(Class<E> type, String code, String operation, Caller caller) {
        E e = assertThrows(type, () -> call(operation, caller));
        assertEquals(e.getMessage(), code, e.code());
    }

    // clauses: 001-26.5, 002-9.1
    @Test
    public void aSessionLimitedToAPasswordChangeReachesOnlyTheOperationsMarkedForIt() throws Exception {
        Caller limited = staff(true);
        call("changePassword", limited);
        call("publicSearch", limited);
        refused(ForbiddenException.class, "password-change-required", "anyLoggedIn", limited);
        refused(ForbiddenException.class, "password-change-required", "manageStaff", limited);
        refused(ForbiddenException.class, "no-access-rule", "forgotten", limited);
        assertTrue("refusals are audited: " + audited, audited.stream().anyMatch(r -> r.outcome()
            == AuditRecord.Outcome.DENIED && r.detail().startsWith("password-change-required")));
    }

    @Test
    public void evenRolesDoNotOpenMoreThanThePasswordChangeBeforeItHappens() {
        // a limited session never carries roles, but the marker alone must be enough to refuse
        Caller withRoles = new Caller("a-1", Caller.Kind.STAFF, "Cán bộ", Set.of(Role.PROVINCIAL_OPERATOR), null,
            Set.of(), Set.of(), Set.of(), "s-1", null, true, null);
        refused(ForbiddenException.class, "password-change-required", "manageStaff", withRoles);
        assertTrue(staff(true, Role.PROVINCIAL_OPERATOR).roles().isEmpty());
    }

    @Test
    public void aFullSessionPassesByItsRolesAndAnonymousCallersMustLogIn() throws Exception {
        Caller full = staff(false, Role.AGENCY_ADMIN);
        call("anyLoggedIn", full);
        call("changePassword", full);
        call("manageStaff", full);
        refused(ForbiddenException.class, "forbidden-role", "manageStaff", staff(false, Role.SPECIALIST));
        refused(UnauthorizedException.class, "authentication-required", "anyLoggedIn", null);
        refused(UnauthorizedException.class, "authentication-required", "changePassword", null);
        call("publicSearch", null);
        assertEquals(Caller.Kind.ANONYMOUS, CallerContext.current().kind());
    }
}
