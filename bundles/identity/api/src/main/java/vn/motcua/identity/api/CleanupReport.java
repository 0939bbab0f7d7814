package vn.motcua.identity.api;

import java.time.Instant;

/**
 * One run of the identity clean-up, or why it did not run. Counts are rows deleted.
 *
 * @param ran             false when another node held the job or ran it less than an interval ago ({@code skipped})
 * @param node            the node that asked
 * @param sessions        sessions ended (expired or revoked) longer than the retention period ago
 * @param verifications   one-time codes expired longer than their retention period ago
 * @param accounts        registrations never verified within the allowed days
 * @param throttles       failed-login counters without a lock, quiet for a day
 * @param representatives organisation authorisations removed or expired longer than the retention period ago
 */
public record CleanupReport(boolean ran, String skipped, String node, Instant at, int sessions, int verifications,
                            int accounts, int throttles, int representatives) {

    public static CleanupReport skipped(String why, String node, Instant at) {
        return new CleanupReport(false, why, node, at, 0, 0, 0, 0, 0);
    }

    /** Rows deleted in all. */
    public int total() {
        return sessions + verifications + accounts + throttles + representatives;
    }
}
