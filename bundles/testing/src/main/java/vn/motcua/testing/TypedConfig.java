package vn.motcua.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds a component property type from a map keyed like the configuration ({@code _password()} reads
 * {@code .password}), as SCR does: missing keys give the annotation's defaults.
 */
public final class TypedConfig {
    private TypedConfig() {
    }

    public static <A> A of(Class<A> type, Map<String, ?> values) {
        Map<String, Object> copy = new HashMap<>(values);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "toString": return type.getSimpleName() + copy;
                case "hashCode": return copy.hashCode();
                case "equals": return proxy == args[0];
                case "annotationType": return type;
                default: break;
            }
            Object v = copy.get(key(method.getName()));
            return v == null ? method.getDefaultValue() : convert(v, method);
        }));
    }

    /** DS 1.4 name mapping, the parts used here: "__" is "_", a single "_" is ".". */
    public static String key(String methodName) {
        return methodName.replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object v, Method m) {
        Class<?> t = m.getReturnType();
        if (t.isInstance(v)) {
            return v;
        }
        String s = String.valueOf(v);
        if (t == int.class) {
            return Integer.parseInt(s);
        }
        if (t == boolean.class) {
            return Boolean.parseBoolean(s);
        }
        if (t.isEnum()) {
            return Enum.valueOf((Class<Enum>) t, s);
        }
        if (t.isArray()) {
            Object a = Array.newInstance(t.getComponentType(), 1);
            Array.set(a, 0, s);
            return a;
        }
        return s;
    }
}
