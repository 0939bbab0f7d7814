package vn.motcua.storage.api;

import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stores the files of dossiers (attachments, scans, results) outside the database rows, addressed by key.
 *
 * <p>Keys are content addresses: equal bytes are stored once and get the same key, however many uploads carry them.
 * The caller keeps, per upload, the whole {@link StoredBlob} (key, checksum, size, type, sanitised name) in its own row.
 * The default implementation keeps files on a file system that every node shares; another implementation (an object
 * store) can replace it without the callers noticing.
 *
 * <p>Failures: a bad upload is a {@link vn.motcua.platform.api.error.ValidationException} on the field {@code file}
 * (codes {@code file-empty}, {@code file-too-large}, {@code file-type-not-allowed}, {@code file-name-invalid},
 * {@code file-incomplete}; see {@link BlobErrors}); a storage failure is a {@link StorageUnavailableException}
 * (HTTP 503). Either way nothing is stored and nothing half-written remains.
 */
@ProviderType
public interface BlobStore {
    /**
     * Reads the content once, to its end or until it exceeds {@link BlobRequest#maxBytes()} (then at most one byte more
     * than the limit has been read), computing its SHA-256 and size, decides its type from the bytes and checks it
     * against {@link BlobRequest#allowedTypes()}, sanitises the name, then stores it durably under its key. Storing
     * bytes that are already stored returns the same key (and repairs the stored copy should it be damaged).
     * The stream is not closed.
     *
     * @throws vn.motcua.platform.api.error.ValidationException naming {@code file}
     * @throws StorageUnavailableException when the storage cannot take the file (full, failing)
     */
    StoredBlob put(InputStream content, BlobRequest request);

    /**
     * The stored bytes, to be closed by the caller. Nothing is verified while reading: use {@link #verify} for that.
     *
     * @throws vn.motcua.platform.api.error.NotFoundException when nothing is stored under the key
     */
    InputStream open(String key);

    /**
     * Recomputes the SHA-256 of the stored bytes and compares it with the checksum the caller recorded (and with the
     * key, for content-addressed keys). Reads the whole file.
     */
    VerifiedBlob verify(String key, String expectedSha256);

    /**
     * Removes the bytes stored under the key, for a draft's attachment that was replaced or removed.
     *
     * <p>Because keys are content addresses, other records may share the blob: call this only when none of your
     * records refer to the key any more. An upload of the same bytes by someone else may be in flight, its reference
     * not yet committed; so a blob put (stored or re-uploaded) within the grace period is kept, and false returned.
     * Blobs kept that way, and the blobs of uploads whose transaction rolled back, are reclaimed by a periodic sweep
     * of the caller: {@link #list()} → blobs whose {@link BlobInfo#lastPutAt()} is older than the grace period and
     * that no record refers to → {@code delete}. A put racing with the delete itself is safe: one of them wins whole.
     *
     * @return true when nothing is stored under the key any more (removed now, or absent)
     */
    boolean delete(String key);

    /** Size, type, checksum and last put time of the stored bytes, without reading them; empty when absent. */
    Optional<BlobInfo> info(String key);

    /**
     * Every stored blob, in no particular order, read lazily: for the sweep that reclaims unreferenced blobs and for
     * verifying a whole archive. Close the stream (try-with-resources).
     */
    Stream<BlobInfo> list();
}
