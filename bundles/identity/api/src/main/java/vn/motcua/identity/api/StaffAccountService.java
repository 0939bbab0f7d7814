package vn.motcua.identity.api;

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

    /** Locks the account and revokes its sessions. */
    Account lock(String accountId, String reason);

    Account unlock(String accountId);

    /** A new one-time password; the account must change it at next login; sessions are revoked. */
    StaffCreated resetPassword(String accountId);
}
