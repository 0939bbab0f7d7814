package vn.motcua.audit.api;

import java.time.Instant;

/**
 * The result of recomputing the hash chain over a range of positions. {@code intact} is true when every record in the
 * range still hashes to its stored hash and links to its predecessor; otherwise {@code firstBrokenPosition} and
 * {@code problem} say where and how the first inconsistency shows, with a reason in Vietnamese and English.
 *
 * @param fromPosition first position checked
 * @param toPosition   last position checked (the chain head when none was asked for)
 * @param checked      records recomputed before stopping (at the first problem)
 * @param unsealed     records not yet chained when the check ran (not covered; normal for a few seconds)
 */
public record VerificationReport(long fromPosition, long toPosition, long checked, boolean intact,
                                 Long firstBrokenPosition, Problem problem, String reasonVi, String reasonEn,
                                 long unsealed, Instant verifiedAt) {

    /** How the chain is broken at {@link #firstBrokenPosition()}. */
    public enum Problem {
        /** The record's fields no longer hash to its stored hash: a field was edited, or the hash was replaced. */
        HASH_MISMATCH,
        /** {@code prevHash} differs from the previous record's hash: a record was replaced, reordered or re-hashed. */
        BROKEN_LINK,
        /** No record holds this position although later ones (or the head) exist: a record was deleted. */
        MISSING_POSITION,
        /** Two records hold the same position (possible only if the unique constraint was removed). */
        DUPLICATE_POSITION,
        /** The chain head disagrees with the last record: records at the end were removed or the head edited. */
        HEAD_MISMATCH
    }
}
