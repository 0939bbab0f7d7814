package vn.motcua.calendar.api;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import vn.motcua.calendar.engine.ExtraWorkingDay;
import vn.motcua.calendar.engine.NonWorkingDay;
import vn.motcua.calendar.engine.TimeRange;

/**
 * A province's year as its operator writes it: the whole year is replaced (days not listed are ordinary days).
 *
 * @param workingWeekdays  weekly working days; null = Monday–Friday
 * @param workingHours     working periods of a day; null = 07:30–11:30, 13:00–17:00
 * @param source           the decision the year follows (e.g. "Công văn 8726/VPCP-KGVX"); recommended
 * @param version          the version last read, to refuse a change made meanwhile by someone else (409); null = no
 *                         check
 */
public record CalendarYearInput(Set<DayOfWeek> workingWeekdays, List<TimeRange> workingHours,
                                List<NonWorkingDay> nonWorkingDays, List<ExtraWorkingDay> extraWorkingDays,
                                String source, Long version) {
}
