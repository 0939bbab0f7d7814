package vn.motcua.platform.api.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a bearer token into a caller. Provided by the identity capability; the REST layer calls it for every request
 * that carries {@code Authorization: Bearer …}.
 */
@ConsumerType
public interface Authenticator {
    /**
     * @throws vn.motcua.platform.api.error.UnauthorizedException for a malformed, forged, expired or revoked token
     */
    Caller authenticate(String bearerToken, String clientAddress);
}
