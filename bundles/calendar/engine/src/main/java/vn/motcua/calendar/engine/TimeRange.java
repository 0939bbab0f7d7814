package vn.motcua.calendar.engine;

import java.time.LocalTime;

/** A working period of a day, {@code start} inclusive, {@code end} exclusive, e.g. 07:30–11:30. */
public record TimeRange(LocalTime start, LocalTime end) {

    public static TimeRange of(String start, String end) {
        return new TimeRange(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Length in seconds (0 for an empty or inverted range, which validation rejects). */
    public int seconds() {
        return start == null || end == null ? 0 : Math.max(0, end.toSecondOfDay() - start.toSecondOfDay());
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
