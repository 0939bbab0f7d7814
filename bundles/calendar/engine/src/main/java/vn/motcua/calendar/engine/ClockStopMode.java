package vn.motcua.calendar.engine;

/** What a stop of the clock (waiting for a supplement or a financial obligation) does to the deadline. */
public enum ClockStopMode {
    /**
     * Seed 000 Art 16.5b: the clock stops at the request and the whole time limit counts again from zero at the new
     * receipt of the supplemented dossier (same dossier code, supplement count on the receipt).
     */
    RESTART,
    /** The clock stops and resumes: the due date moves later by the working time spent waiting. */
    PAUSE
}
