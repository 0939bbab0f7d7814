package vn.motcua.dossier.api;

import java.time.Instant;

import vn.motcua.catalogue.api.Enums.ComponentForm;

/**
 * A file the applicant handed in with an earlier dossier, offered again so that nothing has to be supplied twice
 * (seed 004 Art 13.7, once-only). The same bytes (same SHA-256) are offered once, from the newest dossier.
 */
public record ReusableDocument(String attachmentId, String dossierCode, String component, ComponentForm form,
                               String fileName, String contentType, long size, String sha256, Instant uploadedAt) {
}
