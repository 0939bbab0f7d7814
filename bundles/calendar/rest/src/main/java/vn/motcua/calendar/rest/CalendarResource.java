package vn.motcua.calendar.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.api.CalendarYearInput;
import vn.motcua.calendar.api.CalendarYearView;
import vn.motcua.calendar.engine.ClockKind;
import vn.motcua.calendar.engine.DueDate;
import vn.motcua.calendar.engine.ProvinceCalendar;
import vn.motcua.calendar.engine.TimeLimit;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;

/**
 * {@code /calendar}: lịch làm việc và thời hạn giải quyết.
 *
 * <p>Reading is public: the due date of a procedure follows from its published time limit and the public holiday
 * calendar, carries no personal data, and the citizens' portal shows it before anyone logs in; a computation costs
 * microseconds. Changing a province's calendar is for its provincial operators.
 */
@Component(service = RestResource.class)
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@ApiTag(value = "calendar", description = "Lịch làm việc, ngày hẹn trả kết quả / Working calendar and due dates")
public class CalendarResource implements RestResource {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Reference
    CalendarService calendars;

    @POST
    @Path("/due-date")
    @Access(anonymous = true)
    @ApiTag(value = "Tính ngày hẹn trả kết quả / Compute a due date",
        description = "Thời điểm tiếp nhận + thời hạn (ngày làm việc, giờ làm việc, ngày theo lịch, giải quyết ngay) → "
            + "thời điểm bắt đầu tính và ngày giờ hẹn trả, theo lịch làm việc của tỉnh và quy định tại thời điểm tiếp nhận")
    public DueDateAnswer dueDate(DueDateRequest request) {
        DueDateRequest body = body(request);
        String province = body.province() == null || body.province().isBlank() ? calendars.defaultProvince()
            : body.province();
        ProvinceCalendar calendar;
        try {
            calendar = calendars.calendar(province);
        } catch (NotFoundException e) {
            throw ValidationException.of("province", "unknown-province",
                "Hệ thống không phục vụ tỉnh '" + province + "' (các tỉnh: " + calendars.provinces() + ")",
                "province '" + province + "' is not served here (provinces: " + calendars.provinces() + ")");
        }
        LocalDateTime receivedAt = localTime("receivedAt", body.receivedAt());
        if (body.duration() == null) {
            throw ValidationException.of("duration", "required", "Bắt buộc phải nhập", "is required");
        }
        TimeLimit limit;
        try {
            limit = new TimeLimit(body.duration().value(), body.duration().unit());
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(f -> f.under("duration")).toList());
        }
        ClockKind clock = body.clock() == null ? ClockKind.PROCESSING : body.clock();
        DueDate due = calendar.dueDate(receivedAt, limit, clock);
        return new DueDateAnswer(calendar.province(), due.receivedAt(), due.effectiveStart(), due.dueAt(),
            new DurationInput(limit.value(), limit.unit()), clock.name(), due.workingSeconds() / 60,
            due.ruleSet().id(), due.ruleSet().nameVi(), due.provisional(), VIETNAM.getId());
    }

    @GET
    @Path("/{province}/years/{year}")
    @Access(anonymous = true)
    @ApiTag(value = "Lịch làm việc một năm / A year of the province's calendar",
        description = "Ngày nghỉ (lễ, tết, nghỉ bù, hoán đổi), ngày làm bù, giờ làm việc; nguồn và trạng thái "
            + "(CONFIRMED / PROVISIONAL)")
    public CalendarYearView year(@PathParam("province") String province, @PathParam("year") int year) {
        return calendars.year(province, year);
    }

    @PUT
    @Path("/{province}/years/{year}")
    @Access({Role.PROVINCIAL_OPERATOR})
    @ApiTag(value = "Thay lịch làm việc một năm / Replace a year of the province's calendar",
        description = "Thay toàn bộ ngày nghỉ, ngày làm bù và giờ làm việc của năm; áp dụng ngay cho các lần tính sau; "
            + "ghi nhật ký. Gửi kèm version đã đọc để không ghi đè thay đổi của người khác")
    public CalendarYearView replaceYear(@PathParam("province") String province, @PathParam("year") int year,
                                        CalendarYearInput input) {
        return calendars.replaceYear(province, year, body(input));
    }

    @GET
    @Path("/{province}/working-time")
    @Access(anonymous = true)
    @ApiTag(value = "Thời gian làm việc giữa hai thời điểm / Working time between two instants",
        description = "from, to: ISO-8601, giờ Việt Nam (2026-02-13T10:00)")
    public WorkingTimeAnswer workingTime(@PathParam("province") String province, @QueryParam("from") String from,
                                         @QueryParam("to") String to) {
        ProvinceCalendar calendar = calendars.calendar(province);
        LocalDateTime start = null;
        LocalDateTime end = null;
        List<FieldError> errors = new java.util.ArrayList<>();
        try {
            start = localTime("from", from);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            end = localTime("to", to);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.add(new FieldError("to", "before-from", "Phải từ " + start + " trở đi", "must not be before " + start));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long seconds = calendar.elapsedSeconds(start, end);
        int day = calendar.calendar().year(start.getYear()).secondsPerWorkingDay();
        return new WorkingTimeAnswer(calendar.province(), start, end, seconds / 60,
            BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.DOWN),
            BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(day), 2, RoundingMode.DOWN),
            calendar.calendar().anyProvisional(start.getYear(), end.getYear()), VIETNAM.getId());
    }

    /** A Vietnam local date-time, or an instant with an offset converted to Vietnam time; 400 naming the field. */
    static LocalDateTime localTime(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(field, "required", "Bắt buộc phải nhập", "is required");
        }
        String v = value.strip();
        try {
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException local) {
            try {
                return OffsetDateTime.parse(v).atZoneSameInstant(VIETNAM).toLocalDateTime();
            } catch (DateTimeParseException offset) {
                throw ValidationException.of(field, "bad-format",
                    "'" + v + "' không phải ngày giờ ISO-8601, ví dụ 2026-02-13T10:00 (giờ Việt Nam)",
                    "'" + v + "' is not an ISO-8601 date-time such as 2026-02-13T10:00 (Vietnam time)");
            }
        }
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw ValidationException.of("body", "required", "Thiếu nội dung yêu cầu (JSON)",
                "the request body (JSON) is required");
        }
        return body;
    }
}
