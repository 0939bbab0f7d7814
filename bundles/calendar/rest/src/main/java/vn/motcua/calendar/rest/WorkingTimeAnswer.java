package vn.motcua.calendar.rest;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * Working time between two instants of a province's calendar (Asia/Ho_Chi_Minh local date-times).
 *
 * @param workingDays  workingMinutes in working days of the length of {@code from}'s year (8 hours by default)
 * @param provisional  true when a year of the interval is not confirmed yet
 */
public record WorkingTimeAnswer(String province, LocalDateTime from, LocalDateTime to, long workingMinutes,
                                BigDecimal workingHours, BigDecimal workingDays, boolean provisional, String timeZone) {
}
