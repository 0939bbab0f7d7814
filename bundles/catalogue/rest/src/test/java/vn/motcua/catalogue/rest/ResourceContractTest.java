package vn.motcua.catalogue.rest;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.junit.Test;

import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.rest.ResponseType;

/**
 * What the REST server and its OpenAPI document rely on: every resource is a {@link RestResource} with a path and a
 * tag (its {@code @Component} is build-time only and checked by bnd), every operation has a bilingual summary, and every operation whose return type hides the entity (a
 * {@link Response} or a generic type) declares it with {@link ResponseType}.
 */
public class ResourceContractTest {
    private static final List<Class<?>> RESOURCES = List.of(AgencyResource.class, SectorResource.class,
        ProcedureResource.class, CatalogueTransferResource.class, EFormResource.class);

    @Test
    public void resourcesArePublishedAndTagged() {
        for (Class<?> c : RESOURCES) {
            assertTrue(c + " is a RestResource", RestResource.class.isAssignableFrom(c));
            assertNotNull(c + " @Path", c.getAnnotation(Path.class));
            assertNotNull(c + " @Produces", c.getAnnotation(Produces.class));
            ApiTag tag = c.getAnnotation(ApiTag.class);
            assertNotNull(c + " @ApiTag", tag);
            assertTrue(c + " tag description is Vietnamese / English", tag.description().contains(" / "));
        }
    }

    @Test
    public void operationsAreSummarisedAndTyped() {
        List<String> problems = new ArrayList<>();
        for (Class<?> c : RESOURCES) {
            for (Method m : c.getDeclaredMethods()) {
                if (!isOperation(m)) {
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

    private static boolean isOperation(Method m) {
        for (var a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
