package vn.motcua.calendar.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.platform.api.error.Checks;

/**
 * One year of a working calendar: the weekdays worked, the working hours, the days off that would otherwise be worked
 * (holidays, compensatory and swapped days, other days off) and the rest days that are worked instead (làm bù).
 *
 * <p>Validated on construction, every problem named by its field ({@code nonWorkingDays[3].date}); lists are kept
 * sorted by date. Holidays that fall on a rest day may be listed (they change nothing but document the year).
 */
public record CalendarYear(int year, YearStatus status, String source, Set<DayOfWeek> workingWeekdays,
                           List<TimeRange> workingHours, List<NonWorkingDay> nonWorkingDays,
                           List<ExtraWorkingDay> extraWorkingDays) {

    /** Years a calendar can be compiled for (the lunar series and the index are sized for them). */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** Monday to Friday (Decision 188/1999/QĐ-TTg: Saturday and Sunday are weekly rest days). */
    public static final Set<DayOfWeek> DEFAULT_WEEKDAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    /** 07:30–11:30 and 13:00–17:00: 8 working hours (DOMAIN §8, policy per province). */
    public static final List<TimeRange> DEFAULT_HOURS = List.of(TimeRange.of("07:30", "11:30"),
        TimeRange.of("13:00", "17:00"));

    static final int MAX_RANGES = 4;
    static final int MAX_NAME = 200;
    static final int MAX_SOURCE = 1000;

    public CalendarYear {
        source = source == null || source.isBlank() ? null : source.strip();
        // checked in the order given, so that an error's index points at the input; stored sorted by date
        List<NonWorkingDay> off = nonWorkingDays == null ? List.of() : new ArrayList<>(nonWorkingDays);
        List<ExtraWorkingDay> extra = extraWorkingDays == null ? List.of() : new ArrayList<>(extraWorkingDays);
        List<TimeRange> hours = workingHours == null ? null : new ArrayList<>(workingHours);
        Set<DayOfWeek> weekdays = workingWeekdays == null ? null : new java.util.HashSet<>(workingWeekdays);
        check(year, status, source, weekdays, hours, off, extra);
        workingWeekdays = Set.copyOf(weekdays);
        workingHours = List.copyOf(hours);
        nonWorkingDays = sorted(off, NonWorkingDay::date);
        extraWorkingDays = sorted(extra, ExtraWorkingDay::date);
    }

    /** Working seconds of one working day (8 h = 28 800 s by default). */
    public int secondsPerWorkingDay() {
        int total = 0;
        for (TimeRange r : workingHours) {
            total += r.seconds();
        }
        return total;
    }

    /** Whether {@code date} (of this year) is worked under this calendar. */
    public boolean isWorkingDay(LocalDate date) {
        for (ExtraWorkingDay d : extraWorkingDays) {
            if (d.date().equals(date)) {
                return true;
            }
        }
        for (NonWorkingDay d : nonWorkingDays) {
            if (d.date().equals(date)) {
                return false;
            }
        }
        return workingWeekdays.contains(date.getDayOfWeek());
    }

    /** The same days and hours with another status and source (e.g. confirmed by the operator). */
    public CalendarYear with(YearStatus newStatus, String newSource) {
        return new CalendarYear(year, newStatus, newSource, workingWeekdays, workingHours, nonWorkingDays,
            extraWorkingDays);
    }

    private static <T> List<T> sorted(List<T> days, java.util.function.Function<T, LocalDate> date) {
        List<T> copy = new ArrayList<>(days);
        copy.sort(Comparator.comparing(date));
        return List.copyOf(copy);
    }

    private static void check(int year, YearStatus status, String source, Set<DayOfWeek> weekdays,
                              List<TimeRange> hours, List<NonWorkingDay> off, List<ExtraWorkingDay> extra) {
        Checks c = new Checks();
        boolean yearOk = c.range("year", year, MIN_YEAR, MAX_YEAR);
        c.required("status", status);
        c.maxLength("source", source, MAX_SOURCE);
        if (c.notEmpty("workingWeekdays", weekdays) && weekdays.contains(null)) {
            c.add("workingWeekdays", "required", "Có ngày trong tuần để trống", "contains an empty weekday");
        }
        checkHours(c, hours);
        Map<LocalDate, String> seen = new HashMap<>();
        for (int i = 0; i < off.size(); i++) {
            NonWorkingDay d = off.get(i);
            String at = "nonWorkingDays[" + i + "]";
            if (d == null) {
                c.add(at, "required", "Phần tử trống", "empty entry");
                continue;
            }
            if (c.required(at + ".date", d.date()) && yearOk) {
                checkDate(c, at + ".date", d.date(), year, seen);
            }
            c.required(at + ".kind", d.kind());
            c.maxLength(at + ".name", d.name(), MAX_NAME);
        }
        for (int i = 0; i < extra.size(); i++) {
            ExtraWorkingDay d = extra.get(i);
            String at = "extraWorkingDays[" + i + "]";
            if (d == null) {
                c.add(at, "required", "Phần tử trống", "empty entry");
                continue;
            }
            c.maxLength(at + ".name", d.name(), MAX_NAME);
            if (!c.required(at + ".date", d.date()) || !yearOk || !checkDate(c, at + ".date", d.date(), year, seen)) {
                continue;
            }
            if (weekdays != null && weekdays.contains(d.date().getDayOfWeek())) {
                c.add(at + ".date", "already-working", "Ngày " + d.date() + " đã là ngày làm việc trong tuần",
                    d.date() + " is a working weekday already");
            }
        }
        c.throwIfAny();
    }

    private static boolean checkDate(Checks c, String field, LocalDate date, int year, Map<LocalDate, String> seen) {
        if (date.getYear() != year) {
            c.add(field, "wrong-year", "Ngày " + date + " không thuộc năm " + year, date + " is not in year " + year);
            return false;
        }
        String first = seen.putIfAbsent(date, field);
        if (first != null) {
            c.add(field, "duplicate", "Ngày " + date + " đã có ở " + first, date + " is already listed at " + first);
            return false;
        }
        return true;
    }

    private static void checkHours(Checks c, List<TimeRange> hours) {
        if (!c.notEmpty("workingHours", hours)) {
            return;
        }
        if (hours.size() > MAX_RANGES) {
            c.add("workingHours", "too-many", "Tối đa " + MAX_RANGES + " khoảng giờ làm việc",
                "at most " + MAX_RANGES + " working periods");
            return;
        }
        LocalTime previousEnd = null;
        for (int i = 0; i < hours.size(); i++) {
            TimeRange r = hours.get(i);
            String at = "workingHours[" + i + "]";
            if (r == null) {
                c.add(at, "required", "Phần tử trống", "empty entry");
                continue;
            }
            boolean ok = c.required(at + ".start", r.start()) & c.required(at + ".end", r.end());
            if (!ok) {
                continue;
            }
            if (!r.end().isAfter(r.start())) {
                c.add(at + ".end", "before-start", "Giờ kết thúc phải sau giờ bắt đầu " + r.start(),
                    "must be after the start " + r.start());
            } else if (previousEnd != null && r.start().isBefore(previousEnd)) {
                c.add(at + ".start", "overlap", "Phải từ " + previousEnd + " trở đi (các khoảng theo thứ tự, không chồng nhau)",
                    "must not be before " + previousEnd + " (periods in order, not overlapping)");
            }
            previousEnd = r.end();
        }
    }
}
