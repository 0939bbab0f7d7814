package vn.motcua.dossier.api;

/**
 * Yêu cầu thực hiện nghĩa vụ tài chính: what the applicant must pay before processing continues (status 6).
 *
 * @param amountVnd   the amount in đồng (at least 1)
 * @param description what it is for, as the applicant will read it (e.g. "Lệ phí trước bạ nhà, đất")
 * @param note        anything else (where and how to pay); optional
 */
public record PaymentRequest(Long amountVnd, String description, String note) {
}
