package vn.motcua.calendar.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import vn.motcua.calendar.api.CalendarYearInput;
import vn.motcua.calendar.engine.ClockKind;
import vn.motcua.calendar.engine.DayKind;
import vn.motcua.calendar.engine.DurationUnit;
import vn.motcua.calendar.engine.NonWorkingDay;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.rest.JsonMapper;

/** The calendar resource over the real engine (service faked in memory). */
public class CalendarResourceTest {
    private static final ObjectMapper JSON = JsonMapper.create();
    private CalendarResource resource;
    private FakeCalendarService service;

    @Before
    public void wire() {
        service = new FakeCalendarService();
        resource = new CalendarResource();
        resource.calendars = service;
    }

    private static DueDateRequest request(String province, String receivedAt, String value, DurationUnit unit) {
        return new DueDateRequest(province, receivedAt, new DurationInput(value == null ? null : new BigDecimal(value),
            unit), null);
    }

    private static String field(Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        return e.errors().get(0).field() + " " + e.errors().get(0).code();
    }

    // clauses: 000-16.1#2, 000-16.2
    @Test
    public void dueDateAroundTet2026() {
        DueDateAnswer a = resource.dueDate(request("H06", "2026-02-13T10:00", "3", DurationUnit.WORKING_DAYS));
        assertEquals(LocalDateTime.parse("2026-02-13T10:00"), a.effectiveStart());
        assertEquals(LocalDateTime.parse("2026-02-25T10:00"), a.dueAt());
        assertEquals(3 * 8 * 60, a.workingMinutes());
        assertEquals("ND118-2025", a.ruleSet());
        assertFalse(a.provisional());
        assertEquals("PROCESSING", a.clock());
        assertEquals("Asia/Ho_Chi_Minh", a.timeZone());
        DueDateAnswer late = resource.dueDate(request(null, "2026-02-13T15:30", "1", DurationUnit.WORKING_DAYS));
        assertEquals("default province", "H06", late.province());
        assertEquals(LocalDateTime.parse("2026-02-23T07:30"), late.effectiveStart());
        DueDateAnswer utc = resource.dueDate(request("H06", "2026-02-13T03:00:00Z", "8", DurationUnit.WORKING_HOURS));
        assertEquals("converted to Vietnam time", LocalDateTime.parse("2026-02-13T10:00"), utc.receivedAt());
        DueDateAnswer online = resource.dueDate(new DueDateRequest("H06", "2025-10-06T16:30",
            new DurationInput(BigDecimal.valueOf(8), DurationUnit.WORKING_HOURS), ClockKind.ACCEPTANCE));
        assertEquals(LocalDateTime.parse("2025-10-07T16:30"), online.dueAt());
    }

    @Test
    public void badInputNamesTheField() {
        assertEquals("body required", field(() -> resource.dueDate(null)));
        assertEquals("province unknown-province",
            field(() -> resource.dueDate(request("H99", "2026-02-13T10:00", "3", DurationUnit.WORKING_DAYS))));
        assertEquals("receivedAt required",
            field(() -> resource.dueDate(request("H06", null, "3", DurationUnit.WORKING_DAYS))));
        assertEquals("receivedAt bad-format",
            field(() -> resource.dueDate(request("H06", "13/02/2026 10:00", "3", DurationUnit.WORKING_DAYS))));
        assertEquals("receivedAt out-of-range",
            field(() -> resource.dueDate(request("H06", "1990-02-13T10:00", "3", DurationUnit.WORKING_DAYS))));
        assertEquals("duration required",
            field(() -> resource.dueDate(new DueDateRequest("H06", "2026-02-13T10:00", null, null))));
        assertEquals("duration.unit required",
            field(() -> resource.dueDate(request("H06", "2026-02-13T10:00", "3", null))));
        assertEquals("duration.value not-positive",
            field(() -> resource.dueDate(request("H06", "2026-02-13T10:00", "0", DurationUnit.WORKING_DAYS))));
        assertEquals("duration.value not-allowed",
            field(() -> resource.dueDate(request("H06", "2026-02-13T10:00", "2", DurationUnit.IMMEDIATE))));
        assertEquals("duration beyond-calendar",
            field(() -> resource.dueDate(request("H06", "2100-12-30T10:00", "30", DurationUnit.WORKING_DAYS))));
    }

    @Test
    public void unknownUnitsFailWhileReadingTheBody() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> JSON.readValue(
            "{\"receivedAt\":\"2026-02-13T10:00\",\"duration\":{\"value\":3,\"unit\":\"WEEKS\"}}", DueDateRequest.class));
        assertEquals("duration", e.getPath().get(0).getFieldName());
        assertEquals("unit", e.getPath().get(1).getFieldName());
    }

    @Test
    public void workingTimeBetweenTwoInstants() {
        WorkingTimeAnswer w = resource.workingTime("H06", "2026-02-13T10:00", "2026-02-25T10:00");
        assertEquals(24 * 60, w.workingMinutes());
        assertEquals(new BigDecimal("24.00"), w.workingHours());
        assertEquals(new BigDecimal("3.00"), w.workingDays());
        assertFalse(w.provisional());
        assertTrue(resource.workingTime("H06", "2026-12-31T10:00", "2027-01-05T10:00").provisional());
        ValidationException both = assertThrows(ValidationException.class,
            () -> resource.workingTime("H06", "yesterday", null));
        assertEquals(List.of("from", "to"), both.errors().stream().map(f -> f.field()).toList());
        assertEquals("to before-from", field(() -> resource.workingTime("H06", "2026-02-25T10:00", "2026-02-13T10:00")));
        assertThrows(NotFoundException.class, () -> resource.workingTime("H99", "2026-02-13T10:00", "2026-02-25T10:00"));
    }

    @Test
    public void yearsAreReadAndReplacedThroughTheService() {
        assertEquals(2025, resource.year("H06", 2025).year());
        resource.replaceYear("H06", 2027, new CalendarYearInput(null, null,
            List.of(new NonWorkingDay(LocalDate.of(2027, 3, 11), DayKind.OTHER, "Nghỉ")), List.of(), "QĐ", null));
        assertEquals(LocalDateTime.parse("2027-03-12T09:00"),
            resource.dueDate(request("H06", "2027-03-10T09:00", "1", DurationUnit.WORKING_DAYS)).dueAt());
        assertEquals("body required", field(() -> resource.replaceYear("H06", 2027, null)));
        assertThrows(NotFoundException.class, () -> resource.year("H99", 2025));
    }
}
