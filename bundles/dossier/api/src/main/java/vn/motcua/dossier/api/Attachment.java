package vn.motcua.dossier.api;

import java.time.Instant;

import vn.motcua.catalogue.api.Enums.ComponentForm;

/**
 * A file of a dossier (thành phần hồ sơ): which component it is, its form (original, certified copy, photocopy,
 * electronic), and what identifies and checks the bytes. The type is the one read from the bytes, never the client's.
 */
public record Attachment(String id, String component, ComponentForm form, String fileName, String contentType,
                         long size, String sha256, String uploadedByName, Instant uploadedAt) {
}
