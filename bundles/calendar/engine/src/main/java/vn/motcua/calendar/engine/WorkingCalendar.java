package vn.motcua.calendar.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A run of consecutive calendar years compiled into a working-time index, so that every deadline computation is a few
 * array reads and one short search — no loop over days, no allocation beyond the result.
 *
 * <p>Working time is measured as a <em>position</em>: the working seconds from the start of the first year up to an
 * instant. {@code cumulative[i]} holds the position at the start of day {@code i}, and each working day points to its
 * working-hours profile (seconds of day of each period's start and end). Then
 * <ul>
 * <li>position of an instant = {@code cumulative[day]} + the worked part of that day (≤ 4 periods);</li>
 * <li>the instant of a position = the day found by a galloping search from a hint (the start day) + a walk over that
 * day's periods;</li>
 * <li>elapsed working time = difference of positions; a due date = the instant of start position + duration.</li>
 * </ul>
 * The instant of a position is the <em>earliest</em> one: a duration that uses up a morning ends at 11:30, not at
 * 13:00; one that uses up a day ends at 17:00 of that day, not at 07:30 of the next. Instants are handled to the second.
 */
public final class WorkingCalendar {
    private static final int NOT_WORKING = -1;

    private final int firstYear;
    private final int lastYear;
    private final long firstEpochDay;
    private final int days;
    /** Working seconds before day i; {@code days + 1} entries, the last one the total. */
    private final long[] cumulative;
    /** Working-hours profile of day i, or {@link #NOT_WORKING}. */
    private final byte[] profileOfDay;
    private final int[][] periodStarts;
    private final int[][] periodEnds;
    private final CalendarYear[] years;
    /** The date of day i, kept so that turning a position back into a date-time costs no calendar arithmetic. */
    private final LocalDate[] dates;
    /** Day index of the first day of each month ({@code (year - firstYear) * 12 + month - 1}): a date's index is two reads. */
    private final int[] monthStart;
    /** The first working day at or after day i ({@code days} when none is left). */
    private final int[] nextWorking;
    /** Whether each year is provisional. */
    private final boolean[] provisional;

    private WorkingCalendar(List<CalendarYear> sorted) {
        this.firstYear = sorted.get(0).year();
        this.lastYear = sorted.get(sorted.size() - 1).year();
        this.firstEpochDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        this.days = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - firstEpochDay);
        this.cumulative = new long[days + 1];
        this.profileOfDay = new byte[days];
        this.years = sorted.toArray(new CalendarYear[0]);
        this.dates = new LocalDate[days];
        this.monthStart = new int[sorted.size() * 12];
        this.nextWorking = new int[days + 1];
        this.provisional = new boolean[sorted.size()];
        List<List<TimeRange>> profiles = new ArrayList<>();
        int i = 0;
        for (CalendarYear y : sorted) {
            int profile = profiles.indexOf(y.workingHours());
            if (profile < 0) {
                profile = profiles.size();
                profiles.add(y.workingHours());
            }
            int perDay = y.secondsPerWorkingDay();
            Set<LocalDate> off = new HashSet<>();
            y.nonWorkingDays().forEach(d -> off.add(d.date()));
            Set<LocalDate> extra = new HashSet<>();
            y.extraWorkingDays().forEach(d -> extra.add(d.date()));
            provisional[y.year() - firstYear] = y.status() == YearStatus.PROVISIONAL;
            for (LocalDate d = LocalDate.of(y.year(), 1, 1); d.getYear() == y.year(); d = d.plusDays(1), i++) {
                if (d.getDayOfMonth() == 1) {
                    monthStart[(y.year() - firstYear) * 12 + d.getMonthValue() - 1] = i;
                }
                boolean working = extra.contains(d) || (!off.contains(d) && y.workingWeekdays().contains(d.getDayOfWeek()));
                profileOfDay[i] = (byte) (working ? profile : NOT_WORKING);
                dates[i] = d;
                cumulative[i + 1] = cumulative[i] + (working ? perDay : 0);
            }
        }
        nextWorking[days] = days;
        for (int j = days - 1; j >= 0; j--) {
            nextWorking[j] = profileOfDay[j] != NOT_WORKING ? j : nextWorking[j + 1];
        }
        if (profiles.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("too many different working hours: " + profiles.size());
        }
        periodStarts = new int[profiles.size()][];
        periodEnds = new int[profiles.size()][];
        for (int p = 0; p < profiles.size(); p++) {
            List<TimeRange> ranges = profiles.get(p);
            periodStarts[p] = new int[ranges.size()];
            periodEnds[p] = new int[ranges.size()];
            for (int k = 0; k < ranges.size(); k++) {
                periodStarts[p][k] = ranges.get(k).start().toSecondOfDay();
                periodEnds[p][k] = ranges.get(k).end().toSecondOfDay();
            }
        }
    }

    /**
     * Compiles consecutive years (any order, no gaps, no year twice).
     *
     * @throws IllegalArgumentException for a gap, a duplicate or no year at all
     */
    public static WorkingCalendar of(Collection<CalendarYear> years) {
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear y : years) {
            if (byYear.put(y.year(), y) != null) {
                throw new IllegalArgumentException("year " + y.year() + " given twice");
            }
        }
        if (byYear.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs at least one year");
        }
        if (byYear.lastKey() - byYear.firstKey() + 1 != byYear.size()) {
            throw new IllegalArgumentException("years must be consecutive: " + byYear.keySet());
        }
        return new WorkingCalendar(new ArrayList<>(byYear.values()));
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /** The data a year was compiled from. */
    public CalendarYear year(int year) {
        if (year < firstYear || year > lastYear) {
            throw outside(year);
        }
        return years[year - firstYear];
    }

    public YearStatus status(int year) {
        return year(year).status();
    }

    /** Whether any year from {@code fromYear} to {@code toYear} is provisional. */
    public boolean anyProvisional(int fromYear, int toYear) {
        for (int y = Math.max(fromYear, firstYear); y <= Math.min(toYear, lastYear); y++) {
            if (provisional[y - firstYear]) {
                return true;
            }
        }
        return false;
    }

    public boolean isWorkingDay(LocalDate date) {
        return profileOfDay[index(date)] != NOT_WORKING;
    }

    /** Working seconds of a day (0 for a day off). */
    public int workingSecondsOf(LocalDate date) {
        int i = index(date);
        return (int) (cumulative[i + 1] - cumulative[i]);
    }

    /** Whether the office works at {@code t}: a working day, inside one of its periods (start inclusive, end exclusive). */
    public boolean isWorkingTime(LocalDateTime t) {
        int p = profileOfDay[index(t.toLocalDate())];
        if (p == NOT_WORKING) {
            return false;
        }
        int s = t.toLocalTime().toSecondOfDay();
        for (int k = 0; k < periodStarts[p].length; k++) {
            if (s >= periodStarts[p][k] && s < periodEnds[p][k]) {
                return true;
            }
        }
        return false;
    }

    /** Working seconds from the start of {@link #firstYear()} to {@code t}. */
    public long position(LocalDateTime t) {
        int i = index(t.toLocalDate());
        long w = cumulative[i];
        int p = profileOfDay[i];
        if (p == NOT_WORKING) {
            return w;
        }
        int s = t.toLocalTime().toSecondOfDay();
        int[] starts = periodStarts[p];
        int[] ends = periodEnds[p];
        for (int k = 0; k < starts.length && s > starts[k]; k++) {
            w += Math.min(s, ends[k]) - starts[k];
        }
        return w;
    }

    /** The last position the calendar holds (end of the last working day of {@link #lastYear()}). */
    public long lastPosition() {
        return cumulative[days];
    }

    /** The earliest instant whose position is {@code position}. */
    public LocalDateTime at(long position) {
        return at(position, 0);
    }

    /**
     * The earliest instant whose position is {@code position}, searching forward from {@code near} (a day at or before
     * the answer, such as the start of a duration, saves most of the search).
     */
    public LocalDateTime at(long position, LocalDate near) {
        return at(position, covers(near) ? index(near) : 0);
    }

    /** Earliest instant at a position, searching from day {@code hint} (any day index; a good one saves steps). */
    private LocalDateTime at(long position, int hint) {
        if (position <= 0) {
            if (position < 0) {
                throw new IllegalArgumentException("working-time position before " + firstYear + ": " + position);
            }
            return LocalDate.ofEpochDay(firstEpochDay).atStartOfDay();
        }
        if (position > cumulative[days]) {
            throw new IllegalArgumentException("working time runs past the end of " + lastYear);
        }
        int i = dayReaching(position, hint);
        long rem = position - cumulative[i];
        int p = profileOfDay[i];
        int[] starts = periodStarts[p];
        int[] ends = periodEnds[p];
        for (int k = 0; ; k++) {
            int len = ends[k] - starts[k];
            if (rem <= len) {
                return LocalDateTime.of(dates[i], LocalTime.ofSecondOfDay(starts[k] + rem));
            }
            rem -= len;
        }
    }

    /** The day i with {@code cumulative[i] < position <= cumulative[i + 1]}: galloping from the hint, then bisection. */
    private int dayReaching(long position, int hint) {
        int lo = hint >= 0 && hint < days && cumulative[hint] < position ? hint : 0;
        int hi = lo + 1;
        int step = 1;
        while (hi < days && cumulative[hi] < position) {
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }
        if (hi > days) {
            hi = days;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < position) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The instant {@code seconds} of working time after {@code from} (the earliest such instant); {@code from} itself
     * for 0.
     */
    public LocalDateTime plusWorkingSeconds(LocalDateTime from, long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("negative working time: " + seconds);
        }
        if (seconds == 0) {
            return from;
        }
        return at(position(from) + seconds, index(from.toLocalDate()));
    }

    /** Working seconds from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public long workingSecondsBetween(LocalDateTime from, LocalDateTime to) {
        return position(to) - position(from);
    }

    /** {@code t} when the office works then, else the start of the next working period. */
    public LocalDateTime nextWorkingInstant(LocalDateTime t) {
        int i = index(t.toLocalDate());
        int p = profileOfDay[i];
        if (p != NOT_WORKING) {
            int s = t.toLocalTime().toSecondOfDay();
            for (int k = 0; k < periodStarts[p].length; k++) {
                if (s < periodEnds[p][k]) {
                    return s >= periodStarts[p][k] ? t : t.toLocalDate().atTime(LocalTime.ofSecondOfDay(periodStarts[p][k]));
                }
            }
        }
        return startOfWorkingDayAfter(i);
    }

    /** The start of the first working period of the first working day after {@code date}. */
    public LocalDateTime startOfNextWorkingDay(LocalDate date) {
        return startOfWorkingDayAfter(index(date));
    }

    private LocalDateTime startOfWorkingDayAfter(int i) {
        int j = nextWorking[i + 1];
        if (j < days) {
            return dates[j].atTime(LocalTime.ofSecondOfDay(periodStarts[profileOfDay[j]][0]));
        }
        throw new IllegalArgumentException("no working day after " + dates[i]
            + " in the calendar (ends " + lastYear + ")");
    }

    /** {@code date} when it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        int j = nextWorking[index(date)];
        if (j < days) {
            return dates[j];
        }
        throw new IllegalArgumentException("no working day from " + date + " in the calendar (ends " + lastYear + ")");
    }

    /** The end of the last working period of a working day. */
    public LocalDateTime endOfWorkingDay(LocalDate workingDay) {
        int p = profileOfDay[index(workingDay)];
        if (p == NOT_WORKING) {
            throw new IllegalArgumentException(workingDay + " is not a working day");
        }
        return workingDay.atTime(LocalTime.ofSecondOfDay(periodEnds[p][periodEnds[p].length - 1]));
    }

    /** The start of the first working period of a working day. */
    public LocalDateTime startOfWorkingDay(LocalDate workingDay) {
        int p = profileOfDay[index(workingDay)];
        if (p == NOT_WORKING) {
            throw new IllegalArgumentException(workingDay + " is not a working day");
        }
        return workingDay.atTime(LocalTime.ofSecondOfDay(periodStarts[p][0]));
    }

    private int index(LocalDate date) {
        int y = date.getYear() - firstYear;
        if (y < 0 || y >= years.length) {
            throw outside(date.getYear());
        }
        return monthStart[y * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1;
    }

    private IllegalArgumentException outside(int year) {
        return new IllegalArgumentException("year " + year + " is outside the calendar (" + firstYear + "–" + lastYear
            + ")");
    }
}
