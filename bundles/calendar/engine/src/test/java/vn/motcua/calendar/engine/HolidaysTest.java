package vn.motcua.calendar.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.Test;

/**
 * The Labour Code default and the built-in announced years. Announced arrangements (sources in built-in-years.txt):
 * 2024 — VPCP 8662/VPCP-KGVX, TB 5015/TB-LĐTBXH, VPCP 2450/VPCP-KGVX; 2025 — VPCP 8726/VPCP-KGVX, Bộ Nội vụ 8/2025;
 * 2026 — VPCP 12729/VPCP-KGVX and the VPCP letter of 13/10/2025. DOMAIN.md §8 quotes the 2025 swap (work Saturday
 * 26/4, off Friday 2/5) and the return after Tết 2026 (Monday 23/02/2026).
 */
public class HolidaysTest {

    // clauses: 000-16.2
    @Test
    public void computedTet2026IsTheFiveDaysTheGovernmentAnnounced() {
        CalendarYear y = LabourCodeHolidays.computed(2026);
        assertEquals(YearStatus.PROVISIONAL, y.status());
        assertEquals(dates("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"),
            offBetween(y, "2026-02-01", "2026-02-28"));
    }

    @Test
    public void computedDefaultFollowsArticle112AndCompensatesWeekendHolidays() {
        CalendarYear y2026 = LabourCodeHolidays.computed(2026);
        // Giỗ Tổ on Sunday 26/4/2026 → nghỉ bù Monday 27/4
        assertEquals(DayKind.HOLIDAY, kindOf(y2026, "2026-04-26"));
        assertEquals(DayKind.COMPENSATORY, kindOf(y2026, "2026-04-27"));
        // 2023: Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday → compensatory 2/5 and 3/5 (as announced then)
        CalendarYear y2023 = LabourCodeHolidays.computed(2023);
        assertEquals(DayKind.COMPENSATORY, kindOf(y2023, "2023-05-02"));
        assertEquals(DayKind.COMPENSATORY, kindOf(y2023, "2023-05-03"));
        assertTrue(y2023.isWorkingDay(LocalDate.of(2023, 5, 4)));
        // 1/1/2023 was a Sunday → Monday 2/1 off
        assertEquals(DayKind.COMPENSATORY, kindOf(y2023, "2023-01-02"));
        // every year: 8 holiday dates from 2021 on (1/1, 5 Tết, Giỗ Tổ, 30/4, 1/5, 2/9 + 1) = 11 holidays
        for (int year = 2021; year <= 2100; year++) {
            CalendarYear y = LabourCodeHolidays.computed(year);
            long holidays = y.nonWorkingDays().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
            assertEquals("holidays of " + year, 11, holidays);
            long onRestDays = y.nonWorkingDays().stream().filter(d -> d.kind() == DayKind.HOLIDAY)
                .filter(d -> d.date().getDayOfWeek().getValue() >= 6).count();
            long compensatory = y.nonWorkingDays().stream().filter(d -> d.kind() == DayKind.COMPENSATORY).count();
            assertEquals("one compensatory day per holiday on a rest day, " + year, onRestDays, compensatory);
            for (NonWorkingDay d : y.nonWorkingDays()) {
                if (d.kind() == DayKind.COMPENSATORY) {
                    assertTrue(d + " is a weekday", d.date().getDayOfWeek().getValue() <= 5);
                }
            }
        }
    }

