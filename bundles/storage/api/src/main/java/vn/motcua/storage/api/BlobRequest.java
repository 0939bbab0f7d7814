package vn.motcua.storage.api;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a caller allows for one upload: the name the client gave (it is sanitised, never trusted), the formats the
 * procedure accepts for this component, and the largest size in bytes. The client's declared content type is not
 * part of the request on purpose: the store decides the type from the bytes.
 */
public record BlobRequest(String fileName, Set<ContentType> allowedTypes, long maxBytes) {
    public BlobRequest {
        Objects.requireNonNull(allowedTypes, "allowedTypes");
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one content type must be allowed");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        allowedTypes = Set.copyOf(EnumSet.copyOf(allowedTypes));
    }

    public static BlobRequest of(String fileName, long maxBytes, ContentType first, ContentType... more) {
        return new BlobRequest(fileName, EnumSet.of(first, more), maxBytes);
    }
}
