package vn.motcua.calendar.engine;

import java.time.LocalDate;

/** A day off that would otherwise be worked (or a holiday falling on a rest day, kept for the record). */
public record NonWorkingDay(LocalDate date, DayKind kind, String name) {
}
