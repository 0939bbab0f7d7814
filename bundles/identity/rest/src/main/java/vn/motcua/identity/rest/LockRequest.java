package vn.motcua.identity.rest;

import java.time.Instant;

/**
 * Body of {@code POST /staff/{id}/lock}: why the account is locked (kept with the account and on the audit trail) and,
 * optionally, when the lock ends by itself (e.g. {@code 2025-09-01T00:00:00+07:00}); without it, until unlocked.
 */
public record LockRequest(String reason, Instant until) {
}
