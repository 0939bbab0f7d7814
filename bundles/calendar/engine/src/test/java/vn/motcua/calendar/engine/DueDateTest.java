package vn.motcua.calendar.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.Test;

import vn.motcua.platform.api.error.ValidationException;

/**
 * Due dates on the real calendars of 2024–2026 (built-in years, see HolidaysTest for their sources), with the default
 * working hours 07:30–11:30, 13:00–17:00 and the 15:00 cut-off.
 */
public class DueDateTest {
    static final ProvinceCalendar CAL = ProvinceCalendar.national("H06");

    static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    static DueDate due(String receivedAt, TimeLimit limit) {
        return CAL.dueDate(t(receivedAt), limit);
    }

    // clauses: 000-16.2
    @Test
    public void tet2026IsSkipped() {
        // Friday 13/2/2026 10:00: 5.5 h that day, Tết 16–20/2 and two weekends off, then Mon 23/2 and Tue 24/2,
        // 2.5 h on Wednesday 25/2 → 10:00, the same hour three working days later.
        DueDate d = due("2026-02-13T10:00", TimeLimit.workingDays(3));
        assertEquals(t("2026-02-13T10:00"), d.effectiveStart());
        assertEquals(t("2026-02-25T10:00"), d.dueAt());
        assertEquals(3 * 8 * 3600, d.workingSeconds());
        assertFalse("2026 is an announced year", d.provisional());
        assertEquals("ND118-2025", d.ruleSet().id());
    }

    // clauses: 000-16.1#2, 000-16.2
    @Test
    public void receivedAfterTheCutOffBeforeTet2026CountsFromTheDayStaffReturn() {
        DueDate d = due("2026-02-13T15:30", TimeLimit.workingDays(1));
        assertEquals("staff back on Monday 23/02/2026", t("2026-02-23T07:30"), d.effectiveStart());
        assertEquals(t("2026-02-23T17:00"), d.dueAt());
    }

    @Test
    public void theSwapOf2025MakesSaturday26AprilAWorkingDay() {
        // Fri 25/4/2025 09:00 + 2 working days: Fri 6.5 h, Sat 26/4 (worked in exchange for Fri 2/5) 8 h, Mon 28/4 1.5 h
        assertEquals(t("2025-04-28T09:00"), due("2025-04-25T09:00", TimeLimit.workingDays(2)).dueAt());
        // received on the worked Saturday itself
        DueDate saturday = due("2025-04-26T08:00", TimeLimit.workingHours(4));
        assertEquals(t("2025-04-26T08:00"), saturday.effectiveStart());
        assertEquals(t("2025-04-26T13:30"), saturday.dueAt());
        // Tue 29/4/2025 14:00 + 1 day: 3 h on Tuesday, 30/4, 1/5, 2/5 (swapped) and the weekend off, 5 h on Mon 5/5
        assertEquals(t("2025-05-05T14:00"), due("2025-04-29T14:00", TimeLimit.workingDays(1)).dueAt());
    }

    @Test
    public void nationalDay2025TakesMondayAndTuesdayOff() {
        // Fri 29/8/2025 10:00 + 1 working day: 5.5 h on Friday, 30/8–2/9 off, 2.5 h on Wed 3/9
        assertEquals(t("2025-09-03T10:00"), due("2025-08-29T10:00", TimeLimit.workingDays(1)).dueAt());
        // after the cut-off on Friday: counted from Wednesday 3/9
        DueDate late = due("2025-08-29T16:00", TimeLimit.workingDays(1));
        assertEquals(t("2025-09-03T07:30"), late.effectiveStart());
        assertEquals(t("2025-09-03T17:00"), late.dueAt());
    }

