package vn.motcua.documents.api;

import java.time.OffsetDateTime;

/**
 * Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu số 03).
 *
 * @param dossier    dossier, applicant, issuer, regime and lookup link
 * @param reason     the specific reason the dossier is refused
 * @param legalBasis the provisions the refusal rests on (e.g. "Khoản 2 Điều 9 Nghị định số 118/2025/NĐ-CP")
 * @param issuedAt   when the refusal is made (date line)
 * @param issuedBy   the officer who refuses (signs)
 */
public record RefusalData(DossierFacts dossier, String reason, String legalBasis, OffsetDateTime issuedAt,
                          String issuedBy) {
}
