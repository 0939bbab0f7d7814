package vn.motcua.documents.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates and times as Vietnamese administrative documents write them. Times are local times in Vietnam
 * (Asia/Ho_Chi_Minh, no daylight saving), as the dossier core keeps them.
 */
final class VietnameseDates {
    private VietnameseDates() {
    }

    /**
     * The place-and-date line under the motto: "Bắc Giang, ngày 05 tháng 02 năm 2025". Days below 10 and the months
     * January and February get a leading zero, the other months do not (Decree 30/2020/NĐ-CP, Appendix I).
     */
    static String placeAndDate(String place, LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        String month = d.getMonthValue() <= 2 ? String.format("%02d", d.getMonthValue())
            : String.valueOf(d.getMonthValue());
        return String.format("%s, ngày %02d tháng %s năm %d", place, d.getDayOfMonth(), month, d.getYear());
    }

    /** "08 giờ 30 phút, ngày 15/07/2025". */
    static String timeAndDate(LocalDateTime t) {
        return String.format("%02d giờ %02d phút, ngày %02d/%02d/%d", t.getHour(), t.getMinute(), t.getDayOfMonth(),
            t.getMonthValue(), t.getYear());
    }
}
