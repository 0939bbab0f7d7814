package vn.motcua.calendar.engine;

/** Why a day is not worked. */
public enum DayKind {
    /** Ngày nghỉ lễ, tết (Bộ luật Lao động 2019 Art 112). */
    HOLIDAY,
    /** Nghỉ bù: a holiday fell on the weekly rest day (Art 111.3). */
    COMPENSATORY,
    /** Nghỉ do hoán đổi ngày làm việc: a working day swapped with a rest day that is worked instead. */
    SWAPPED,
    /** Any other day off decided for the province (e.g. by the provincial People's Committee). */
    OTHER
}
