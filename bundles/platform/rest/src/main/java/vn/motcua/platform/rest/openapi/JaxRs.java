package vn.motcua.platform.rest.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.ws.rs.HttpMethod;

/**
 * The annotation look-ups CXF performs, so the document describes what the server really publishes. DS components
 * often put the JAX-RS annotations on an interface or an abstract base class and register the implementation; JAX-RS
 * (section 3.6) then takes a method's annotations from the super-class or interface method when the implementing
 * method has none of its own, and CXF also finds class-level {@code @Path}/{@code @Produces}/{@code @Consumes} there.
 */
final class JaxRs {
    /** HTTP methods OpenAPI 3.0 has a field for, in the order of the Path Item Object. */
    static final List<String> OPERATION_ORDER = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private JaxRs() {
    }

    /** The annotation on the class, else its superclasses, else its interfaces (breadth first). */
    static <A extends Annotation> A classAnnotation(Class<?> type, Class<A> annotation) {
        for (Class<?> c : hierarchy(type)) {
            A found = c.getAnnotation(annotation);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The method whose JAX-RS annotations apply to {@code method} of {@code resource}: the method itself when it has
     * any, else the same signature in a superclass, else in an interface; {@code null} if none is annotated.
     */
    static Method annotatedMethod(Class<?> resource, Method method) {
        if (hasJaxRsAnnotations(method)) {
            return method;
        }
        for (Class<?> c : hierarchy(resource)) {
            try {
                Method candidate = c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (!candidate.isBridge() && hasJaxRsAnnotations(candidate)) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared with this exact signature; maybe with a type variable (update(T) for update(Dto))
                Method overridden = overriddenGeneric(c, method);
                if (overridden != null) {
                    return overridden;
                }
            }
        }
        return null;
    }

    /** An annotated method of {@code type} that {@code method} overrides through erased type variables. */
    private static Method overriddenGeneric(Class<?> type, Method method) {
        Class<?>[] wanted = method.getParameterTypes();
        Method[] candidates = type.getDeclaredMethods();
        Arrays.sort(candidates, Comparator.comparing(Method::toGenericString));
        for (Method candidate : candidates) {
            if (candidate.isBridge() || !candidate.getName().equals(method.getName())
                || candidate.getParameterCount() != wanted.length || !hasJaxRsAnnotations(candidate)) {
                continue;
            }
            boolean assignable = true;
            for (int i = 0; i < wanted.length; i++) {
                assignable &= candidate.getParameterTypes()[i].isAssignableFrom(wanted[i]);
            }
            if (assignable) {
                return candidate;
            }
        }
        return null;
    }

    /** The lower-case HTTP method of a resource method, or {@code null} (sub-resource locator, plain method). */
    static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    static boolean isJaxRsAnnotation(Annotation a) {
        String pkg = a.annotationType().getPackageName();
        return pkg.equals("javax.ws.rs") || pkg.startsWith("javax.ws.rs.")
            || a.annotationType().isAnnotationPresent(HttpMethod.class);
    }

    private static boolean hasJaxRsAnnotations(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (isJaxRsAnnotation(a)) {
                return true;
            }
        }
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                if (isJaxRsAnnotation(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The class, its superclasses (nearest first), then all their interfaces breadth first; no duplicates. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            classes.add(c);
        }
        Deque<Class<?>> queue = new ArrayDeque<>();
        for (Class<?> c : new ArrayList<>(classes)) {
            queue.addAll(List.of(c.getInterfaces()));
        }
        while (!queue.isEmpty()) {
            Class<?> i = queue.poll();
            if (classes.add(i)) {
                queue.addAll(List.of(i.getInterfaces()));
            }
        }
        return new ArrayList<>(classes);
    }
}
