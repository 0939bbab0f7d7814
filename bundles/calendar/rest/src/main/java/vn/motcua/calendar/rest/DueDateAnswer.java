package vn.motcua.calendar.rest;

import java.time.LocalDateTime;

/**
 * A computed appointment. Times are Asia/Ho_Chi_Minh local date-times.
 *
 * @param effectiveStart  when the clock starts (after the cut-off, lunch break or outside hours)
 * @param dueAt           ngày giờ hẹn trả kết quả
 * @param workingMinutes  working time from effectiveStart to dueAt
 * @param ruleSet         the rule set in force at the receipt (ND61-2018 until 30/06/2025, ND118-2025 from 01/07/2025)
 * @param provisional     true when a year the deadline runs through is not confirmed yet: the date may still move
 */
public record DueDateAnswer(String province, LocalDateTime receivedAt, LocalDateTime effectiveStart, LocalDateTime dueAt,
                            DurationInput duration, String clock, long workingMinutes, String ruleSet,
                            String ruleSetName, boolean provisional, String timeZone) {
}
