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

    /**
     * Opens a session in which the citizen of {@code token} acts for an organisation that authorised it (see
     * {@link OrganisationRepresentativeService}): its caller is the organisation (the applicant) with the citizen as
     * {@link vn.motcua.platform.api.security.Caller#actingPerson()}. It ends no later than the citizen's session and
     * the authorisation, and at once when the authorisation is removed or the citizen's sessions are revoked.
     *
     * @param organisation the organisation's account id or tax code
     * @throws vn.motcua.platform.api.error.ForbiddenException {@code not-representative} when the citizen is not
     *         authorised for that organisation today (also when there is no such organisation)
     */
    Session actAs(String token, String organisation, String clientAddress);
}