    @Test
    public void nationalDayAdjacentDayReproducesTheAnnouncedChoices() {
        // 2021: Thu 2/9 + Fri 3/9; 2022: Thu 1/9 + Fri 2/9; 2023: Fri 1/9 + Sat 2/9 (→ Mon 4/9); 2024: Mon 2/9 + Tue 3/9;
        // 2025: Mon 1/9 + Tue 2/9; 2026: Tue 1/9 + Wed 2/9
        assertEquals(LocalDate.of(2021, 9, 3), LabourCodeHolidays.adjacentNationalDay(LocalDate.of(2021, 9, 2)));
        assertEquals(LocalDate.of(2022, 9, 1), LabourCodeHolidays.adjacentNationalDay(LocalDate.of(2022, 9, 2)));
        assertEquals(LocalDate.of(2023, 9, 1), LabourCodeHolidays.adjacentNationalDay(LocalDate.of(2023, 9, 2)));
        assertEquals(LocalDate.of(2024, 9, 3), LabourCodeHolidays.adjacentNationalDay(LocalDate.of(2024, 9, 2)));
        assertEquals(LocalDate.of(2025, 9, 1), LabourCodeHolidays.adjacentNationalDay(LocalDate.of(2025, 9, 2)));
        assertEquals(LocalDate.of(2026, 9, 1), LabourCodeHolidays.adjacentNationalDay(LocalDate.of(2026, 9, 2)));
        assertEquals(DayKind.COMPENSATORY, kindOf(LabourCodeHolidays.computed(2023), "2023-09-04"));
    }

    @Test
    public void olderYearsFollowTheCodeOfTheirTime() {
        // Labour Code 2012: National Day one day; 2012 Code before 2013: Tết 4 days
        assertEquals(10, LabourCodeHolidays.holidays(2020).size());
        assertEquals(9, LabourCodeHolidays.holidays(2012).size());
        assertEquals(8, LabourCodeHolidays.holidays(2006).size()); // before Giỗ Tổ became a holiday
    }

    // clauses: 000-16.2
    @Test
    public void builtInYearsAreTheAnnouncedOnesWithTheirSources() {
        assertEquals(Set.of(2024, 2025, 2026), BuiltInYears.announced().keySet());
        for (CalendarYear y : BuiltInYears.announced().values()) {
            assertEquals(YearStatus.CONFIRMED, y.status());
            assertNotNull(y.year() + " cites its source", y.source());
            assertTrue(y.source().contains("VPCP"));
            assertEquals(CalendarYear.DEFAULT_WEEKDAYS, y.workingWeekdays());
            assertEquals(8 * 3600, y.secondsPerWorkingDay());
        }
        CalendarYear y2025 = BuiltInYears.year(2025);
        assertEquals(dates("2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"),
            offBetween(y2025, "2025-01-20", "2025-02-10"));
        assertTrue("Saturday 26/4/2025 is worked", y2025.isWorkingDay(LocalDate.of(2025, 4, 26)));
        assertFalse("Friday 2/5/2025 is off", y2025.isWorkingDay(LocalDate.of(2025, 5, 2)));
        assertEquals(DayKind.SWAPPED, kindOf(y2025, "2025-05-02"));
        assertFalse(y2025.isWorkingDay(LocalDate.of(2025, 9, 1)));
        assertFalse(y2025.isWorkingDay(LocalDate.of(2025, 9, 2)));
        assertTrue(y2025.isWorkingDay(LocalDate.of(2025, 9, 3)));
        CalendarYear y2026 = BuiltInYears.year(2026);
        assertEquals(dates("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"),
            offBetween(y2026, "2026-02-01", "2026-02-28"));
        assertTrue("staff back on Monday 23/02/2026", y2026.isWorkingDay(LocalDate.of(2026, 2, 23)));
        assertFalse(y2026.isWorkingDay(LocalDate.of(2026, 1, 2)));
        assertTrue(y2026.isWorkingDay(LocalDate.of(2026, 1, 10)));
        assertFalse(y2026.isWorkingDay(LocalDate.of(2026, 8, 31)));
        assertTrue(y2026.isWorkingDay(LocalDate.of(2026, 8, 22)));
        CalendarYear y2024 = BuiltInYears.year(2024);
        assertEquals(dates("2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"),
            weekdaysOffBetween(y2024, "2024-02-01", "2024-02-29"));
        assertFalse(y2024.isWorkingDay(LocalDate.of(2024, 4, 29)));
        assertTrue(y2024.isWorkingDay(LocalDate.of(2024, 5, 4)));
        assertEquals(YearStatus.PROVISIONAL, BuiltInYears.year(2027).status());
        assertEquals(YearStatus.PROVISIONAL, BuiltInYears.year(2023).status());
    }

