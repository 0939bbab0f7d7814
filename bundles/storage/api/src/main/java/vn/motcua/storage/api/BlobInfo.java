package vn.motcua.storage.api;

import java.time.Instant;

/**
 * What the store knows of stored bytes without reading them: the checksum is the one recorded at put time (use
 * {@link BlobStore#verify} to recompute it). File names are not here: they belong to each upload, not to the bytes.
 *
 * @param lastPutAt the latest put of these bytes (a repeated upload of the same content refreshes it); deletion
 *                  spares blobs put within the grace period
 */
public record BlobInfo(String key, String sha256, long size, ContentType contentType, Instant lastPutAt) {
}
