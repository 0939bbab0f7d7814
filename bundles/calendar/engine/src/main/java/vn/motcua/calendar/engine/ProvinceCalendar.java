package vn.motcua.calendar.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ValidationException;

/**
 * One province's deadline engine: its compiled working calendar (years {@value CalendarYear#MIN_YEAR}–{@value
 * CalendarYear#MAX_YEAR}) and its rule sets. Immutable: a province's change of calendar yields a new instance (with a
 * higher {@link #revision()}), so a caller may keep one for a batch of computations.
 *
 * <p>All times are Asia/Ho_Chi_Minh local date-times, handled to the second. Invalid input raises
 * {@link ValidationException} naming the field as the REST API calls it ({@code receivedAt}, {@code duration.value},
 * {@code from}, {@code to}, {@code newDueAt}...); a request that does not fit the dossier's state raises
 * {@link ConflictException}.
 */
public final class ProvinceCalendar {
    private final String province;
    private final long revision;
    private final WorkingCalendar calendar;
    private final RuleSets rules;

    public ProvinceCalendar(String province, long revision, WorkingCalendar calendar, RuleSets rules) {
        this.province = Objects.requireNonNull(province, "province");
        this.revision = revision;
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Compiles every supported year, asking {@code years} for each one (the province's own year where it has one,
     * else the built-in or computed national year).
     */
    public static ProvinceCalendar compile(String province, long revision, IntFunction<CalendarYear> years,
                                           RuleSets rules) {
        List<CalendarYear> all = new ArrayList<>(CalendarYear.MAX_YEAR - CalendarYear.MIN_YEAR + 1);
        for (int y = CalendarYear.MIN_YEAR; y <= CalendarYear.MAX_YEAR; y++) {
            all.add(years.apply(y));
        }
        return new ProvinceCalendar(province, revision, WorkingCalendar.of(all), rules);
    }

    /** The national calendar (built-in and computed years) with the default rule sets. */
    public static ProvinceCalendar national(String province) {
        return compile(province, 0, BuiltInYears::year, RuleSets.defaults());
    }

    public String province() {
        return province;
    }

    /** Increases with every change of the province's calendar data. */
    public long revision() {
        return revision;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public RuleSets rules() {
        return rules;
    }

    public CalendarYear year(int year) {
        if (year < calendar.firstYear() || year > calendar.lastYear()) {
            throw yearOutOfRange("year", year);
        }
        return calendar.year(year);
    }

    // --- receipt and due date --------------------------------------------------------------------------------------

    /** The due date of a dossier received at {@code receivedAt} (processing clock, rule set of that date). */
    public DueDate dueDate(LocalDateTime receivedAt, TimeLimit limit) {
        return dueDate(receivedAt, limit, ClockKind.PROCESSING);
    }

    public DueDate dueDate(LocalDateTime receivedAt, TimeLimit limit, ClockKind clock) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return dueDate(rules.forReceipt(receivedAt.toLocalDate()), receivedAt, limit, clock);
    }

    /** The due date under a given rule set (a dossier keeps the rule set of its first receipt). */
    public DueDate dueDate(RuleSet ruleSet, LocalDateTime receivedAt, TimeLimit limit, ClockKind clock) {
        Objects.requireNonNull(limit, "limit");
        LocalDateTime received = seconds(receivedAt);
        covered("receivedAt", received);
        LocalDateTime start;
        LocalDateTime due;
        long workingSeconds;
        try {
            start = effectiveStart(ruleSet, received, limit.unit() == DurationUnit.IMMEDIATE ? ClockKind.ACCEPTANCE : clock);
            switch (limit.unit()) {
                case IMMEDIATE -> {
                    due = start;
                    workingSeconds = 0;
                }
                case WORKING_DAYS, WORKING_HOURS -> {
                    workingSeconds = limit.workingSeconds(calendar.workingSecondsOf(start.toLocalDate()));
                    long target = calendar.position(start) + workingSeconds;
                    if (target > calendar.lastPosition()) {
                        throw beyondCalendar();
                    }
                    due = calendar.at(target, start.toLocalDate());
                }
                default -> {
                    LocalDate last = received.toLocalDate().plusDays(limit.value().longValueExact());
                    if (last.getYear() > calendar.lastYear()) {
                        throw beyondCalendar();
                    }
                    due = calendar.endOfWorkingDay(calendar.workingDayOnOrAfter(last));
                    workingSeconds = calendar.workingSecondsBetween(start, due);
                }
            }
        } catch (IllegalArgumentException e) {
            // the calendar ran out of working days at its end (receipt in its last days)
            throw beyondCalendar();
        }
        return new DueDate(province, ruleSet, clock, limit, received, start, due, workingSeconds,
            calendar.anyProvisional(start.getYear(), due.getYear()));
    }

    /**
     * When the clock of a receipt at {@code receivedAt} starts: for the processing clock, after the cut-off of the rule
     * set (15:00 by default) the start of the next working day (seed 000 Art 16.1); otherwise, and for the acceptance
     * clock, the receipt time itself during working hours, else the start of the next working period (lunch break →
     * 13:00, evening or day off → next working day 07:30).
     */
    public LocalDateTime effectiveStart(RuleSet ruleSet, LocalDateTime receivedAt, ClockKind clock) {
        LocalDateTime t = seconds(receivedAt);
        covered("receivedAt", t);
        try {
            if (clock == ClockKind.PROCESSING && ruleSet.cutOff() != null && calendar.isWorkingDay(t.toLocalDate())
                && t.toLocalTime().isAfter(ruleSet.cutOff())) {
                return calendar.startOfNextWorkingDay(t.toLocalDate());
            }
            return calendar.nextWorkingInstant(t);
        } catch (IllegalArgumentException e) {
            throw beyondCalendar();
        }
    }

    // --- elapsed, remaining, classification, warnings ------------------------------------------------------------------

    /** Working seconds from {@code from} to {@code to} (negative when {@code to} is earlier). */
    public long elapsedSeconds(LocalDateTime from, LocalDateTime to) {
        covered("from", from);
        covered("to", to);
        return calendar.workingSecondsBetween(from, to);
    }

    /** Working seconds left at {@code now} until {@code dueAt}; negative once overdue (working time overdue). */
    public long remainingSeconds(LocalDateTime dueAt, LocalDateTime now) {
        covered("dueAt", dueAt);
        covered("now", now);
        return calendar.workingSecondsBetween(now, dueAt);
    }

    /** Seed 000 Art 16.3 (see {@link Outcome}): late after the due time, early before the due day, else on time. */
    public static Outcome classify(LocalDateTime dueAt, LocalDateTime confirmedAt) {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        if (confirmedAt.isAfter(dueAt)) {
            return Outcome.LATE;
        }
        // Every instant before the due day lies at or before the end of the last working day before it in working
        // time (nothing is worked in between), which is 16.3a's bound; due days are working days.
        return confirmedAt.toLocalDate().isBefore(dueAt.toLocalDate()) ? Outcome.EARLY : Outcome.ON_TIME;
    }

    /** {@link Warning#OVERDUE} past the due time, {@link Warning#DUE_SOON} with less than the rule set's margin left. */
    public Set<Warning> warnings(RuleSet ruleSet, LocalDateTime dueAt, LocalDateTime now) {
        Set<Warning> w = EnumSet.noneOf(Warning.class);
        long remaining = remainingSeconds(dueAt, now);
        if (now.isAfter(dueAt)) {
            w.add(Warning.OVERDUE);
        } else if (remaining < dueSoonMargin(ruleSet, now)) {
            w.add(Warning.DUE_SOON);
        }
        return w;
    }

    /** 16.6a: the step (or agency) that started at {@code startedAt} has used more working time than allotted. */
    public boolean stepOverdue(LocalDateTime startedAt, TimeLimit allotted, LocalDateTime now) {
        return elapsedSeconds(startedAt, now) > workingSecondsAt(allotted, startedAt, "allotted");
    }

    /**
     * 16.6c: at an interagency transfer received at {@code transferAt}, the working time since the dossier's clock
     * started exceeds the sum of the allotted times of the agencies that have handled it so far.
     */
    public boolean interagencyOverrun(LocalDateTime dossierStart, List<TimeLimit> allottedSoFar,
                                      LocalDateTime transferAt) {
        long total = 0;
        for (TimeLimit t : allottedSoFar) {
            total += workingSecondsAt(t, dossierStart, "allotted");
        }
        return elapsedSeconds(dossierStart, transferAt) > total;
    }

    /** The latest time an apology with a new date may be issued: one working day before the due time (seed 001 Art 16). */
    public LocalDateTime apologyDeadline(LocalDateTime dueAt) {
        covered("dueAt", dueAt);
        long p = calendar.position(dueAt) - calendar.workingSecondsOf(calendar.workingDayOnOrAfter(dueAt.toLocalDate()));
        return calendar.at(Math.max(0, p));
    }

    // --- the clock of a dossier ---------------------------------------------------------------------------------------

    /** A dossier's clock at its first receipt. */
    public DossierClock startClock(LocalDateTime receivedAt, TimeLimit limit) {
        DueDate due = dueDate(receivedAt, limit);
        return new DossierClock(due.ruleSet().id(), limit, due.receivedAt(), due.receivedAt(), due.effectiveStart(),
            due.dueAt(), due.dueAt(), DossierClock.State.RUNNING, null, null, 0, 0, null, null, null);
    }

    /**
     * The clock stops: a supplement or a financial obligation was requested at {@code at}. Allowed only within the
     * deadline (seed 000 Art 16.5a). Under the 2025 rules the applicant's time to supplement is set.
     */
    public DossierClock stopClock(DossierClock clock, LocalDateTime at) {
        LocalDateTime t = seconds(at);
        if (clock.state() != DossierClock.State.RUNNING) {
            throw new ConflictException("clock-stopped", "Đang chờ bổ sung, nghĩa vụ tài chính: thời gian đã tạm dừng",
                "The clock is already stopped, waiting for the applicant");
        }
        notBefore("at", t, clock.receivedAt());
        if (t.isAfter(clock.dueAt())) {
            throw new ConflictException("past-due", "Chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ trong thời hạn giải quyết",
                "A supplement can only be requested within the processing time limit");
        }
        RuleSet ruleSet = rules.byId(clock.ruleSetId());
        LocalDateTime waitDeadline = null;
        if (ruleSet.supplementWaitWorkingDays() != null) {
            LocalDateTime from = effectiveStart(ruleSet, t, ClockKind.ACCEPTANCE);
            waitDeadline = plus(from, TimeLimit.workingDays(ruleSet.supplementWaitWorkingDays()), "at");
        }
        return new DossierClock(clock.ruleSetId(), clock.limit(), clock.firstReceivedAt(), clock.receivedAt(),
            clock.effectiveStart(), clock.originalDueAt(), clock.dueAt(), DossierClock.State.STOPPED, t, waitDeadline,
            clock.stops() + 1, clock.restarts(), clock.extendedAt(), clock.dueBeforeExtension(), clock.apologyOnTime());
    }

    /**
     * The applicant supplemented (or paid) at {@code at}. RESTART: a new receipt, the whole limit counts again from it
     * (seed 000 Art 16.5b). PAUSE: the due date moves later by the working time spent waiting.
     */
    public DossierClock resumeClock(DossierClock clock, LocalDateTime at) {
        LocalDateTime t = stoppedUntil(clock, at);
        RuleSet ruleSet = rules.byId(clock.ruleSetId());
        if (ruleSet.clockStop() == ClockStopMode.RESTART) {
            DueDate due = dueDate(ruleSet, t, clock.limit(), ClockKind.PROCESSING);
            return new DossierClock(clock.ruleSetId(), clock.limit(), clock.firstReceivedAt(), due.receivedAt(),
                due.effectiveStart(), clock.originalDueAt(), due.dueAt(), DossierClock.State.RUNNING, null, null,
                clock.stops(), clock.restarts() + 1, clock.extendedAt(), clock.dueBeforeExtension(),
                clock.apologyOnTime());
        }
        return paused(clock, t);
    }

    /**
     * The applicant met a financial obligation (paid) at {@code at}: under every rule set the time spent waiting is
     * not counted — the due date moves later by the working time of the wait; no new receipt.
     */
    public DossierClock resumeClockAfterPayment(DossierClock clock, LocalDateTime at) {
        return paused(clock, stoppedUntil(clock, at));
    }

    /** The resumption time, checked: the clock is stopped and was stopped before it. */
    private LocalDateTime stoppedUntil(DossierClock clock, LocalDateTime at) {
        LocalDateTime t = seconds(at);
        if (clock.state() != DossierClock.State.STOPPED) {
            throw new ConflictException("clock-running", "Hồ sơ không ở trạng thái tạm dừng tính thời gian (chờ bổ "
                + "sung hoặc thực hiện nghĩa vụ tài chính)", "The clock is not stopped");
        }
        notBefore("at", t, clock.stoppedAt());
        return t;
    }

    private DossierClock paused(DossierClock clock, LocalDateTime t) {
        long waited = elapsedSeconds(clock.stoppedAt(), t);
        long target = calendar.position(clock.dueAt()) + waited;
        if (target > calendar.lastPosition()) {
            throw beyondCalendar();
        }
        LocalDateTime due = waited == 0 ? clock.dueAt() : calendar.at(target);
        return new DossierClock(clock.ruleSetId(), clock.limit(), clock.firstReceivedAt(), clock.receivedAt(),
            clock.effectiveStart(), clock.originalDueAt(), due, DossierClock.State.RUNNING, null, null, clock.stops(),
            clock.restarts(), clock.extendedAt(), clock.dueBeforeExtension(), clock.apologyOnTime());
    }

    /**
     * An apology (Mẫu 04) sets a new due date, once (seeds 001 Art 16, 002): it must be later than the due date in
     * force and fall in working hours of a working day. Whether the apology came in time (one working day before the
     * due date) is recorded, not enforced: a late apology is still better than none.
     */
    public DossierClock extendDue(DossierClock clock, LocalDateTime newDueAt, LocalDateTime at) {
        LocalDateTime newDue = seconds(newDueAt);
        LocalDateTime t = seconds(at);
        RuleSet ruleSet = rules.byId(clock.ruleSetId());
        if ((clock.extended() ? 1 : 0) >= ruleSet.maxExtensions()) {
            throw new ConflictException("already-extended", "Ngày hẹn mới chỉ được đặt một lần",
                "A new due date may be set only once");
        }
        covered("newDueAt", newDue);
        notBefore("at", t, clock.receivedAt());
        if (!newDue.isAfter(clock.dueAt())) {
            throw ValidationException.of("newDueAt", "not-later", "Ngày hẹn mới phải sau ngày hẹn hiện tại " + clock.dueAt(),
                "the new due date must be after the current one, " + clock.dueAt());
        }
        if (!calendar.isWorkingDay(newDue.toLocalDate())
            || newDue.isBefore(calendar.startOfWorkingDay(newDue.toLocalDate()))
            || newDue.isAfter(calendar.endOfWorkingDay(newDue.toLocalDate()))) {
            throw ValidationException.of("newDueAt", "not-working-time",
                "Ngày hẹn mới phải trong giờ làm việc của một ngày làm việc", "the new due date must be within working hours"
                    + " of a working day");
        }
        boolean inTime = !t.isAfter(apologyDeadline(clock.dueAt()));
        return new DossierClock(clock.ruleSetId(), clock.limit(), clock.firstReceivedAt(), clock.receivedAt(),
            clock.effectiveStart(), clock.originalDueAt(), newDue, clock.state(), clock.stoppedAt(),
            clock.waitDeadline(), clock.stops(), clock.restarts(), t, clock.dueAt(), inTime);
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    /** The working seconds of a limit counted from {@code at} (a working day lasts as long as the one it starts on). */
    private long workingSecondsAt(TimeLimit limit, LocalDateTime at, String field) {
        if (limit.unit() == DurationUnit.CALENDAR_DAYS) {
            throw ValidationException.of(field + ".unit", "not-working-time",
                "Thời hạn của bước phải tính bằng ngày hoặc giờ làm việc", "a step's time must be in working days or hours");
        }
        return limit.workingSeconds(calendar.workingSecondsOf(calendar.workingDayOnOrAfter(at.toLocalDate())));
    }

    private LocalDateTime plus(LocalDateTime from, TimeLimit limit, String field) {
        long seconds = workingSecondsAt(limit, from, field);
        if (calendar.position(from) + seconds > calendar.lastPosition()) {
            throw beyondCalendar();
        }
        return calendar.plusWorkingSeconds(from, seconds);
    }

    private long dueSoonMargin(RuleSet ruleSet, LocalDateTime now) {
        int day = calendar.workingSecondsOf(calendar.workingDayOnOrAfter(now.toLocalDate()));
        return ruleSet.dueSoonWorkingDays().multiply(BigDecimal.valueOf(day)).setScale(0, RoundingMode.CEILING)
            .longValue();
    }

    private void covered(String field, LocalDateTime t) {
        if (t == null) {
            throw ValidationException.of(field, "required", "Bắt buộc phải nhập", "is required");
        }
        if (!calendar.covers(t.toLocalDate())) {
            throw yearOutOfRange(field, t.getYear());
        }
    }

    private static void notBefore(String field, LocalDateTime t, LocalDateTime bound) {
        if (t.isBefore(bound)) {
            throw ValidationException.of(field, "too-early", "Không được trước " + bound, "must not be before " + bound);
        }
    }

    private ValidationException yearOutOfRange(String field, int year) {
        return ValidationException.of(field, "out-of-range",
            "Năm " + year + " nằm ngoài lịch (" + calendar.firstYear() + "–" + calendar.lastYear() + ")",
            "year " + year + " is outside the calendar (" + calendar.firstYear() + "–" + calendar.lastYear() + ")");
    }

    private ValidationException beyondCalendar() {
        return ValidationException.of("duration", "beyond-calendar",
            "Thời hạn kéo dài quá năm cuối của lịch (" + calendar.lastYear() + ")",
            "the time limit runs past the calendar's last year (" + calendar.lastYear() + ")");
    }

    private static LocalDateTime seconds(LocalDateTime t) {
        return t == null || t.getNano() == 0 ? t : t.withNano(0);
    }
}
