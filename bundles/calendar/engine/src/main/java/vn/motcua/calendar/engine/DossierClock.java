package vn.motcua.calendar.engine;

import java.time.LocalDateTime;

/**
 * The deadline state of one dossier, as the processing bundle stores it; changed only through
 * {@link ProvinceCalendar#stopClock}, {@link ProvinceCalendar#resumeClock} and {@link ProvinceCalendar#extendDue}, which
 * return a new value.
 *
 * @param ruleSetId          the rule set of the first receipt; it governs the dossier to the end
 * @param firstReceivedAt    the first receipt
 * @param receivedAt         the latest receipt (a RESTART after a supplement issues a new one with the same code)
 * @param effectiveStart     when the clock of the latest receipt started
 * @param originalDueAt      the first due date, kept in the record after restarts, pauses and an extension
 * @param dueAt              the due date in force
 * @param stoppedAt          when the clock stopped (waiting for the applicant), or null while it runs
 * @param waitDeadline       by when the applicant must supplement before the dossier is closed (2025 rules), or null
 * @param stops              supplement / financial-obligation requests so far
 * @param restarts           receipts of supplemented dossiers that restarted the clock (the receipt's supplement count)
 * @param extendedAt         when an apology set a new due date, or null
 * @param dueBeforeExtension the due date the apology replaced, or null
 * @param apologyOnTime      whether the apology came at the latest one working day before that due date, or null
 */
public record DossierClock(String ruleSetId, TimeLimit limit, LocalDateTime firstReceivedAt, LocalDateTime receivedAt,
                           LocalDateTime effectiveStart, LocalDateTime originalDueAt, LocalDateTime dueAt, State state,
                           LocalDateTime stoppedAt, LocalDateTime waitDeadline, int stops, int restarts,
                           LocalDateTime extendedAt, LocalDateTime dueBeforeExtension, Boolean apologyOnTime) {

    public enum State { RUNNING, STOPPED }

    public boolean extended() {
        return extendedAt != null;
    }

    /** Early / on time / late against the due date in force (seed 000 Art 16.3; after an apology, the new date). */
    public Outcome outcome(LocalDateTime confirmedAt) {
        return ProvinceCalendar.classify(dueAt, confirmedAt);
    }

    /** For the national indicators a dossier with more than one supplement request counts as late (DOMAIN §8). */
    public Outcome indicatorOutcome(LocalDateTime confirmedAt) {
        return stops > 1 ? Outcome.LATE : outcome(confirmedAt);
    }
}
