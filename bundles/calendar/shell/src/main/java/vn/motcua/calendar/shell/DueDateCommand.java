package vn.motcua.calendar.shell;

import java.math.BigDecimal;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.engine.ClockKind;
import vn.motcua.calendar.engine.DueDate;
import vn.motcua.calendar.engine.DurationUnit;
import vn.motcua.calendar.engine.TimeLimit;
import vn.motcua.platform.api.error.ValidationException;

/** {@code motcua:due-date 2026-02-13T10:00 3 WORKING_DAYS}: the appointment a receipt would print. */
@Service
@Command(scope = "motcua", name = "due-date",
    description = "Tính ngày hẹn trả kết quả / Compute a due date")
public class DueDateCommand extends CalendarAction {

    @Reference
    CalendarService calendars;

    @Argument(index = 0, name = "RECEIVED", required = true,
        description = "Thời điểm tiếp nhận, giờ Việt Nam / Receipt time, Vietnam time (2026-02-13T10:00 or '13/2/2026 10:00')")
    String received;

    @Argument(index = 1, name = "VALUE", required = true, description = "Số lượng thời hạn / Amount (0 for IMMEDIATE)")
    String value;

    @Argument(index = 2, name = "UNIT", required = true,
        description = "WORKING_DAYS | WORKING_HOURS | CALENDAR_DAYS | IMMEDIATE")
    String unit;

    @Option(name = "-p", aliases = "--province", description = "Mã tỉnh (mặc định tỉnh cấu hình) / Province code (default: configured)")
    String province;

    @Option(name = "--acceptance", description = "Thời hạn tiếp nhận hồ sơ trực tuyến (không áp dụng giờ chốt) / "
        + "Acceptance window of an online dossier (no cut-off)")
    boolean acceptance;

    @Override
    protected void run() {
        DurationUnit u;
        try {
            u = DurationUnit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("UNIT", "bad-value", "Đơn vị '" + unit + "' không hợp lệ",
                "unit '" + unit + "' is not one of WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS, IMMEDIATE");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("VALUE", "bad-format", "'" + value + "' không phải số", "'" + value + "' is not a number");
        }
        TimeLimit limit;
        try {
            limit = new TimeLimit(amount, u);
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(f -> f.under("duration")).toList());
        }
        DueDate d = calendars.calendar(province == null ? calendars.defaultProvince() : province)
            .dueDate(time("RECEIVED", received), limit, acceptance ? ClockKind.ACCEPTANCE : ClockKind.PROCESSING);
        out.println("Tỉnh / Province:            " + d.province());
        out.println("Tiếp nhận / Received:       " + d.receivedAt());
        out.println("Bắt đầu tính / Counted from: " + d.effectiveStart());
        out.println("Hẹn trả / Due:              " + d.dueAt() + " (" + d.dueAt().getDayOfWeek() + ")");
        out.println("Thời gian làm việc / Working time: " + d.workingSeconds() / 60 + " min");
        out.println("Quy định / Rules:           " + d.ruleSet().id() + " — " + d.ruleSet().nameVi());
        if (d.provisional()) {
            out.println("Lưu ý / Note: lịch năm chưa được xác nhận, ngày hẹn có thể thay đổi / the calendar of a year on "
                + "the way is provisional: the date may still move");
        }
    }
}
