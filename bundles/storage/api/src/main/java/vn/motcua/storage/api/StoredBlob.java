package vn.motcua.storage.api;

import java.time.Instant;

/**
 * One upload, stored: keep all of it in the row that refers to the file (the attachment of a dossier).
 *
 * @param key         opaque address of the bytes in the store, at most 80 ASCII characters; equal bytes get the same
 *                    key (the file system store uses the SHA-256 and the type's extension)
 * @param sha256      SHA-256 of the bytes, lower-case hex: record it to {@linkplain BlobStore#verify verify} the
 *                    archive later
 * @param size        bytes
 * @param contentType the format decided from the bytes
 * @param fileName    the client's name, sanitised and ending in the extension of {@code contentType}
 * @param storedAt    when this upload was stored
 */
public record StoredBlob(String key, String sha256, long size, ContentType contentType, String fileName,
                         Instant storedAt) {
}
