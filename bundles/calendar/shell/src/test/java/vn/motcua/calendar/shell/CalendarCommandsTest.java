package vn.motcua.calendar.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.Test;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.api.CalendarYearInput;
import vn.motcua.calendar.api.CalendarYearView;
import vn.motcua.calendar.api.YearOrigin;
import vn.motcua.calendar.engine.BuiltInYears;
import vn.motcua.calendar.engine.CalendarYear;
import vn.motcua.calendar.engine.ProvinceCalendar;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;

public class CalendarCommandsTest {
    /** The national calendar of H06; remembers the last replacement and who made it. */
    static final class Calendars implements CalendarService {
        final ProvinceCalendar national = ProvinceCalendar.national("H06");
        CalendarYearInput saved;
        Caller savedBy;

        @Override
        public String defaultProvince() {
            return "H06";
        }

        @Override
        public Set<String> provinces() {
            return Set.of("H06");
        }

        @Override
        public ProvinceCalendar calendar(String province) {
            return national;
        }

        @Override
        public CalendarYearView year(String province, int year) {
            CalendarYear y = BuiltInYears.year(year);
            return new CalendarYearView(province, year, y.status(), YearOrigin.BUILT_IN, y.source(),
                y.workingWeekdays().stream().sorted().toList(), y.workingHours(), 480, 250, y.nonWorkingDays(),
                y.extraWorkingDays(), null, null, null);
        }

        @Override
        public CalendarYearView replaceYear(String province, int year, CalendarYearInput input) {
            saved = input;
            savedBy = CallerContext.current();
            return new CalendarYearView(province, year, vn.motcua.calendar.engine.YearStatus.CONFIRMED,
                YearOrigin.PROVINCE, input.source(), null, null, 480, 249, input.nonWorkingDays(),
                input.extraWorkingDays(), null, null, 1L);
        }
    }

    private final Calendars calendars = new Calendars();

    private static String[] run(CalendarAction action) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        action.redirect(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        action.execute();
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    public void dueDatePrintsTheAppointment() throws Exception {
        DueDateCommand cmd = new DueDateCommand();
        cmd.calendars = calendars;
        cmd.received = "13/2/2026 15:30";
        cmd.value = "1";
        cmd.unit = "working_days";
        String[] r = run(cmd);
        assertEquals("", r[1]);
        assertTrue(r[0], r[0].contains("2026-02-23T07:30"));
        assertTrue(r[0], r[0].contains("2026-02-23T17:00 (MONDAY)"));
        cmd.unit = "WEEKS";
        assertTrue(run(cmd)[1].contains("  - UNIT: "));
        cmd.unit = "IMMEDIATE";
        assertTrue(run(cmd)[1].contains("  - duration.value: "));
        cmd.unit = "WORKING_DAYS";
        cmd.received = "tomorrow";
        assertTrue(run(cmd)[1].contains("  - RECEIVED: "));
    }

    @Test
    public void yearShowsTheDaysOff() throws Exception {
        CalendarYearCommand cmd = new CalendarYearCommand();
        cmd.calendars = calendars;
        cmd.year = 2025;
        String out = run(cmd)[0];
        assertTrue(out, out.contains("H06 2025: CONFIRMED (BUILT_IN)"));
        assertTrue(out, out.contains("8726/VPCP-KGVX"));
        assertTrue(out, out.contains("2025-05-02"));
        assertTrue(out, out.contains("SWAPPED"));
        assertTrue(out, out.contains("2025-04-26"));
        assertTrue(out, out.contains("WORKED"));
    }

    @Test
    public void yearSetReadsThePutBodyAndActsAsTheSystem() throws Exception {
        Path file = Files.createTempFile("calendar", ".json");
        try {
            Files.writeString(file, "{\"source\":\"QĐ 5/QĐ-UBND\",\"nonWorkingDays\":[{\"date\":\"2027-03-11\","
                + "\"kind\":\"OTHER\",\"name\":\"Nghỉ\"}],\"extraWorkingDays\":[],"
                + "\"workingHours\":[{\"start\":\"07:00\",\"end\":\"11:00\"},{\"start\":\"13:00\",\"end\":\"17:00\"}]}");
            CalendarYearSetCommand cmd = new CalendarYearSetCommand();
            cmd.calendars = calendars;
            cmd.year = 2027;
            cmd.file = file.toString();
            String[] r = run(cmd);
            assertEquals("", r[1]);
            assertTrue(r[0], r[0].contains("Đã lưu lịch / Calendar saved: H06 2027 CONFIRMED, 1 ngày nghỉ"));
            assertEquals("QĐ 5/QĐ-UBND", calendars.saved.source());
            assertEquals(java.time.LocalTime.of(7, 0), calendars.saved.workingHours().get(0).start());
            assertEquals(Caller.Kind.SYSTEM, calendars.savedBy.kind());
            assertTrue(calendars.savedBy.accountId().startsWith("system:console:"));

            Files.writeString(file, "{\"nonWorkingDays\":[{\"date\":\"2027-02-30\",\"kind\":\"OTHER\"}]}");
            String err = run(cmd)[1];
            assertTrue(err, err.contains("  - nonWorkingDays[0].date: JSON không hợp lệ"));
            cmd.file = file + ".missing";
            assertTrue(run(cmd)[1].contains("File not found"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void workingTimeBetweenTwoInstants() throws Exception {
        WorkingTimeCommand cmd = new WorkingTimeCommand();
        cmd.calendars = calendars;
        cmd.from = "2026-02-13T10:00";
        cmd.to = "2026-02-25T10:00";
        String out = run(cmd)[0];
        assertTrue(out, out.contains("1440 min = 24.00 h = 3.00 ngày làm việc"));
    }
}
