package vn.motcua.identity.impl;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/** Component property types as SCR hands them over: the annotation's defaults, some overridden. */
final class Configs {
    /** Fast hashing for tests; everything else as shipped. */
    static final Map<String, Object> TEST = Map.of("passwordIterations", 1000);

    private Configs() {
    }

    static IdentityConfig identity(Map<String, Object> overrides) {
        return of(IdentityConfig.class, overrides);
    }

    static <A> A of(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            if (values.containsKey(name)) {
                return values.get(name);
            }
            return switch (name) {
                case "annotationType" -> type;
                case "toString" -> type.getSimpleName() + values;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> defaultOf(method);
            };
        }));
    }

    private static Object defaultOf(Method method) {
        return method.getDefaultValue();
    }
}
