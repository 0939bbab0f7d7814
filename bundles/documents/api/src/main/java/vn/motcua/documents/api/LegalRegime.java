package vn.motcua.documents.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The rule set whose forms a notice follows. A dossier is judged by the rules in force when it was received, so its
 * notices keep that regime for their whole life, also when a supplement request or refusal is issued later.
 */
public enum LegalRegime {
    /** Decree 61/2018/NĐ-CP (amended by Decree 107/2021/NĐ-CP); forms of Circular 01/2018/TT-VPCP. */
    CIRCULAR_01_2018("01/2018/TT-VPCP", "61/2018/NĐ-CP", "Bộ phận Tiếp nhận và Trả kết quả"),
    /** Decree 118/2025/NĐ-CP; forms of Circular 03/2025/TT-VPCP. */
    CIRCULAR_03_2025("03/2025/TT-VPCP", "118/2025/NĐ-CP", "Bộ phận Một cửa");

    /** First day of Decree 118/2025/NĐ-CP: dossiers received from this day on follow Circular 03/2025/TT-VPCP. */
    public static final LocalDate SWITCH_DATE = LocalDate.of(2025, 7, 1);

    /** Receipt dates are calendar days in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final String circular;
    private final String decree;
    private final String oneStopUnit;

    LegalRegime(String circular, String decree, String oneStopUnit) {
        this.circular = circular;
        this.decree = decree;
        this.oneStopUnit = oneStopUnit;
    }

    /** The regime of a dossier received on {@code receiptDate} (a calendar day in Vietnam). */
    public static LegalRegime forReceipt(LocalDate receiptDate) {
        Objects.requireNonNull(receiptDate, "receiptDate");
        return receiptDate.isBefore(SWITCH_DATE) ? CIRCULAR_01_2018 : CIRCULAR_03_2025;
    }

    /** The regime of a dossier received at {@code receivedAt}, judged by the date in Vietnam. */
    public static LegalRegime forReceipt(Instant receivedAt) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return forReceipt(receivedAt.atZone(VIETNAM).toLocalDate());
    }

    /** The circular whose forms apply, e.g. {@code 03/2025/TT-VPCP}. */
    public String circular() {
        return circular;
    }

    /** The decree on the one-stop mechanism the circular implements, e.g. {@code 118/2025/NĐ-CP}. */
    public String decree() {
        return decree;
    }

    /** What the regime calls the unit that receives dossiers and returns results. */
    public String oneStopUnit() {
        return oneStopUnit;
    }
}
