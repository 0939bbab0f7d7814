package vn.motcua.calendar.engine;

import java.time.LocalDate;

/** Ngày làm bù: a weekly rest day that is worked, usually in exchange for a swapped day off. */
public record ExtraWorkingDay(LocalDate date, String name) {
}
