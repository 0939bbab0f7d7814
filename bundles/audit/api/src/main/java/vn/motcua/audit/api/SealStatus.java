package vn.motcua.audit.api;

import java.time.Instant;

/**
 * Where the hash chain stands. {@code lastHash} is worth writing down outside the system now and then (e.g. in the
 * monthly report): a later verification against it shows that the chain was not rewritten as a whole. A growing
 * {@code unsealed} count or an old {@code oldestUnsealedAt} means no node is sealing.
 *
 * @param lastPosition     position of the newest sealed record (0 for an empty chain)
 * @param lastHash         its hash (64 zeros for an empty chain)
 * @param lastSealedAt     when the head last moved; null if never
 * @param unsealed         records committed but not chained yet
 * @param oldestUnsealedAt recording time of the oldest of them; null if none
 */
public record SealStatus(long lastPosition, String lastHash, Instant lastSealedAt, long unsealed,
                         Instant oldestUnsealedAt) {
}
