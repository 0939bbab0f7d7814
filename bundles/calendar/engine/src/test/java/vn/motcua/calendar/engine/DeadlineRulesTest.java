package vn.motcua.calendar.engine;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ValidationException;

/** Classification (16.3), warnings (16.6), the clock stop (16.5) and the one-time extension, on real 2025–2026 dates. */
public class DeadlineRulesTest {
    static final ProvinceCalendar CAL = DueDateTest.CAL;

    static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    // clauses: 000-16.3, 000-16.3a, 000-16.3b, 000-16.3c
    @Test
    public void earlyOnTimeLateExactlyAsArticle16Point3() {
        LocalDateTime due = CAL.dueDate(t("2026-02-13T10:00"), TimeLimit.workingDays(3)).dueAt(); // Wed 25/2 10:00
        assertEquals(t("2026-02-25T10:00"), due);
        assertEquals(Outcome.EARLY, ProvinceCalendar.classify(due, t("2026-02-24T16:59")));
        assertEquals("the end of the working day before the due day", Outcome.EARLY,
            ProvinceCalendar.classify(due, t("2026-02-24T17:00")));
        assertEquals("after hours the evening before: no working time of the due day used", Outcome.EARLY,
            ProvinceCalendar.classify(due, t("2026-02-24T20:00")));
        assertEquals(Outcome.ON_TIME, ProvinceCalendar.classify(due, t("2026-02-25T07:30")));
        assertEquals(Outcome.ON_TIME, ProvinceCalendar.classify(due, t("2026-02-25T10:00")));
        assertEquals(Outcome.LATE, ProvinceCalendar.classify(due, t("2026-02-25T10:00:01")));
        assertEquals(Outcome.LATE, ProvinceCalendar.classify(due, t("2026-02-26T08:00")));
        // due on Monday 23/2/2026 (first day after Tết): confirmed during the holiday → early
        LocalDateTime afterTet = CAL.dueDate(t("2026-02-13T15:30"), TimeLimit.workingDays(1)).dueAt();
        assertEquals(t("2026-02-23T17:00"), afterTet);
        assertEquals(Outcome.EARLY, ProvinceCalendar.classify(afterTet, t("2026-02-18T09:00")));
        assertEquals(Outcome.ON_TIME, ProvinceCalendar.classify(afterTet, t("2026-02-23T16:00")));
    }

    // clauses: 000-16.3c, 000-16.6b
    @Test
    public void remainingTimeAndDueSoonAndOverdueWarnings() {
        RuleSet rules = RuleSets.REGIME_2025;
        LocalDateTime due = t("2025-09-03T10:00"); // Wednesday after National Day
        // Friday 29/8 16:00: 1 h on Friday + 2.5 h on Wednesday = 3.5 working hours left → less than one working day
        assertEquals(3.5 * 3600, CAL.remainingSeconds(due, t("2025-08-29T16:00")), 0);
        assertEquals(Set.of(Warning.DUE_SOON), CAL.warnings(rules, due, t("2025-08-29T16:00")));
        // Friday 10:00: 5.5 h + 2.5 h = 8 h left, not "less than" one working day; a second later it is
        assertEquals(Set.of(), CAL.warnings(rules, due, t("2025-08-29T10:00")));
        assertEquals(Set.of(Warning.DUE_SOON), CAL.warnings(rules, due, t("2025-08-29T10:00:01")));
        assertEquals(Set.of(Warning.OVERDUE), CAL.warnings(rules, due, t("2025-09-03T10:00:01")));
        assertEquals(-3600 * 2, CAL.remainingSeconds(due, t("2025-09-03T13:30")));
    }

