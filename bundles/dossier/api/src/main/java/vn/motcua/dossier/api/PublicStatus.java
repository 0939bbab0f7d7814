package vn.motcua.dossier.api;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Tra cứu hồ sơ: what anyone holding the code (or its QR) may see — procedure, agency, status and dates, nothing
 * about the person.
 */
public record PublicStatus(String code, String procedureCode, String procedureName, String agencyCode,
                           String agencyName, DossierStatus status, int statusCode, String statusName,
                           LocalDateTime receivedAt, LocalDateTime dueAt, Instant finishedAt) {
}
