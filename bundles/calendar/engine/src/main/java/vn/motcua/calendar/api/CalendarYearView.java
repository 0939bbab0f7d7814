package vn.motcua.calendar.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import vn.motcua.calendar.engine.ExtraWorkingDay;
import vn.motcua.calendar.engine.NonWorkingDay;
import vn.motcua.calendar.engine.TimeRange;
import vn.motcua.calendar.engine.YearStatus;

/**
 * A province's calendar year as it is in force.
 *
 * @param workingDays           number of working days in the year
 * @param workingMinutesPerDay  length of a working day (1 working day of a time limit)
 * @param updatedAt             when the operator last replaced it (null unless origin is PROVINCE)
 * @param version               the stored version, for {@link CalendarYearInput#version()} (null unless PROVINCE)
 */
public record CalendarYearView(String province, int year, YearStatus status, YearOrigin origin, String source,
                               List<DayOfWeek> workingWeekdays, List<TimeRange> workingHours, int workingMinutesPerDay,
                               int workingDays, List<NonWorkingDay> nonWorkingDays,
                               List<ExtraWorkingDay> extraWorkingDays, Instant updatedAt, String updatedBy,
                               Long version) {
}
