package vn.motcua.identity.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts by id, for other capabilities that must record who someone is (e.g. the applicant of a dossier is the
 * logged-in account's person, never what a form claims). Reads only; no access check — callers decide what to show.
 */
@ProviderType
public interface AccountDirectory {
    Optional<Account> find(String accountId);
}
