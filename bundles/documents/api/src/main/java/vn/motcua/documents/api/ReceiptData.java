package vn.motcua.documents.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01). After a supplement the dossier gets a new receipt with the same
 * code and {@code supplementCount} set, and its time restarts from the new {@code receivedAt}.
 *
 * @param dossier            dossier, applicant, issuer, regime and lookup link
 * @param receivedBy         the officer who received the dossier (signs the receipt)
 * @param components         the documents handed in, at least one
 * @param numberOfSets       số lượng hồ sơ (bộ), at least 1
 * @param statutoryTime      the processing time set by law, as text, e.g. "15 ngày làm việc"
 * @param receivedAt         receipt time, local time in Vietnam (Asia/Ho_Chi_Minh) as the dossier core keeps it
 * @param appointment        when the result will be returned (local time in Vietnam); not before receivedAt
 * @param resultDelivery     where or how the result is collected, e.g. "Tại Bộ phận Một cửa" or "Qua dịch vụ bưu chính
 *                           công ích đến địa chỉ …"
 * @param trackingBookVolume sổ theo dõi hồ sơ, quyển số; optional
 * @param trackingBookNumber sổ theo dõi hồ sơ, số thứ tự; optional
 * @param supplementCount    0 for the first receipt; n for the receipt issued after the n-th supplement
 */
public record ReceiptData(DossierFacts dossier, String receivedBy, List<ReceivedComponent> components,
                          int numberOfSets, String statutoryTime, LocalDateTime receivedAt,
                          LocalDateTime appointment, String resultDelivery, String trackingBookVolume,
                          String trackingBookNumber, int supplementCount) {
}
