package vn.motcua.identity.api;

import java.time.Instant;
import java.util.Set;

import vn.motcua.platform.api.security.Role;

/**
 * An account as others may see it (never a password or hash). {@code login} is the citizen ID number (số căn cước,
 * 12 digits), the organisation's tax code, or the staff user name.
 *
 * @param lockedUntil while {@code status} is LOCKED: when the lock ends by itself (an administrator's lock with an
 *                    end, or the lock after failed logins); null for a lock that lasts until lifted, and when not
 *                    locked
 */
public record Account(String id, AccountKind kind, String login, String displayName, String email, String phone,
                      AccountStatus status, Set<Role> roles, Position position, boolean mustChangePassword,
                      Instant createdAt, Instant lastLoginAt, Instant lockedUntil) {

    /** An account that is not locked until a time (the form of version 1.0 of this record). */
    public Account(String id, AccountKind kind, String login, String displayName, String email, String phone,
                   AccountStatus status, Set<Role> roles, Position position, boolean mustChangePassword,
                   Instant createdAt, Instant lastLoginAt) {
        this(id, kind, login, displayName, email, phone, status, roles, position, mustChangePassword, createdAt,
            lastLoginAt, null);
    }

    public enum AccountKind { CITIZEN, ORGANISATION, STAFF }

    public enum AccountStatus {
        /** Registered, waiting for the one-time code. */
        PENDING_VERIFICATION,
        ACTIVE,
        /**
         * Locked by an administrator (staff; until lifted, or until {@code lockedUntil}) or after repeated failed
         * logins until {@code lockedUntil}.
         */
        LOCKED,
        DISABLED
    }
}
