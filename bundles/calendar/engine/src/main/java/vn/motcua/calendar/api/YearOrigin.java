package vn.motcua.calendar.api;

/** Where a province's calendar year comes from. */
public enum YearOrigin {
    /** Set by the province's operator (always confirmed). */
    PROVINCE,
    /** Announced by the Government, shipped with the product. */
    BUILT_IN,
    /** Computed from the Labour Code (provisional). */
    COMPUTED
}
