package vn.motcua.calendar.engine;

/** Classification of a finished dossier against its due date and time (seed 000 Art 16.3). */
public enum Outcome {
    /**
     * Trước hạn: the result was confirmed at the latest at the end of the working day before the due day (16.3a).
     * Working time decides: a confirmation after that day's end but before the due day (an evening, a weekend, a
     * holiday) uses no working time of the due day, so it is early too.
     */
    EARLY,
    /** Đúng hạn: confirmed on the due day, up to the due time (16.3b). */
    ON_TIME,
    /** Quá hạn: confirmed after the due time, or not confirmed when it passed (16.3c). */
    LATE
}