    @Test
    public void calendar2024() {
        // Wed 7/2/2024 16:00 is after the cut-off; Tết off 8–14/2 → counted from Thu 15/2; 5 working days → Wed 21/2
        DueDate tet = due("2024-02-07T16:00", TimeLimit.workingDays(5));
        assertEquals(t("2024-02-15T07:30"), tet.effectiveStart());
        assertEquals(t("2024-02-21T17:00"), tet.dueAt());
        // Fri 26/4/2024 08:00 + 1 day: 7.5 h Friday; 27/4–1/5 off (29/4 swapped) → Thu 2/5 08:00
        assertEquals(t("2024-05-02T08:00"), due("2024-04-26T08:00", TimeLimit.workingDays(1)).dueAt());
        // Saturday 4/5/2024 was worked in exchange
        assertEquals(t("2024-05-04T11:30"), due("2024-05-03T13:00", TimeLimit.workingDays(1)).dueAt());
        // 2/9/2024 Monday + 3/9 Tuesday
        assertEquals(t("2024-09-04T10:00"), due("2024-08-30T10:00", TimeLimit.workingDays(1)).dueAt());
    }

    // clauses: 000-16.1#1, 000-16.1#2
    @Test
    public void receiptTimeRules() {
        // exactly 15:00 is not "after 15:00"; one second later is
        assertEquals(t("2025-10-07T15:00"), due("2025-10-07T15:00", TimeLimit.workingHours(1)).effectiveStart());
        assertEquals(t("2025-10-08T07:30"), due("2025-10-07T15:00:01", TimeLimit.workingHours(1)).effectiveStart());
        // lunch break → 13:00; before hours → 07:30; evening → next day; weekend → Monday
        assertEquals(t("2025-10-07T13:00"), due("2025-10-07T12:10", TimeLimit.workingHours(1)).effectiveStart());
        assertEquals(t("2025-10-07T17:00"), due("2025-10-07T12:10", TimeLimit.workingHours(4)).dueAt());
        assertEquals(t("2025-10-07T07:30"), due("2025-10-07T06:00", TimeLimit.workingHours(1)).effectiveStart());
        assertEquals(t("2025-10-08T07:30"), due("2025-10-07T19:00", TimeLimit.workingHours(1)).effectiveStart());
        assertEquals(t("2025-10-13T07:30"), due("2025-10-11T10:00", TimeLimit.workingHours(1)).effectiveStart());
        // seconds are kept, fractions of a second dropped
        assertEquals(t("2025-10-07T10:00:30"), due("2025-10-07T09:00:30.999", TimeLimit.workingHours(1)).dueAt());
    }

    // clauses: 001-11.2a#1, 001-11.2a#2, 003-16.1a#1, 003-16.1a#2
    @Test
    public void acceptanceWindowOfAnOnlineDossierHasNoCutOff() {
        // submitted Monday 16:30: 0.5 h on Monday, 7.5 h on Tuesday → Tuesday 16:30
        DueDate d = CAL.dueDate(t("2025-10-06T16:30"), TimeLimit.workingHours(8), ClockKind.ACCEPTANCE);
        assertEquals(t("2025-10-06T16:30"), d.effectiveStart());
        assertEquals(t("2025-10-07T16:30"), d.dueAt());
        // submitted on Saturday night: the count starts at the next working hour, Monday 07:30
        DueDate weekend = CAL.dueDate(t("2025-10-11T22:00"), TimeLimit.workingHours(8), ClockKind.ACCEPTANCE);
        assertEquals(t("2025-10-13T07:30"), weekend.effectiveStart());
        assertEquals(t("2025-10-13T17:00"), weekend.dueAt());
    }

    @Test
    public void aDurationThatUsesUpAPeriodEndsAtItsEnd() {
        // earliest instant: 1 working day from Monday 07:30 ends Monday 17:00, not Tuesday 07:30
        assertEquals(t("2025-10-06T17:00"), due("2025-10-06T07:30", TimeLimit.workingDays(1)).dueAt());
        assertEquals(t("2025-10-06T11:30"), due("2025-10-06T07:30", TimeLimit.workingDays(0.5)).dueAt());
        assertEquals(t("2025-10-06T11:30"), due("2025-10-06T07:30", TimeLimit.workingHours(4)).dueAt());
        assertEquals(t("2025-10-06T13:30"), due("2025-10-06T07:30", TimeLimit.workingHours(4.5)).dueAt());
    }