    @Test
    public void workingDaysPerAnnouncedYear() {
        // 2025: 261 weekdays − 11 holidays on weekdays − 1 swapped day + 1 worked Saturday = 250
        assertEquals(250, workingDays(BuiltInYears.year(2025)));
        // 2026: 261 weekdays − 1/1, 2/1 (swap), 16–20/2, 27/4 (bù), 30/4, 1/5, 31/8 (swap), 1/9, 2/9 + 10/1, 22/8 = 250
        assertEquals(250, workingDays(BuiltInYears.year(2026)));
        // 2024: 262 weekdays − 1/1, 8,9,12,13,14/2, 18/4, 29/4, 30/4, 1/5, 2/9, 3/9 + 4/5 = 251
        assertEquals(251, workingDays(BuiltInYears.year(2024)));
    }

    @Test
    public void theAnnouncedYearsDifferFromTheComputedDefaultOnlyWhereTheGovernmentChose() {
        // 2026: the computed days off are all in the announcement; the announcement adds only swaps
        Set<LocalDate> computed = offWeekdays(LabourCodeHolidays.computed(2026));
        Set<LocalDate> announced = offWeekdays(BuiltInYears.year(2026));
        assertTrue(announced.containsAll(computed));
        announced.removeAll(computed);
        assertEquals(dates("2026-01-02", "2026-08-31"), announced);
    }

    @Test
    public void textFormatRoundTrips() {
        for (int year : new int[] {2024, 2025, 2026, 2027, 2050}) {
            CalendarYear y = BuiltInYears.year(year);
            assertEquals(y, CalendarYearText.readOne(CalendarYearText.write(y)));
        }
        CalendarYear custom = new CalendarYear(2030, YearStatus.CONFIRMED, "QĐ 1/2030\nUBND tỉnh",
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY), List.of(TimeRange.of("07:00", "11:30"), TimeRange.of("13:30", "17:00")),
            List.of(new NonWorkingDay(LocalDate.of(2030, 3, 5), DayKind.OTHER, null)), List.of());
        CalendarYear back = CalendarYearText.readOne(CalendarYearText.write(custom));
        assertEquals("QĐ 1/2030 UBND tỉnh", back.source());
        assertEquals(custom.workingWeekdays(), back.workingWeekdays());
        assertEquals(custom.workingHours(), back.workingHours());
        assertEquals(custom.nonWorkingDays(), back.nonWorkingDays());
    }

    private static int workingDays(CalendarYear y) {
        int n = 0;
        for (LocalDate d = LocalDate.of(y.year(), 1, 1); d.getYear() == y.year(); d = d.plusDays(1)) {
            n += y.isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    private static DayKind kindOf(CalendarYear y, String date) {
        return y.nonWorkingDays().stream().filter(d -> d.date().equals(LocalDate.parse(date))).map(NonWorkingDay::kind)
            .findFirst().orElse(null);
    }

    private static Set<LocalDate> offBetween(CalendarYear y, String from, String to) {
        return y.nonWorkingDays().stream().map(NonWorkingDay::date)
            .filter(d -> !d.isBefore(LocalDate.parse(from)) && !d.isAfter(LocalDate.parse(to)))
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<LocalDate> weekdaysOffBetween(CalendarYear y, String from, String to) {
        Set<LocalDate> off = new TreeSet<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && !y.isWorkingDay(d)) {
                off.add(d);
            }
        }
        return off;
    }

    private static Set<LocalDate> offWeekdays(CalendarYear y) {
        return weekdaysOffBetween(y, y.year() + "-01-01", y.year() + "-12-31");
    }

    private static Set<LocalDate> dates(String... iso) {
        Set<LocalDate> s = new TreeSet<>();
        for (String d : iso) {
            s.add(LocalDate.parse(d));
        }
        return s;
    }
}
