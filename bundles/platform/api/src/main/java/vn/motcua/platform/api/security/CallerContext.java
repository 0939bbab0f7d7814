package vn.motcua.platform.api.security;

import java.util.function.Supplier;

/**
 * The caller of the work running on this thread. The REST layer sets it for each request (and clears it after);
 * services read it to scope data and to write the audit trail. Work handed to other threads must carry it over with
 * {@link #callAs}.
 */
public final class CallerContext {
    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private CallerContext() {
    }

    /** The caller, or an anonymous one when none was set. */
    public static Caller current() {
        Caller c = CURRENT.get();
        return c == null ? Caller.anonymous(null) : c;
    }

    public static void set(Caller caller) {
        CURRENT.set(caller);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static <T> T callAs(Caller caller, Supplier<T> work) {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
