package vn.motcua.catalogue.api;

import java.time.Instant;

/**
 * Mẫu đơn, tờ khai: a downloadable form file of a procedure (PDF, Word, Excel, OpenDocument). Files are immutable;
 * a new edition is a new upload, and a withdrawn one stays on record ({@code withdrawnAt}) for dossiers that used it.
 */
public record FormTemplate(String id, String procedureCode, String name, String fileName, String contentType,
                           long sizeBytes, String sha256, Instant uploadedAt, Instant withdrawnAt) {
}
