package vn.motcua.calendar.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

import org.junit.Test;

import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;

/** Who may call each calendar operation, declared once more by hand: a changed rule fails here first. */
public class AccessRulesTest {
    static final List<Class<?>> RESOURCES = List.of(CalendarResource.class);

    @Test
    public void everyOperationDeclaresExactlyTheIntendedRule() {
        Map<String, String> expected = new TreeMap<>(Map.of(
            "POST /calendar/due-date", "anonymous",
            "GET /calendar/{province}/years/{year}", "anonymous",
            "PUT /calendar/{province}/years/{year}", "roles [PROVINCIAL_OPERATOR]",
            "GET /calendar/{province}/working-time", "anonymous"));
        Map<String, String> actual = new TreeMap<>();
        for (Method m : CalendarResource.class.getDeclaredMethods()) {
            String verb = Arrays.stream(m.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null).map(HttpMethod::value).findFirst().orElse(null);
            if (verb == null) {
                continue;
            }
            Access access = m.getAnnotation(Access.class);
            assertNotNull(m.getName() + " declares @Access", access);
            ApiTag tag = m.getAnnotation(ApiTag.class);
            assertNotNull(m.getName() + " has a summary", tag);
            assertTrue(m.getName() + " summary is Vietnamese / English", tag.value().contains(" / "));
            String rule = access.anonymous() ? "anonymous" : access.authenticated() ? "authenticated"
                : "roles " + Arrays.toString(access.value());
            actual.put(verb + " " + CalendarResource.class.getAnnotation(Path.class).value()
                + m.getAnnotation(Path.class).value(), rule);
        }
        assertEquals(expected, actual);
    }
}
