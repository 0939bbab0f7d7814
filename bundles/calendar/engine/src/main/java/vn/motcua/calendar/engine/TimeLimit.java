package vn.motcua.calendar.engine;

import java.math.BigDecimal;
import java.util.Objects;

import vn.motcua.platform.api.error.Checks;

/**
 * A statutory time limit (thời hạn giải quyết): 15 WORKING_DAYS, 8 WORKING_HOURS, 30 CALENDAR_DAYS, IMMEDIATE.
 * Working days and hours may be fractional, to two decimals (0.5 working days); calendar days are whole. Checked on
 * construction, the fields named {@code value} and {@code unit}. A value class rather than a record so that it can
 * keep the amount in hundredths: converting it to working seconds is then integer arithmetic, on the hot path of
 * every due date.
 */
public final class TimeLimit {
    /** Largest values accepted, far above any published limit, to keep a typo from running past the calendar. */
    static final int MAX_WORKING_DAYS = 1000;
    static final int MAX_WORKING_HOURS = 8000;
    static final int MAX_CALENDAR_DAYS = 3650;
    static final int MAX_DECIMALS = 2;

    public static final TimeLimit IMMEDIATE = new TimeLimit(BigDecimal.ZERO, DurationUnit.IMMEDIATE);

    private final BigDecimal value;
    private final DurationUnit unit;
    /** {@code value} × 100, exact (at most two decimals). */
    private final long hundredths;

    public TimeLimit(BigDecimal value, DurationUnit unit) {
        Checks c = new Checks();
        if (c.required("unit", unit)) {
            if (unit == DurationUnit.IMMEDIATE) {
                if (value != null && value.signum() != 0) {
                    c.add("value", "not-allowed", "Thủ tục giải quyết ngay không có số lượng thời hạn (để trống hoặc 0)",
                        "an IMMEDIATE limit has no amount (leave it out or 0)");
                }
                value = BigDecimal.ZERO;
            } else if (c.required("value", value)) {
                value = value.stripTrailingZeros();
                if (value.signum() <= 0) {
                    c.add("value", "not-positive", "Phải lớn hơn 0", "must be greater than 0");
                } else if (unit == DurationUnit.CALENDAR_DAYS && value.scale() > 0) {
                    c.add("value", "not-whole", "Số ngày theo lịch phải là số nguyên", "calendar days must be a whole number");
                } else if (value.scale() > MAX_DECIMALS) {
                    c.add("value", "too-precise", "Tối đa " + MAX_DECIMALS + " chữ số thập phân",
                        "at most " + MAX_DECIMALS + " decimals");
                } else {
                    c.range("value", value, 0, max(unit));
                }
                if (value.scale() < 0) {
                    value = value.setScale(0);
                }
            }
        }
        c.throwIfAny();
        this.value = value;
        this.unit = unit;
        this.hundredths = value.movePointRight(2).longValueExact();
    }

    public BigDecimal value() {
        return value;
    }

    public DurationUnit unit() {
        return unit;
    }

    public static TimeLimit of(double value, DurationUnit unit) {
        return new TimeLimit(BigDecimal.valueOf(value), unit);
    }

    public static TimeLimit workingDays(double days) {
        return of(days, DurationUnit.WORKING_DAYS);
    }

    public static TimeLimit workingHours(double hours) {
        return of(hours, DurationUnit.WORKING_HOURS);
    }

    public static TimeLimit calendarDays(int days) {
        return of(days, DurationUnit.CALENDAR_DAYS);
    }

    /**
     * The working seconds of this limit when a working day lasts {@code secondsPerWorkingDay}; rounded up to the
     * second. Not defined for calendar days.
     */
    public long workingSeconds(int secondsPerWorkingDay) {
        return switch (unit) {
            case IMMEDIATE -> 0;
            case WORKING_HOURS -> hundredths * 36; // 3600 / 100
            case WORKING_DAYS -> Math.floorDiv(hundredths * secondsPerWorkingDay + 99, 100);
            case CALENDAR_DAYS -> throw new IllegalStateException("calendar days are not working time");
        };
    }

    private static int max(DurationUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> MAX_WORKING_DAYS;
            case WORKING_HOURS -> MAX_WORKING_HOURS;
            case CALENDAR_DAYS -> MAX_CALENDAR_DAYS;
            case IMMEDIATE -> 0;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeLimit t && t.unit == unit && t.hundredths == hundredths;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, hundredths);
    }

    @Override
    public String toString() {
        return unit == DurationUnit.IMMEDIATE ? "IMMEDIATE" : value.toPlainString() + " " + unit;
    }
}
