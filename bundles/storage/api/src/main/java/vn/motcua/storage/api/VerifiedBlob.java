package vn.motcua.storage.api;

import java.time.Instant;

/**
 * The outcome of recomputing a stored file's SHA-256 and comparing it with the checksum the caller recorded.
 *
 * @param actualSha256 the checksum of the bytes now on storage; null when {@link Status#MISSING}
 * @param size         bytes read; -1 when missing
 */
public record VerifiedBlob(String key, Status status, String expectedSha256, String actualSha256, long size,
                           Instant verifiedAt) {
    public enum Status {
        /** The bytes are those recorded. */
        INTACT,
        /** The bytes differ from the recorded checksum (damaged or altered storage, or a wrong record). */
        CORRUPTED,
        /** Nothing is stored under the key. */
        MISSING
    }

    public boolean intact() {
        return status == Status.INTACT;
    }
}
