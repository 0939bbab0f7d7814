package vn.motcua.identity.rest;

/** Body of {@code POST /auth/verify}: the verification and the six-digit code received. */
public record VerifyRequest(String verificationId, String code) {
}
