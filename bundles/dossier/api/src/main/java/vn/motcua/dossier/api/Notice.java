package vn.motcua.dossier.api;

import java.time.LocalDateTime;

/**
 * A notice issued to the applicant: giấy tiếp nhận và hẹn trả kết quả (Mẫu 01), phiếu yêu cầu bổ sung (Mẫu 02) or
 * phiếu từ chối (Mẫu 03). What it says is fixed when it is issued, in the transaction of the status change; the PDF
 * is rendered from that on demand and is the same every time.
 *
 * @param id           to download it
 * @param kind         which form
 * @param number       the n-th notice of this kind for the dossier (a new receipt after each supplement, same code)
 * @param issuedAt     local time in Vietnam
 * @param issuedByName the officer who issued it (or "Hệ thống" for a notice the system issued)
 * @param fileName     suggested download name, without diacritics
 */
public record Notice(String id, Kind kind, int number, LocalDateTime issuedAt, String issuedByName,
                     String fileName) {

    /** The forms served; further forms (apology Mẫu 04, stop notice Mẫu 05) come with processing. */
    public enum Kind {
        RECEIPT, SUPPLEMENT_REQUEST, REFUSAL
    }
}
