package vn.motcua.catalogue.api;

import java.util.List;

/**
 * A procedure's limits on the files attached to its dossiers, applied on top of the global ones (the stricter wins for
 * the size).
 *
 * @param maxMegabytes largest file in MB, null for the global limit
 * @param allowedTypes the formats accepted, as names of {@code vn.motcua.storage.api.ContentType} ({@code PDF},
 *                     {@code JPEG}, {@code PNG}, {@code TIFF}, {@code DOCX}, {@code XLSX}, {@code DOC}, {@code XLS},
 *                     {@code ODT}, {@code ODS}, {@code XML}, {@code ZIP}); null or empty for the default document set
 */
public record AttachmentPolicy(Integer maxMegabytes, List<String> allowedTypes) {
}
