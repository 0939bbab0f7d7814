package vn.motcua.documents.impl;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import vn.motcua.documents.api.LegalRegime;

/** Dates and times as Vietnamese administrative documents write them, always in Vietnam's time zone. */
final class VietnameseDates {
    private VietnameseDates() {
    }

    static ZonedDateTime inVietnam(OffsetDateTime t) {
        return t.atZoneSameInstant(LegalRegime.VIETNAM);
    }

    /**
     * The place-and-date line under the motto: "Bắc Giang, ngày 05 tháng 02 năm 2025". Days below 10 and the months
     * January and February get a leading zero, the other months do not (Decree 30/2020/NĐ-CP, Appendix I).
     */
    static String placeAndDate(String place, OffsetDateTime t) {
        LocalDate d = inVietnam(t).toLocalDate();
        String month = d.getMonthValue() <= 2 ? String.format("%02d", d.getMonthValue())
            : String.valueOf(d.getMonthValue());
        return String.format("%s, ngày %02d tháng %s năm %d", place, d.getDayOfMonth(), month, d.getYear());
    }

    /** "08 giờ 30 phút, ngày 15/07/2025". */
    static String timeAndDate(OffsetDateTime t) {
        ZonedDateTime z = inVietnam(t);
        return String.format("%02d giờ %02d phút, ngày %02d/%02d/%d", z.getHour(), z.getMinute(), z.getDayOfMonth(),
            z.getMonthValue(), z.getYear());
    }
}
