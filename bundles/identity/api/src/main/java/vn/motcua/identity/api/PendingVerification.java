package vn.motcua.identity.api;

import java.time.Instant;

/** A one-time code was sent: where (masked), until when, and how many attempts are left. */
public record PendingVerification(String verificationId, String accountId, VerificationChannel channel,
                                  String destinationMasked, Instant expiresAt, int attemptsLeft) {
}
