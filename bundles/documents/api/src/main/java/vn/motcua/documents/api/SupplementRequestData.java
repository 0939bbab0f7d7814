package vn.motcua.documents.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02). Lists everything missing in one notice: a second request for
 * something that could have been asked the first time is not allowed.
 *
 * @param dossier      dossier, applicant, issuer, regime and lookup link
 * @param items        everything to add or correct, at least one
 * @param issuedAt     when the request is made (date line), local time in Vietnam
 * @param issuedBy     the officer who guides the applicant (người hướng dẫn, signs)
 * @param contactPhone phone number for questions while completing the dossier; optional
 * @param deadline     until when the applicant may supplement; required under Circular 03/2025 (the dossier is
 *                     closed if not supplemented in time), optional before
 * @param note         anything else the applicant should know; optional
 */
public record SupplementRequestData(DossierFacts dossier, List<MissingItem> items, LocalDateTime issuedAt,
                                    String issuedBy, String contactPhone, LocalDateTime deadline, String note) {
}
