package vn.motcua.identity.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Operations for the system operator's console (the {@code motcua:} Karaf commands), never offered over HTTP. The
 * caller has already been admitted by Karaf's JAAS realm and the command ACL ({@code admin} role), so these run as the
 * system, without an application account's rights; each is on the audit trail, naming the console user the command
 * puts in the {@link vn.motcua.platform.api.security.CallerContext}.
 */
@ProviderType
public interface IdentityAdministration {
    /**
     * First start: creates the first provincial operator at {@code agencyCode} (the root agency, which may still be
     * missing from the catalogue) and returns it with its one-time password, which must be changed at first login.
     * Empty, and nothing is created, while any provincial operator exists.
     *
     * @throws vn.motcua.platform.api.error.ValidationException for a bad user name, email or agency code
     */
    Optional<StaffCreated> bootstrapOperator(String username, String fullName, String email, String agencyCode);

    /**
     * Starts signing session tokens with a new key on every node; tokens signed with earlier keys stay valid until
     * their sessions expire. Returns the new key's id.
     */
    int rotateSigningKey();

    /**
     * Lifts an administrator's lock of a staff account and the temporary lock after failed logins of any account.
     *
     * @param login ID number, tax code or user name
     * @throws vn.motcua.platform.api.error.NotFoundException when no account has that login
     */
    Account unlock(String login);

    /**
     * Ends every open session of the account, including those it holds as the authorised person of an organisation;
     * the next request with any of its tokens is refused on every node. Returns how many sessions were ended.
     *
     * @param login ID number, tax code or user name
     * @throws vn.motcua.platform.api.error.NotFoundException when no account has that login
     */
    int revokeSessions(String login);

    /**
     * Runs the identity clean-up now (it also runs on its schedule): deletes sessions ended longer than the retention
     * period ago, old one-time codes, registrations never verified, quiet failed-login counters and old removed
     * authorisations. Skipped, and said so, while another node runs it.
     */
    CleanupReport cleanUp();
}
