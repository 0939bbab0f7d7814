package vn.motcua.identity.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.junit.Test;

import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;

/**
 * Who may call each identity operation, declared here once more by hand: a new operation, or a changed rule, fails
 * this test until the table is updated on purpose. Also the contract the REST server relies on (path, tag, bilingual
 * summaries, declared response types).
 */
public class AccessRulesTest {
    static final List<Class<?>> RESOURCES = List.of(AuthResource.class, MeResource.class, StaffResource.class);
    private static final String STAFF_MANAGERS = "roles PROVINCIAL_OPERATOR,AGENCY_ADMIN";

    @Test
    public void everyOperationDeclaresExactlyTheIntendedRule() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
            Map.entry("POST /auth/register", "anonymous"),
            Map.entry("POST /auth/verify", "anonymous"),
            Map.entry("POST /auth/verify/{id}/resend", "anonymous"),
            Map.entry("POST /auth/login", "anonymous"),
            Map.entry("POST /auth/logout", "authenticated, also before the password change"),
            Map.entry("POST /auth/password", "authenticated, also before the password change"),
            Map.entry("GET /me", "authenticated, also before the password change"),
            Map.entry("GET /me/representatives", "roles APPLICANT"),
            Map.entry("POST /me/representatives", "roles APPLICANT"),
            Map.entry("DELETE /me/representatives/{id}", "roles APPLICANT"),
            Map.entry("GET /me/organisations", "roles APPLICANT"),
            Map.entry("POST /auth/act-as/{organisation}", "roles APPLICANT"),
            Map.entry("GET /staff", STAFF_MANAGERS),
            Map.entry("POST /staff", STAFF_MANAGERS),
            Map.entry("GET /staff/{id}", STAFF_MANAGERS),
            Map.entry("PUT /staff/{id}/position", STAFF_MANAGERS),
            Map.entry("POST /staff/{id}/lock", STAFF_MANAGERS),
            Map.entry("POST /staff/{id}/unlock", STAFF_MANAGERS),
            Map.entry("POST /staff/{id}/password-reset", STAFF_MANAGERS)));
        Map<String, String> actual = new TreeMap<>();
        for (Class<?> c : RESOURCES) {
            for (Method m : c.getDeclaredMethods()) {
                String http = httpMethod(m);
                if (http != null) {
                    actual.put(http + " " + path(c, m), rule(m.getAnnotation(Access.class)));
                }
            }
        }
        assertEquals(expected, actual);
    }

    private static String rule(Access a) {
        if (a == null) {
            return "NONE (denied to everybody)";
        }
        if (a.anonymous()) {
            return "anonymous";
        }
        String early = a.beforePasswordChange() ? ", also before the password change" : "";
        if (a.value().length == 0) {
            return (a.authenticated() ? "authenticated" : "authenticated (implicitly)") + early;
        }
        return "roles " + String.join(",", Arrays.stream(a.value()).map(Enum::name).toList()) + early;
    }

    @Test
    public void resourcesArePublishedAndTagged() {
        for (Class<?> c : RESOURCES) {
            assertTrue(c + " is a RestResource", RestResource.class.isAssignableFrom(c));
            assertNotNull(c + " @Path", c.getAnnotation(Path.class));
            assertNotNull(c + " @Produces", c.getAnnotation(Produces.class));
            ApiTag tag = c.getAnnotation(ApiTag.class);
            assertNotNull(c + " @ApiTag", tag);
            assertTrue(c + " tag description is Vietnamese / English", tag.description().contains(" / "));
            assertEquals(c + ": rules are per operation, none on the class", null, c.getAnnotation(Access.class));
        }
    }

    @Test
    public void operationsAreSummarisedAndTyped() {
        List<String> problems = new ArrayList<>();
        for (Class<?> c : RESOURCES) {
            for (Method m : c.getDeclaredMethods()) {
                if (httpMethod(m) == null) {
                    continue;
                }
                ApiTag summary = m.getAnnotation(ApiTag.class);
                if (summary == null || !summary.value().contains(" / ")) {
                    problems.add(c.getSimpleName() + "." + m.getName() + ": needs @ApiTag(\"Vietnamese / English\")");
                }
                boolean hidden = m.getReturnType() == Response.class
                    || m.getGenericReturnType() instanceof ParameterizedType;
                if (hidden && m.getAnnotation(ResponseType.class) == null) {
                    problems.add(c.getSimpleName() + "." + m.getName() + ": needs @ResponseType");
                }
            }
        }
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }

    private static String httpMethod(Method m) {
        for (var a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    private static String path(Class<?> c, Method m) {
        Path sub = m.getAnnotation(Path.class);
        return c.getAnnotation(Path.class).value() + (sub == null ? "" : sub.value());
    }
}
