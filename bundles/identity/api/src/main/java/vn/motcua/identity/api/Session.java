package vn.motcua.identity.api;

import java.time.Instant;

/** A signed bearer token and what it is for; revoked by logout, lock or password change. */
public record Session(String token, String tokenType, Instant expiresAt, Account account) {
}
