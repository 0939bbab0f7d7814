package vn.motcua.calendar.engine;

/** Units of a statutory time limit, as the catalogue publishes them. */
public enum DurationUnit {
    /** Ngày làm việc: one day = the working seconds of a working day (8 h by default). */
    WORKING_DAYS,
    /** Giờ làm việc. */
    WORKING_HOURS,
    /**
     * Ngày (calendar days, Civil Code 2015 Art 147–148): the day of receipt is not counted; the limit ends at the end
     * of the working day of the last day, moved to the next working day when that is a day off.
     */
    CALENDAR_DAYS,
    /** Giải quyết ngay: the result is due at once (at the next working instant when received outside hours). */
    IMMEDIATE
}
