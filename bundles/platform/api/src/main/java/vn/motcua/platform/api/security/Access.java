package vn.motcua.platform.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a REST operation. Put on every resource method (or its class). An operation without one is denied to
 * everybody: access is never granted by forgetting a rule.
 * <ul>
 * <li>{@code @Access(anonymous = true)}: public, also without logging in;</li>
 * <li>{@code @Access(authenticated = true)}: any logged-in account;</li>
 * <li>{@code @Access({Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN})}: accounts with one of these roles (data scope is
 * checked by the service).</li>
 * </ul>
 * A session that may only change a temporary password ({@link Caller#passwordChangeOnly()}) is refused everywhere
 * except where {@link #beforePasswordChange()} is set, even by operations open to any logged-in account.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Access {
    Role[] value() default {};

    boolean anonymous() default false;

    boolean authenticated() default false;

    /**
     * Also open to a session that must change its temporary password first (first login, password reset): only the
     * few operations such a session needs — change the password, see its own account, log out.
     */
    boolean beforePasswordChange() default false;
}
