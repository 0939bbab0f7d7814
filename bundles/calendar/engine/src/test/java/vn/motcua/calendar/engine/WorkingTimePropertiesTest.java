package vn.motcua.calendar.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.Test;

/**
 * Property-based checks with a seeded generator (reproducible: every failure message carries the seed and the case).
 * Calendars are the national one (2024–2026 announced, other years computed) and random province calendars (random
 * days off, worked Saturdays, working hours with up to three periods, six-day weeks). A minute-by-minute walk over
 * the calendar data — independent of the compiled index — is the oracle for due dates.
 *
 * <p>JUnit 4 is the project's test framework; junit-quickcheck would add three libraries for what a loop with a
 * {@link Random} does here, so the generators are written out.
 */
public class WorkingTimePropertiesTest {
    private static final long SEED = 20260217L;
    private static final int CASES = 20_000;
    private static final int ORACLE_CASES = 3_000;

    // clauses: 000-16.2
    @Test
    public void nationalCalendarInvariants() {
        check(DueDateTest.CAL, new Random(SEED), 2024, 2027);
    }

    @Test
    public void randomProvinceCalendarInvariants() {
        Random seeds = new Random(SEED + 1);
        for (int k = 0; k < 12; k++) {
            long seed = seeds.nextLong();
            Random r = new Random(seed);
            List<CalendarYear> years = randomYears(r, 2023, 2028);
            ProvinceCalendar p = new ProvinceCalendar("T" + k, k, WorkingCalendar.of(years), RuleSets.defaults());
            try {
                check(p, r, 2024, 2027);
            } catch (AssertionError e) {
                throw new AssertionError("calendar seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void check(ProvinceCalendar p, Random r, int fromYear, int toYear) {
        WorkingCalendar cal = p.calendar();
        long span = java.time.Duration.between(LocalDateTime.of(fromYear, 1, 1, 0, 0),
            LocalDateTime.of(toYear, 1, 1, 0, 0)).getSeconds();
        LocalDateTime base = LocalDateTime.of(fromYear, 1, 1, 0, 0);
        for (int i = 0; i < CASES; i++) {
            LocalDateTime received = base.plusSeconds((long) (r.nextDouble() * span));
            TimeLimit limit = randomLimit(r);
            String what = "case " + i + ": " + received + " + " + limit;
            DueDate d = p.dueDate(received, limit, r.nextBoolean() ? ClockKind.PROCESSING : ClockKind.ACCEPTANCE);
            // due ≥ start ≥ receipt
            assertFalse(what, d.effectiveStart().isBefore(d.receivedAt()));
            assertFalse(what, d.dueAt().isBefore(d.effectiveStart()));
            // the clock starts when the office works
            assertTrue(what + " starts at " + d.effectiveStart(), cal.isWorkingTime(d.effectiveStart()));
            // never due on a day off, always due within a working period (end inclusive)
            assertTrue(what + " due " + d.dueAt(), cal.isWorkingDay(d.dueAt().toLocalDate()));
            if (limit.unit() != DurationUnit.IMMEDIATE) {
                assertTrue(what + " due " + d.dueAt(), cal.isWorkingTime(d.dueAt().minusSeconds(1)));
            }
            // the working time between start and due is the limit
            if (limit.unit() == DurationUnit.WORKING_DAYS || limit.unit() == DurationUnit.WORKING_HOURS) {
                assertEquals(what, limit.workingSeconds(cal.workingSecondsOf(d.effectiveStart().toLocalDate())),
                    d.workingSeconds());
                assertEquals(what, d.workingSeconds(), cal.workingSecondsBetween(d.effectiveStart(), d.dueAt()));
            }
            // monotonic in the duration
            boolean immediate = limit.unit() == DurationUnit.IMMEDIATE;
            TimeLimit longer = new TimeLimit(limit.value().add(java.math.BigDecimal.valueOf(r.nextInt(5) + (immediate ? 1 : 0))),
                immediate ? DurationUnit.WORKING_HOURS : limit.unit());
            DueDate d2 = p.dueDate(received, longer, d.clock());
            assertFalse(what + " vs " + longer, d2.dueAt().isBefore(d.dueAt()));
            // additivity of elapsed working time
            LocalDateTime a = base.plusSeconds((long) (r.nextDouble() * span));
            LocalDateTime b = base.plusSeconds((long) (r.nextDouble() * span));
            LocalDateTime c = base.plusSeconds((long) (r.nextDouble() * span));
            assertEquals(a + " " + b + " " + c, p.elapsedSeconds(a, c), p.elapsedSeconds(a, b) + p.elapsedSeconds(b, c));
            assertEquals(-p.elapsedSeconds(a, b), p.elapsedSeconds(b, a));
            // going forward by the elapsed time lands at the same working position, never later than the target
            LocalDateTime lo = a.isBefore(b) ? a : b;
            LocalDateTime hi = a.isBefore(b) ? b : a;
            LocalDateTime reached = cal.plusWorkingSeconds(lo, p.elapsedSeconds(lo, hi));
            assertEquals(lo + " → " + hi, cal.position(hi), cal.position(reached));
            assertFalse(lo + " → " + hi + " reached " + reached, reached.isAfter(hi));
            // remaining + elapsed = limit while running
            if (limit.unit() != DurationUnit.CALENDAR_DAYS && !a.isBefore(d.effectiveStart()) && !a.isAfter(d.dueAt())) {
                assertEquals(what, d.workingSeconds(), p.elapsedSeconds(d.effectiveStart(), a) + p.remainingSeconds(d.dueAt(), a));
            }
        }
        for (int i = 0; i < ORACLE_CASES; i++) {
            LocalDateTime start = base.plusMinutes(r.nextInt((int) (span / 60)));
            int minutes = 1 + r.nextInt(r.nextBoolean() ? 600 : 12_000);
            LocalDateTime actual = cal.plusWorkingSeconds(start, minutes * 60L);
            assertEquals("oracle: " + start + " + " + minutes + " min", walkDays(cal, start, minutes), actual);
            if (i % 10 == 0 && minutes <= 600) {
                assertEquals("oracle: " + start + " + " + minutes + " min", walkMinutes(cal, start, minutes), actual);
            }
        }
    }

    /** Day by day over the year's data: each working day's periods, from the start minute on. */
    private static LocalDateTime walkDays(WorkingCalendar cal, LocalDateTime start, int minutes) {
        LocalDate day = start.toLocalDate();
        int from = start.getHour() * 60 + start.getMinute();
        long left = minutes;
        while (true) {
            CalendarYear y = cal.year(day.getYear());
            if (y.isWorkingDay(day)) {
                for (TimeRange range : y.workingHours()) {
                    int s = Math.max(from, range.start().toSecondOfDay() / 60);
                    int e = range.end().toSecondOfDay() / 60;
                    if (s < e) {
                        if (left <= e - s) {
                            return day.atStartOfDay().plusMinutes(s + left);
                        }
                        left -= e - s;
                    }
                }
            }
            day = day.plusDays(1);
            from = 0;
        }
    }

    /** The slowest, most obvious way: minute by minute, counting the minutes worked according to the year's data. */
    private static LocalDateTime walkMinutes(WorkingCalendar cal, LocalDateTime start, int minutes) {
        LocalDateTime t = start;
        int counted = 0;
        while (true) {
            CalendarYear y = cal.year(t.getYear());
            if (y.isWorkingDay(t.toLocalDate()) && inPeriod(y, t.toLocalTime())) {
                counted++;
                if (counted == minutes) {
                    return t.plusMinutes(1);
                }
            }
            t = t.plusMinutes(1);
        }
    }

    private static boolean inPeriod(CalendarYear y, LocalTime time) {
        for (TimeRange range : y.workingHours()) {
            if (!time.isBefore(range.start()) && time.isBefore(range.end())) {
                return true;
            }
        }
        return false;
    }

    private static TimeLimit randomLimit(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> TimeLimit.IMMEDIATE;
            case 1, 2 -> TimeLimit.workingHours(1 + r.nextInt(16) + (r.nextBoolean() ? 0.5 : 0));
            case 3 -> TimeLimit.calendarDays(1 + r.nextInt(60));
            default -> TimeLimit.workingDays(r.nextInt(4) == 0 ? 0.5 + r.nextInt(3) : 1 + r.nextInt(r.nextBoolean() ? 10 : 45));
        };
    }

    static List<CalendarYear> randomYears(Random r, int from, int to) {
        Set<DayOfWeek> weekdays = r.nextInt(4) == 0 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)
            : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        List<TimeRange> hours = randomHours(r);
        List<CalendarYear> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            Set<LocalDate> used = new HashSet<>();
            List<NonWorkingDay> off = new ArrayList<>();
            List<ExtraWorkingDay> extra = new ArrayList<>();
            int offCount = 8 + r.nextInt(20);
            while (off.size() < offCount) {
                LocalDate d = LocalDate.of(y, 1, 1).plusDays(r.nextInt(365));
                if (used.add(d)) {
                    off.add(new NonWorkingDay(d, DayKind.values()[r.nextInt(DayKind.values().length)], "ngày nghỉ " + d));
                    // a run of days off now and then, like Tết
                    for (int k = 1; k < (r.nextInt(6) == 0 ? 9 : 0) && d.plusDays(k).getYear() == y; k++) {
                        if (used.add(d.plusDays(k))) {
                            off.add(new NonWorkingDay(d.plusDays(k), DayKind.HOLIDAY, null));
                        }
                    }
                }
            }
            for (int k = 0; k < r.nextInt(4); k++) {
                LocalDate d = LocalDate.of(y, 1, 1).plusDays(r.nextInt(365));
                if (!weekdays.contains(d.getDayOfWeek()) && used.add(d)) {
                    extra.add(new ExtraWorkingDay(d, "làm bù"));
                }
            }
            years.add(new CalendarYear(y, r.nextBoolean() ? YearStatus.CONFIRMED : YearStatus.PROVISIONAL, null,
                weekdays, hours, off, extra));
        }
        return years;
    }

    private static List<TimeRange> randomHours(Random r) {
        List<TimeRange> hours = new ArrayList<>();
        int minute = 6 * 60 + r.nextInt(12) * 15; // 06:00–08:45
        int periods = 1 + r.nextInt(3);
        for (int k = 0; k < periods; k++) {
            int length = 60 + r.nextInt(16) * 15;
            int end = Math.min(minute + length, 23 * 60);
            hours.add(new TimeRange(LocalTime.of(minute / 60, minute % 60), LocalTime.of(end / 60, end % 60)));
            minute = end + 15 + r.nextInt(8) * 15;
            if (minute >= 22 * 60) {
                break;
            }
        }
        return hours;
    }
}
