package vn.motcua.documents.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders the notices a dossier's applicant receives as PDF (A4, fonts embedded, a QR code of the lookup link), laid
 * out after the forms of the dossier's {@link LegalRegime}. The same input gives byte-identical output, so a notice
 * can be re-rendered on demand instead of stored.
 *
 * <p>Bad input throws {@code vn.motcua.platform.api.error.ValidationException} naming every offending field (e.g.
 * {@code dossier.applicant.name}, {@code components[2].quantity}). Characters the embedded font cannot print are
 * replaced by U+FFFD and never fail a rendering. The apology with new appointment (Mẫu 04) and the stop notice
 * (Mẫu 05 of Circular 03/2025) will be added here as further methods.
 */
@ProviderType
public interface DossierDocuments {

    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01). */
    byte[] receipt(ReceiptData data);

    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02). */
    byte[] supplementRequest(SupplementRequestData data);

    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu số 03). */
    byte[] refusal(RefusalData data);
}
