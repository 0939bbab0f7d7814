package vn.motcua.dossier.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import vn.motcua.catalogue.api.Enums.Channel;

/**
 * A dossier as its applicant and the staff in charge see it. Deadline times are local times of the province
 * (Asia/Ho_Chi_Minh), as printed on the receipt.
 *
 * @param code            mã số hồ sơ, null for a draft
 * @param receiptCount    receipts issued (1 at the first receipt; a supplement received issues another, same code)
 * @param receivedAt      the latest receipt
 * @param effectiveStart  when the deadline clock of the latest receipt started (cut-off, lunch break, next working day)
 * @param dueAt           the appointment in force (hẹn trả kết quả); null for immediate procedures and before receipt
 * @param originalDueAt   the first appointment, kept after restarts and extensions
 * @param intakeDueAt     for an online dossier awaiting intake: the end of the 8 working hours to answer it
 * @param eformRevision   the e-form revision the form data was checked against at submission; null when none was
 *                        (no e-form published, a draft, counter intake)
 * @param version         optimistic version: send it back as {@code If-Match} to act on exactly this state
 */
public record Dossier(String id, String code, String procedureCode, int procedureVersion, String procedureName,
                      String agencyCode, Channel channel, DossierStatus status, int statusCode, Applicant applicant,
                      Representative representative, ResultDelivery delivery, Map<String, Object> formData,
                      Integer eformRevision, String note, Instant createdAt, Instant submittedAt, int receiptCount,
                      int supplementCount,
                      LocalDateTime firstReceivedAt, LocalDateTime receivedAt, LocalDateTime effectiveStart,
                      LocalDateTime dueAt, LocalDateTime originalDueAt, boolean clockStopped,
                      LocalDateTime waitDeadline, LocalDateTime intakeDueAt, Instant finishedAt, long version) {
}
