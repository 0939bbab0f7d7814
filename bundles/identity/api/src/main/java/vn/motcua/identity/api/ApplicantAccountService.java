package vn.motcua.identity.api;

import org.osgi.annotation.versioning.ProviderType;

/** Applicants register on the portal and verify by a one-time code (email or SMS). */
@ProviderType
public interface ApplicantAccountService {
    PendingVerification register(ApplicantRegistration registration);

    /** Checks the code; on success the account becomes ACTIVE. Wrong codes count against the attempt limit. */
    Account verify(String verificationId, String code);

    /** A new code for a pending verification (limited in rate). */
    PendingVerification resend(String verificationId);
}
