package vn.motcua.calendar.engine;

import java.time.LocalDateTime;

/**
 * A computed appointment (ngày hẹn trả kết quả).
 *
 * @param receivedAt      the receipt time as given (Asia/Ho_Chi_Minh local time)
 * @param effectiveStart  when the clock starts after the receipt-time rules (cut-off, lunch, outside hours)
 * @param dueAt           the due date and time
 * @param workingSeconds  working time from {@code effectiveStart} to {@code dueAt}
 * @param provisional     whether a year the deadline runs through is not confirmed yet (the due date may move when
 *                        the Government announces that year's holidays)
 */
public record DueDate(String province, RuleSet ruleSet, ClockKind clock, TimeLimit limit, LocalDateTime receivedAt,
                      LocalDateTime effectiveStart, LocalDateTime dueAt, long workingSeconds, boolean provisional) {
}
