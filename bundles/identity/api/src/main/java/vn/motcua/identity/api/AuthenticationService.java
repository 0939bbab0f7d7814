package vn.motcua.identity.api;

import org.osgi.annotation.versioning.ProviderType;

import vn.motcua.platform.api.security.Authenticator;

/** Login, logout and password changes; also the platform's {@link Authenticator} for bearer tokens. */
@ProviderType
public interface AuthenticationService extends Authenticator {
    /**
     * @throws vn.motcua.platform.api.error.UnauthorizedException wrong credentials (one message for unknown login and
     *         wrong password), locked or unverified account; repeated failures lock the login for a while
     */
    Session login(LoginRequest request, String clientAddress);

    /** Revokes the session of this token. */
    void logout(String token);

    /** Changes the caller's password and revokes every other session of the account. */
    Session changePassword(String token, PasswordChange change, String clientAddress);

    /** The account of a valid token. */
    Account me(String token);
}
