package vn.motcua.identity.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff accounts, managed by the administrator of their agency (within the administrator's agency subtree) or by the
 * provincial operator. Every change is on the audit trail.
 */
@ProviderType
public interface StaffAccountService {
    StaffCreated create(StaffInput input);

    Account get(String accountId);

    /** Staff of an agency subtree (the caller's, when {@code agencyCode} is null). */
    List<Account> list(String agencyCode);

    /** Moves the account to another position; its sessions are revoked. */
    Account move(String accountId, Position position);

    /** Locks the account until it is unlocked, and revokes its sessions. */
    default Account lock(String accountId, String reason) {
        return lock(accountId, reason, null);
    }

    /**
     * Locks the account and revokes its sessions; with {@code until} (in the future) the lock ends by itself then,
     * e.g. for a leave or a suspension of known length.
     */
    Account lock(String accountId, String reason, Instant until);

    Account unlock(String accountId);

    /** A new one-time password; the account must change it at next login; sessions are revoked. */
    StaffCreated resetPassword(String accountId);
}