    // clauses: 000-16.6a, 000-16.6c
    @Test
    public void stepAndInteragencyWarnings() {
        // a step of 8 working hours started Friday 29/8/2025 10:00 is over its time after Wednesday 3/9 10:00
        assertFalse(CAL.stepOverdue(t("2025-08-29T10:00"), TimeLimit.workingHours(8), t("2025-09-03T10:00")));
        assertTrue(CAL.stepOverdue(t("2025-08-29T10:00"), TimeLimit.workingHours(8), t("2025-09-03T10:01")));
        // interagency: agencies so far allotted 2 + 3 working days from Mon 6/10/2025 07:30; transfer received
        // Monday 13/10 (5 days used: on time) and Tuesday 14/10 08:00 (over the combined time)
        List<TimeLimit> soFar = List.of(TimeLimit.workingDays(2), TimeLimit.workingDays(3));
        assertFalse(CAL.interagencyOverrun(t("2025-10-06T07:30"), soFar, t("2025-10-13T07:30")));
        assertTrue(CAL.interagencyOverrun(t("2025-10-06T07:30"), soFar, t("2025-10-13T08:00")));
        assertEquals(Set.of(Warning.OVERDUE, Warning.INTERAGENCY_OVERRUN, Warning.STEP_OVERDUE, Warning.DUE_SOON),
            Set.of(Warning.values()));
        assertTrue(Warning.OVERDUE.severity() > Warning.DUE_SOON.severity());
    }

    // clauses: 000-16.5b#1, 000-16.5b#2
    @Test
    public void restartCountsTheWholeTimeAgainFromTheNewReceipt() {
        DossierClock c = CAL.startClock(t("2026-03-02T08:00"), TimeLimit.workingDays(5));
        assertEquals(t("2026-03-09T08:00"), c.dueAt());
        c = CAL.stopClock(c, t("2026-03-04T10:00"));
        assertEquals(DossierClock.State.STOPPED, c.state());
        assertEquals("2025 rules: 15 working days to supplement", t("2026-03-25T10:00"), c.waitDeadline());
        c = CAL.resumeClock(c, t("2026-03-10T09:00"));
        assertEquals(DossierClock.State.RUNNING, c.state());
        assertEquals(t("2026-03-10T09:00"), c.receivedAt());
        assertEquals(t("2026-03-17T09:00"), c.dueAt());
        assertEquals("the original due date stays in the record", t("2026-03-09T08:00"), c.originalDueAt());
        assertEquals(1, c.restarts());
        assertEquals(1, c.stops());
        // the supplemented dossier received after 15:00 restarts from the next working day
        DossierClock late = CAL.resumeClock(CAL.stopClock(CAL.startClock(t("2026-03-02T08:00"),
            TimeLimit.workingDays(5)), t("2026-03-04T10:00")), t("2026-03-10T16:00"));
        assertEquals(t("2026-03-11T07:30"), late.effectiveStart());
        assertEquals(t("2026-03-17T17:00"), late.dueAt());
    }

    @Test
    public void aFinancialObligationPausesTheClockUnderEveryRuleSet() {
        // the national rules restart after a supplement, but the time spent paying is simply not counted
        DossierClock c = CAL.startClock(t("2026-03-02T08:00"), TimeLimit.workingDays(5));
        c = CAL.stopClock(c, t("2026-03-04T10:00"));
        c = CAL.resumeClockAfterPayment(c, t("2026-03-10T09:00"));
        assertEquals(DossierClock.State.RUNNING, c.state());
        assertEquals("same 31 working hours of waiting as a paused supplement", t("2026-03-12T16:30"), c.dueAt());
        assertEquals("no new receipt", t("2026-03-02T08:00"), c.receivedAt());
        assertEquals(0, c.restarts());
        DossierClock running = c;
        assertEquals("clock-running", assertThrows(ConflictException.class,
            () -> CAL.resumeClockAfterPayment(running, t("2026-03-11T09:00"))).code());
    }

    @Test
    public void pauseMovesTheDueDateByTheWorkingTimeSpentWaiting() {
        ProvinceCalendar paused = new ProvinceCalendar("H06", 0, CAL.calendar(),
            CAL.rules().map(r -> r.withClockStop(ClockStopMode.PAUSE)));
        DossierClock c = paused.startClock(t("2026-03-02T08:00"), TimeLimit.workingDays(5));
        c = paused.stopClock(c, t("2026-03-04T10:00"));
        c = paused.resumeClock(c, t("2026-03-10T09:00"));
        // waited Wed 5.5 h + Thu 8 + Fri 8 + Mon 8 + Tue 1.5 = 31 h; Mon 9/3 08:00 + 31 h → Thu 12/3 16:30
        assertEquals(t("2026-03-12T16:30"), c.dueAt());
        assertEquals(t("2026-03-02T08:00"), c.receivedAt());
        assertEquals(0, c.restarts());
        // equivalently: the 22 working hours left at the stop run from the resumption
        assertEquals(22 * 3600, paused.elapsedSeconds(t("2026-03-04T10:00"), t("2026-03-09T08:00")));
        assertEquals(22 * 3600, paused.elapsedSeconds(t("2026-03-10T09:00"), c.dueAt()));
    }