    @Test
    public void calendarDaysEndAtTheEndOfAWorkingDay() {
        // Civil Code Art 147–148: the day of receipt is not counted; a last day that is a day off moves to the next
        // working day. Fri 25/4/2025 + 5 days = Wed 30/4 (holiday), 1/5, 2/5 off, weekend → Monday 5/5 17:00.
        DueDate d = due("2025-04-25T10:00", TimeLimit.calendarDays(5));
        assertEquals(t("2025-05-05T17:00"), d.dueAt());
        assertEquals(t("2025-10-08T17:00"), due("2025-10-07T10:00", TimeLimit.calendarDays(1)).dueAt());
        assertEquals(t("2025-11-06T17:00"), due("2025-10-07T10:00", TimeLimit.calendarDays(30)).dueAt());
    }

    @Test
    public void immediateIsDueAtOnceOrAtTheNextWorkingInstant() {
        DueDate d = due("2025-10-07T16:00", TimeLimit.IMMEDIATE);
        assertEquals("no cut-off for an immediate result", t("2025-10-07T16:00"), d.dueAt());
        assertEquals(t("2025-10-13T07:30"), due("2025-10-11T10:00", TimeLimit.IMMEDIATE).dueAt());
        assertEquals(0, d.workingSeconds());
    }

    @Test
    public void ruleSetIsChosenByTheReceiptDate() {
        assertEquals("ND61-2018", due("2025-06-30T10:00", TimeLimit.workingDays(1)).ruleSet().id());
        assertEquals("ND118-2025", due("2025-07-01T10:00", TimeLimit.workingDays(1)).ruleSet().id());
        // a province without a cut-off (seed 001 Art 11.3b)
        ProvinceCalendar noCutOff = new ProvinceCalendar("H06", 0, CAL.calendar(), CAL.rules().map(r -> r.withCutOff(null)));
        assertEquals(t("2025-10-07T15:30"), noCutOff.dueDate(t("2025-10-07T15:30"), TimeLimit.workingHours(1))
            .effectiveStart());
    }

    @Test
    public void provisionalYearsAreFlagged() {
        assertTrue(due("2027-03-01T10:00", TimeLimit.workingDays(5)).provisional());
        assertTrue("runs into 2027", due("2026-12-28T10:00", TimeLimit.workingDays(10)).provisional());
        assertFalse(due("2026-12-01T10:00", TimeLimit.workingDays(5)).provisional());
    }

    @Test
    public void invalidInputNamesTheField() {
        ValidationException unit = assertThrows(ValidationException.class, () -> new TimeLimit(BigDecimal.ONE, null));
        assertEquals("unit", unit.errors().get(0).field());
        assertEquals("value", assertThrows(ValidationException.class,
            () -> new TimeLimit(BigDecimal.ZERO, DurationUnit.WORKING_DAYS)).errors().get(0).field());
        assertEquals("not-whole", assertThrows(ValidationException.class,
            () -> new TimeLimit(new BigDecimal("1.5"), DurationUnit.CALENDAR_DAYS)).errors().get(0).code());
        assertEquals("not-allowed", assertThrows(ValidationException.class,
            () -> new TimeLimit(BigDecimal.TEN, DurationUnit.IMMEDIATE)).errors().get(0).code());
        assertEquals("too-precise", assertThrows(ValidationException.class,
            () -> new TimeLimit(new BigDecimal("1.125"), DurationUnit.WORKING_DAYS)).errors().get(0).code());
        assertEquals("out-of-range", assertThrows(ValidationException.class,
            () -> new TimeLimit(new BigDecimal("1001"), DurationUnit.WORKING_DAYS)).errors().get(0).code());
        ValidationException old = assertThrows(ValidationException.class,
            () -> due("1999-12-31T10:00", TimeLimit.workingDays(1)));
        assertEquals("receivedAt", old.errors().get(0).field());
        ValidationException beyond = assertThrows(ValidationException.class,
            () -> due("2100-12-01T10:00", TimeLimit.workingDays(100)));
        assertEquals("duration", beyond.errors().get(0).field());
        assertEquals(new BigDecimal("15"), new TimeLimit(new BigDecimal("15.00"), DurationUnit.WORKING_DAYS).value());
        assertEquals(new BigDecimal("20"), new TimeLimit(new BigDecimal("2E+1"), DurationUnit.WORKING_DAYS).value());
    }
}
