package vn.motcua.identity.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration PID {@code vn.motcua.identity}, shared by the identity services. Defaults follow OWASP's 2023 advice
 * (PBKDF2-HMAC-SHA256 ≥ 210 000 iterations) and the brief (codes valid 10 min, 5 attempts, lock for 15 min after 5
 * failures, staff sessions 8 h, applicant sessions 30 days); the clean-up keeps ended sessions 90 days for the audit.
 */
@ObjectClassDefinition(name = "MotCua identity", description = "Passwords, one-time codes, login lockout, sessions")
public @interface IdentityConfig {
    String PID = "vn.motcua.identity";

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations for new hashes; older hashes are upgraded at the "
        + "next successful login")
    int passwordIterations() default 210_000;

    @AttributeDefinition(description = "Lifetime of a staff session, hours")
    int staffSessionHours() default 8;

    @AttributeDefinition(description = "Lifetime of an applicant session, days")
    int applicantSessionDays() default 30;

    @AttributeDefinition(description = "Lifetime of a session that may only change a temporary password, minutes")
    int passwordChangeSessionMinutes() default 30;

    @AttributeDefinition(description = "Validity of a one-time code, minutes")
    int verificationMinutes() default 10;

    @AttributeDefinition(description = "Wrong codes allowed before the verification is dead")
    int verificationMaxAttempts() default 5;

    @AttributeDefinition(description = "Least time between two sends of a code, seconds")
    int resendIntervalSeconds() default 60;

    @AttributeDefinition(description = "Most codes sent for one verification (the first included)")
    int verificationMaxSends() default 5;

    @AttributeDefinition(description = "Consecutive failed logins that lock the login")
    int maxLoginFailures() default 5;

    @AttributeDefinition(description = "First lock, minutes; each further lock before a successful login doubles it")
    int lockoutMinutes() default 15;

    @AttributeDefinition(description = "Longest lock, minutes")
    int maxLockoutMinutes() default 24 * 60;

    @AttributeDefinition(description = "How long a staff member's agency subtree is cached, seconds")
    int scopeCacheSeconds() default 60;

    @AttributeDefinition(description = "Run the identity clean-up on this node (the database lets one node at a "
        + "time run it, and not more often than the interval)")
    boolean cleanupEnabled() default true;

    @AttributeDefinition(description = "Minutes between two clean-ups (on whichever node runs it)")
    int cleanupIntervalMinutes() default 60;

    @AttributeDefinition(description = "Days an ended (expired or revoked) session and a removed organisation "
        + "authorisation are kept, for the audit, before the clean-up deletes them")
    int retentionDays() default 90;

    @AttributeDefinition(description = "Days after which an account never verified is deleted, with its codes")
    int unverifiedAccountDays() default 7;

    @AttributeDefinition(description = "Days after its expiry a one-time code (used, dead or expired) is deleted")
    int verificationRetentionDays() default 7;
}
