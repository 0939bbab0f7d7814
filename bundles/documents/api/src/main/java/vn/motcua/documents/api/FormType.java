package vn.motcua.documents.api;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The forms of the one-stop mechanism and their number and title in each regime. Circular 01/2018/TT-VPCP has six
 * forms and no stop notice; Circular 03/2025/TT-VPCP adds the stop notice as Mẫu số 05 and renumbers the control
 * sheet and tracking book.
 */
public enum FormType {
    RECEIPT(1, 1, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "giay-tiep-nhan"),
    SUPPLEMENT_REQUEST(2, 2, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
        "phieu-yeu-cau-bo-sung"),
    REFUSAL(3, 3, "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
        "phieu-tu-choi"),
    APOLOGY(4, 4, "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
        "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", "xin-loi-hen-lai"),
    STOP_NOTICE(0, 5, null, "Thông báo dừng giải quyết hồ sơ", "thong-bao-dung"),
    CONTROL_SHEET(5, 6, "Phiếu kiểm soát quá trình giải quyết hồ sơ", "Phiếu kiểm soát quá trình giải quyết hồ sơ",
        "phieu-kiem-soat"),
    TRACKING_BOOK(6, 7, "Sổ theo dõi hồ sơ", "Sổ theo dõi hồ sơ", "so-theo-doi");

    private final int number2018;
    private final int number2025;
    private final String title2018;
    private final String title2025;
    private final String fileStem;

    FormType(int number2018, int number2025, String title2018, String title2025, String fileStem) {
        this.number2018 = number2018;
        this.number2025 = number2025;
        this.title2018 = title2018;
        this.title2025 = title2025;
        this.fileStem = fileStem;
    }

    /** Whether the regime has this form at all (Circular 01/2018 has no stop notice). */
    public boolean existsIn(LegalRegime regime) {
        return number(regime).isPresent();
    }

    /** The form's number in the regime's appendix (Mẫu số …), empty when the regime has no such form. */
    public OptionalInt number(LegalRegime regime) {
        int n = Objects.requireNonNull(regime, "regime") == LegalRegime.CIRCULAR_01_2018 ? number2018 : number2025;
        return n == 0 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    /** "Mẫu số 01" — as printed at the top of the form. */
    public String label(LegalRegime regime) {
        int n = number(regime).orElseThrow(() -> new IllegalArgumentException(name() + " has no form in " + regime));
        return String.format("Mẫu số %02d", n);
    }

    /** The title as the circular names the form (sentence case; printed in capitals). */
    public String title(LegalRegime regime) {
        String t = Objects.requireNonNull(regime, "regime") == LegalRegime.CIRCULAR_01_2018 ? title2018 : title2025;
        if (t == null) {
            throw new IllegalArgumentException(name() + " has no form in " + regime);
        }
        return t;
    }

    /** A download file name without diacritics, e.g. {@code giay-tiep-nhan-000.00.06.H56-250715-0001.pdf}. */
    public String fileName(String dossierCode) {
        String safe = Objects.requireNonNull(dossierCode, "dossierCode").replaceAll("[^A-Za-z0-9.\\-]", "_");
        return fileStem + "-" + safe + ".pdf";
    }
}
