package vn.motcua.identity.api;

import java.time.Instant;
import java.util.Set;

import vn.motcua.platform.api.security.Role;

/**
 * An account as others may see it (never a password or hash). {@code login} is the citizen ID number (số căn cước,
 * 12 digits), the organisation's tax code, or the staff user name.
 */
public record Account(String id, AccountKind kind, String login, String displayName, String email, String phone,
                      AccountStatus status, Set<Role> roles, Position position, boolean mustChangePassword,
                      Instant createdAt, Instant lastLoginAt) {

    public enum AccountKind { CITIZEN, ORGANISATION, STAFF }

    public enum AccountStatus {
        /** Registered, waiting for the one-time code. */
        PENDING_VERIFICATION,
        ACTIVE,
        /** Locked by an administrator (staff) or after repeated failed logins until {@code lockedUntil}. */
        LOCKED,
        DISABLED
    }
}
