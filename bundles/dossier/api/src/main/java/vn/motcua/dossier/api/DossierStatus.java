package vn.motcua.dossier.api;

/**
 * Trạng thái hồ sơ, with the codes the national public service portal uses (DOMAIN §6). {@link #DRAFT} is this
 * system's own: a dossier the applicant has saved but not submitted, never synced.
 */
public enum DossierStatus {
    DRAFT(0, "Hồ sơ nháp", "Draft"),
    SUBMITTED(1, "Mới đăng ký", "Submitted, awaiting intake"),
    RECEIVED(2, "Được tiếp nhận", "Received"),
    NOT_ACCEPTED(3, "Không được tiếp nhận", "Not accepted"),
    PROCESSING(4, "Đang xử lý", "Processing"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung", "Supplement requested"),
    FINANCIAL_OBLIGATION(6, "Yêu cầu thực hiện nghĩa vụ tài chính", "Financial obligation requested"),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ", "Withdrawal requested"),
    STOPPED(8, "Dừng xử lý", "Stopped"),
    PROCESSED(9, "Đã xử lý xong", "Processed, result ready"),
    RETURNED(10, "Đã trả kết quả", "Result returned");

    private final int code;
    private final String nameVi;
    private final String nameEn;

    DossierStatus(int code, String nameVi, String nameEn) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    /** The national portal's status code. */
    public int code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    /** No transition leaves a final status. */
    public boolean isFinal() {
        return this == NOT_ACCEPTED || this == STOPPED || this == RETURNED;
    }

    /** Whether the clock waits for the applicant in this status (DOMAIN §8, 16.5). */
    public boolean waitsForApplicant() {
        return this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION;
    }

    public static DossierStatus ofCode(int code) {
        for (DossierStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no dossier status " + code);
    }
}
