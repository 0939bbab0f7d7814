package vn.motcua.calendar.engine;

/**
 * Whether a year's calendar is the announced one. PROVISIONAL years are computed from the Labour Code and may still
 * change when the Government announces the year's Tết and National Day arrangements; due dates that cross such a year
 * say so.
 */
public enum YearStatus {
    /** Announced by the Government (built-in data with its source) or confirmed by the provincial operator. */
    CONFIRMED,
    /** Computed default (Bộ luật Lao động 2019 Art 111–112 and the lunar calendar), not yet confirmed. */
    PROVISIONAL
}
