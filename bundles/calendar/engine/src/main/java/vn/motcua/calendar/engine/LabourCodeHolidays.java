package vn.motcua.calendar.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The computed default calendar of a year, from the law alone — used for every year without announced (built-in) or
 * operator-confirmed data, and always marked {@link YearStatus#PROVISIONAL}.
 *
 * <p>Public holidays, Bộ luật Lao động 2019 Art 112.1 (in force 01/01/2021; earlier years follow the code of their
 * time where it differs: Hùng Kings day from 2007, Tết 5 days from 2013, National Day 2 days from 2021):
 * <ul>
 * <li>1/1 (Tết Dương lịch);</li>
 * <li>Tết Âm lịch, 5 days. The Prime Minister fixes the actual days each year; the default takes the last day of the
 * old lunar year and mùng 1–4, the arrangement the Government most often announces (2026: 16–20/02). Announced years
 * differ (2024 began on 29 tháng Chạp, 2025 on 28), which is why computed years stay provisional;</li>
 * <li>Giỗ Tổ Hùng Vương, 10/3 âm lịch;</li>
 * <li>30/4 and 1/5;</li>
 * <li>2/9 and one adjacent day, 1/9 or 3/9 (fixed each year): the default takes the neighbour that is a working day
 * and, when both are, the one next to the weekend, else 1/9 — which reproduces the announced choices of 2022–2025.</li>
 * </ul>
 * A holiday on a weekly rest day gives a compensatory day off (nghỉ bù) on the next working day (Art 111.3), after the
 * holidays and earlier compensatory days. Swapped days (hoán đổi) are never guessed: they only come from announcements.
 */
public final class LabourCodeHolidays {
    static final String SOURCE = "Tính theo Bộ luật Lao động 2019 Điều 111–112 và âm lịch Việt Nam (UTC+7); "
        + "chưa có thông báo chính thức — cần xác nhận / Computed from the Labour Code 2019 Art 111–112 and the "
        + "Vietnamese lunar calendar; not announced yet — to be confirmed";

    private LabourCodeHolidays() {
    }

    /** The computed default of {@code year}, Monday–Friday with the default working hours. */
    public static CalendarYear computed(int year) {
        return computed(year, CalendarYear.DEFAULT_WEEKDAYS);
    }

    /** The computed default of {@code year} for a province whose weekly working days are {@code weekdays}. */
    public static CalendarYear computed(int year, Set<DayOfWeek> weekdays) {
        Map<LocalDate, String> holidays = holidays(year);
        List<NonWorkingDay> days = new ArrayList<>();
        holidays.forEach((date, name) -> days.add(new NonWorkingDay(date, DayKind.HOLIDAY, name)));
        List<LocalDate> compensatory = new ArrayList<>();
        for (Map.Entry<LocalDate, String> h : holidays.entrySet()) {
            if (weekdays.contains(h.getKey().getDayOfWeek())) {
                continue;
            }
            LocalDate d = h.getKey().plusDays(1);
            while (!weekdays.contains(d.getDayOfWeek()) || holidays.containsKey(d) || compensatory.contains(d)) {
                d = d.plusDays(1);
            }
            if (d.getYear() != year) {
                continue; // never happens for the Vietnamese holidays; kept so the year stays self-contained
            }
            compensatory.add(d);
            days.add(new NonWorkingDay(d, DayKind.COMPENSATORY, "Nghỉ bù " + h.getValue() + " ("
                + h.getKey().getDayOfMonth() + "/" + h.getKey().getMonthValue() + ")"));
        }
        return new CalendarYear(year, YearStatus.PROVISIONAL, SOURCE, weekdays, CalendarYear.DEFAULT_HOURS, days,
            List.of());
    }

    /** The public holidays of {@code year} in date order (rest days included). */
    public static Map<LocalDate, String> holidays(int year) {
        Map<LocalDate, String> h = new TreeMap<>();
        h.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LunarCalendar lunar = LunarCalendar.VIETNAM;
        LocalDate tet = lunar.newYear(year);
        h.put(tet.minusDays(1), "Tết Âm lịch (ngày cuối năm âm lịch)");
        int tetDays = year >= 2013 ? 4 : 3;
        for (int i = 0; i < tetDays; i++) {
            h.put(tet.plusDays(i), "Tết Âm lịch (mùng " + (i + 1) + ")");
        }
        if (year >= 2007) {
            h.put(lunar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        }
        h.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
        h.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        h.put(nationalDay, "Quốc khánh");
        if (year >= 2021) {
            LocalDate adjacent = adjacentNationalDay(nationalDay);
            h.put(adjacent, "Quốc khánh (ngày liền kề)");
        }
        return h;
    }

    /** 1/9 or 3/9: a working neighbour, preferably one that joins the weekend; 1/9 when it makes no difference. */
    static LocalDate adjacentNationalDay(LocalDate nationalDay) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        boolean beforeWorks = isWeekday(before);
        boolean afterWorks = isWeekday(after);
        if (beforeWorks != afterWorks) {
            return beforeWorks ? before : after;
        }
        if (afterWorks && after.getDayOfWeek() == DayOfWeek.FRIDAY && before.getDayOfWeek() != DayOfWeek.MONDAY) {
            return after;
        }
        return before;
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
