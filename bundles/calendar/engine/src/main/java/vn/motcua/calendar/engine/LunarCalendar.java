package vn.motcua.calendar.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for the meridian of UTC+7.
 *
 * <p>Rules: a month starts on the day (local time) of a new moon; the month containing the winter solstice is month
 * 11; a lunar year from one month 11 to the next that holds 13 months inserts a leap month (tháng nhuận) after the
 * first month without a principal solar term (trung khí). New moons and the sun's longitude come from the truncated
 * series of J. Meeus, <i>Astronomical Algorithms</i> (1998), ch. 47 and 25, as published for this calendar by Hồ Ngọc
 * Đức ("Thuật toán tính âm lịch"); accurate to minutes, which is enough for 1800–2199. The time zone matters: China
 * (UTC+8) and Vietnam place a few new moons on different days, so Tết 1985 and 2007 differ between the two
 * ({@code LunarCalendarTest}).
 *
 * <p>Instances are immutable and thread-safe; {@link #VIETNAM} is the calendar the product uses.
 */
public final class LunarCalendar {
    /** Vietnam: UTC+7 (the official time zone since 1975). */
    public static final LunarCalendar VIETNAM = new LunarCalendar(7);
    /** China: UTC+8, for comparisons only. */
    public static final LunarCalendar CHINA = new LunarCalendar(8);

    /** Years for which the series are trusted. */
    public static final int MIN_YEAR = 1800;
    public static final int MAX_YEAR = 2199;

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1900-01-01 (k = 0 in the series below). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private final double timeZoneHours;

    private LunarCalendar(double timeZoneHours) {
        this.timeZoneHours = timeZoneHours;
    }

    /** A date of the lunar calendar: day 1–30, month 1–12, {@code leap} for the intercalary month of that number. */
    public record LunarDate(int year, int month, int day, boolean leap) {
        public LunarDate {
            if (month < 1 || month > 12 || day < 1 || day > 30) {
                throw new IllegalArgumentException("no lunar date " + day + "/" + month + "/" + year);
            }
        }

        @Override
        public String toString() {
            return day + "/" + month + (leap ? " nhuận" : "") + "/" + year + " âm lịch";
        }
    }

    /** The lunar date of a solar (Gregorian) date. */
    public LunarDate fromSolar(LocalDate date) {
        Objects.requireNonNull(date, "date");
        checkYear(date.getYear());
        long dayNumber = julianDay(date);
        // The mean lunation only estimates which new moon starts the month; the true one can be a day or more away
        // from it (e.g. April 2054), so step to the new moon on or before the day whose successor is after it.
        long k = floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        while (monthStart > dayNumber) {
            k--;
            monthStart = newMoonDay(k + 1);
        }
        while (newMoonDay(k + 2) <= dayNumber) {
            k++;
            monthStart = newMoonDay(k + 1);
        }
        int yy = date.getYear();
        long a11 = lunarMonth11(yy);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = lunarMonth11(yy - 1);
        } else {
            lunarYear = yy + 1;
            b11 = lunarMonth11(yy + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = leapMonthOffset(a11);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapMonthDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws IllegalArgumentException for a leap month that year does not have, or day 30 of a 29-day month
     */
    public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leap) {
        new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
        checkYear(lunarYear);
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonth = leapOff - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && lunarMonth != leapMonth) {
                throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + lunarMonth);
            } else if (leap || off >= leapOff) {
                off += 1;
            }
        } else if (leap) {
            throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month");
        }
        long k = floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + off);
        LocalDate result = fromJulianDay(monthStart + lunarDay - 1);
        if (lunarDay == 30 && newMoonDay(k + off + 1) == monthStart + 29) {
            throw new IllegalArgumentException("lunar month " + lunarMonth + "/" + lunarYear + " has only 29 days");
        }
        return result;
    }

    /** Mùng 1 Tết: the first day of lunar year {@code year} (the one that starts in solar year {@code year}). */
    public LocalDate newYear(int year) {
        return toSolar(year, 1, 1, false);
    }

    /** The last day of the lunar year that ends just before the Tết of solar year {@code year} (29 or 30 tháng Chạp). */
    public LocalDate lastDayBeforeNewYear(int year) {
        return newYear(year).minusDays(1);
    }

    /** Number of the leap month of lunar year {@code year}, or 0 when it has none. */
    public int leapMonth(int year) {
        LocalDate next = newYear(year + 1);
        for (LocalDate d = newYear(year); d.isBefore(next); ) {
            LunarDate l = fromSolar(d);
            if (l.leap()) {
                return l.month();
            }
            d = d.plusDays(31 - l.day()); // day 1 or 2 of the following month
        }
        return 0;
    }

    // --- astronomy -------------------------------------------------------------------------------------------------

    /** Day number (local) of the k-th new moon after that of 1900-01-01. */
    private long newMoonDay(long k) {
        return floor(newMoon(k) + 0.5 + timeZoneHours / 24);
    }

    /** Sector (0–11) of 30° of the sun's apparent longitude at the start of a local day. */
    private int sunLongitudeSector(long dayNumber) {
        return (int) floor(sunLongitude(dayNumber - 0.5 - timeZoneHours / 24) / Math.PI * 6);
    }

    /** Day number of the start of lunar month 11 (the month holding the winter solstice) of solar year {@code yy}. */
    private long lunarMonth11(int yy) {
        long off = julianDay(LocalDate.of(yy, 12, 31)) - 2415021;
        long k = floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (sunLongitudeSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Offset (months after month 11) of the leap month: the first month without a principal term. */
    private int leapMonthOffset(long a11) {
        long k = floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Julian date (UT) of the k-th new moon after 1900-01-01: Meeus' truncated series. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians [0, 2π) at Julian date {@code jdn}: Meeus ch. 25, low precision. */
    static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * floor(l / (Math.PI * 2));
    }

    // The Gregorian calendar throughout: LocalDate's epoch day is the Julian day number minus 2440588.
    private static final long JULIAN_DAY_OF_EPOCH = 2440588;

    static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }

    static LocalDate fromJulianDay(long jd) {
        return LocalDate.ofEpochDay(jd - JULIAN_DAY_OF_EPOCH);
    }

    private static long floor(double x) {
        return (long) Math.floor(x);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("the lunar calendar is computed for " + MIN_YEAR + "–" + MAX_YEAR
                + " only, not " + year);
        }
    }
}
