package vn.motcua.identity.rest;

/** Body of {@code POST /staff/{id}/lock}: why the account is locked (kept with the account and on the audit trail). */
public record LockRequest(String reason) {
}
