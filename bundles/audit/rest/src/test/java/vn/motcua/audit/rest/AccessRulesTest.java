package vn.motcua.audit.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.ws.rs.HttpMethod;

import org.junit.Test;

import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;

/**
 * Who may call each operation, as a reviewed table: the REST layer denies an operation without {@link Access}, and
 * here a changed rule shows up as a changed line. The trail is never public, never open to every logged-in account.
 */
public class AccessRulesTest {

    @Test
    public void everyOperationHasTheAgreedRule() {
        Map<String, Set<Role>> rules = new TreeMap<>();
        for (Method m : AuditResource.class.getDeclaredMethods()) {
            if (!isOperation(m)) {
                continue;
            }
            Access access = m.getAnnotation(Access.class);
            assertNotNull(m.getName() + " has no @Access rule", access);
            assertFalse(m.getName() + " must not be public", access.anonymous());
            assertFalse(m.getName() + " must not be open to every account", access.authenticated());
            rules.put(m.getName(), Set.of(access.value()));
        }
        Map<String, Set<Role>> expected = new TreeMap<>(Map.of(
            "search", Set.of(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR, Role.POLICE_AUDITOR),
            "export", Set.of(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR, Role.POLICE_AUDITOR),
            "status", Set.of(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR),
            "verify", Set.of(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR)));
        assertEquals(expected, rules);
    }

    private static boolean isOperation(Method m) {
        for (var a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