    // clauses: 000-16.5b#1
    @Test
    public void theClockStopsOnlyWithinTheDeadlineAndOnlyOnce() {
        DossierClock c = CAL.startClock(t("2026-03-02T08:00"), TimeLimit.workingDays(1));
        assertEquals("past-due", assertThrows(ConflictException.class,
            () -> CAL.stopClock(c, t("2026-03-03T08:00:01"))).code());
        DossierClock stopped = CAL.stopClock(c, t("2026-03-02T09:00"));
        assertEquals("clock-stopped", assertThrows(ConflictException.class,
            () -> CAL.stopClock(stopped, t("2026-03-02T10:00"))).code());
        assertEquals("clock-running", assertThrows(ConflictException.class,
            () -> CAL.resumeClock(c, t("2026-03-02T10:00"))).code());
        assertEquals("at", assertThrows(ValidationException.class,
            () -> CAL.resumeClock(stopped, t("2026-03-02T08:30"))).errors().get(0).field());
        // the 2018 rules set no time to supplement
        DossierClock old = CAL.stopClock(CAL.startClock(t("2025-03-03T08:00"), TimeLimit.workingDays(5)),
            t("2025-03-04T08:00"));
        assertNull(old.waitDeadline());
    }

    @Test
    public void anApologySetsANewDueDateOnce() {
        DossierClock c = CAL.startClock(t("2026-03-02T08:00"), TimeLimit.workingDays(5)); // due Mon 9/3 08:00
        assertEquals(t("2026-03-06T08:00"), CAL.apologyDeadline(c.dueAt()));
        DossierClock extended = CAL.extendDue(c, t("2026-03-13T17:00"), t("2026-03-05T10:00"));
        assertEquals(t("2026-03-13T17:00"), extended.dueAt());
        assertEquals(t("2026-03-09T08:00"), extended.dueBeforeExtension());
        assertEquals(t("2026-03-09T08:00"), extended.originalDueAt());
        assertTrue(extended.apologyOnTime());
        assertEquals("on time against the new date", Outcome.ON_TIME, extended.outcome(t("2026-03-13T16:00")));
        assertEquals("already-extended", assertThrows(ConflictException.class,
            () -> CAL.extendDue(extended, t("2026-03-20T17:00"), t("2026-03-12T10:00"))).code());
        assertEquals("not-later", assertThrows(ValidationException.class,
            () -> CAL.extendDue(c, t("2026-03-09T08:00"), t("2026-03-05T10:00"))).errors().get(0).code());
        assertEquals("not-working-time", assertThrows(ValidationException.class,
            () -> CAL.extendDue(c, t("2026-03-14T10:00"), t("2026-03-05T10:00"))).errors().get(0).code());
        assertEquals("not-working-time", assertThrows(ValidationException.class,
            () -> CAL.extendDue(c, t("2026-03-13T18:00"), t("2026-03-05T10:00"))).errors().get(0).code());
        assertFalse("an apology later than one working day before the due date is recorded as late",
            CAL.extendDue(c, t("2026-03-13T17:00"), t("2026-03-06T09:00")).apologyOnTime());
    }

    @Test
    public void moreThanOneSupplementRequestCountsAsLateForTheNationalIndicators() {
        DossierClock c = CAL.startClock(t("2026-03-02T08:00"), TimeLimit.workingDays(5));
        c = CAL.resumeClock(CAL.stopClock(c, t("2026-03-03T08:00")), t("2026-03-04T08:00"));
        assertEquals(Outcome.EARLY, c.indicatorOutcome(t("2026-03-05T08:00")));
        c = CAL.resumeClock(CAL.stopClock(c, t("2026-03-05T08:00")), t("2026-03-06T08:00"));
        assertEquals(Outcome.EARLY, c.outcome(t("2026-03-07T08:00")));
        assertEquals(Outcome.LATE, c.indicatorOutcome(t("2026-03-07T08:00")));
    }
}
