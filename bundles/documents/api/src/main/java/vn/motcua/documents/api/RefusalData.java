package vn.motcua.documents.api;

import java.time.LocalDateTime;

/**
 * Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu số 03).
 *
 * @param dossier    dossier, applicant, issuer, regime and lookup link
 * @param reason     the specific reason the dossier is refused
 * @param legalBasis the provisions the refusal rests on (e.g. "Khoản 2 Điều 89 Luật Xây dựng"); optional, printed as
 *                   "Căn cứ pháp lý" when given
 * @param issuedAt   when the refusal is made (date line), local time in Vietnam
 * @param issuedBy   the officer who refuses (signs)
 */
public record RefusalData(DossierFacts dossier, String reason, String legalBasis, LocalDateTime issuedAt,
                          String issuedBy) {
}
