package vn.motcua.calendar.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import vn.motcua.calendar.api.CalendarYearInput;
import vn.motcua.calendar.api.CalendarYearView;
import vn.motcua.calendar.api.YearOrigin;
import vn.motcua.calendar.engine.DayKind;
import vn.motcua.calendar.engine.ExtraWorkingDay;
import vn.motcua.calendar.engine.NonWorkingDay;
import vn.motcua.calendar.engine.ProvinceCalendar;
import vn.motcua.calendar.engine.TimeLimit;
import vn.motcua.calendar.engine.TimeRange;
import vn.motcua.calendar.engine.YearStatus;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.health.HealthStatus;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/** The province calendar service on H2, or on PostgreSQL when MOTCUA_TEST_DB_URL is set. */
public class CalendarServiceTest {
    static TestCalendars env;
    CalendarServiceImpl node;

    static final Caller OPERATOR = staff("op-1", Role.PROVINCIAL_OPERATOR);

    static Caller staff(String id, Role... roles) {
        return new Caller(id, Caller.Kind.STAFF, "Cán bộ " + id, Set.of(roles), "000.00.01.H06", Set.of(), Set.of(),
            Set.of(), "s-" + id, "10.0.0.1");
    }

    @BeforeClass
    public static void start() {
        env = new TestCalendars();
    }

    @AfterClass
    public static void stop() {
        env.close();
    }

    @Before
    public void fresh() {
        env.db.deleteAll();
        env.audit.clear();
        node = env.newNode(Map.of());
        CallerContext.set(OPERATOR);
    }

    @After
    public void clearCaller() {
        CallerContext.clear();
    }

    static CalendarYearInput year2027(LocalDate... extraOff) {
        List<NonWorkingDay> off = new ArrayList<>(List.of(
            new NonWorkingDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "Tết Dương lịch")));
        for (LocalDate d : extraOff) {
            off.add(new NonWorkingDay(d, DayKind.OTHER, "Nghỉ theo quyết định của UBND tỉnh"));
        }
        return new CalendarYearInput(null, null, off,
            List.of(new ExtraWorkingDay(LocalDate.of(2027, 1, 9), "Làm bù")), "QĐ 12/QĐ-UBND (kiểm thử)", null);
    }

    @Test
    public void yearsWithoutProvinceDataComeFromTheBuiltInOrComputedCalendar() {
        CalendarYearView y2025 = node.year("H06", 2025);
        assertEquals(YearOrigin.BUILT_IN, y2025.origin());
        assertEquals(YearStatus.CONFIRMED, y2025.status());
        assertEquals(250, y2025.workingDays());
        assertEquals(480, y2025.workingMinutesPerDay());
        assertNull(y2025.version());
        CalendarYearView y2027 = node.year("h06", 2027);
        assertEquals(YearOrigin.COMPUTED, y2027.origin());
        assertEquals(YearStatus.PROVISIONAL, y2027.status());
        assertEquals("H06", y2027.province());
        assertEquals("year", assertThrows(ValidationException.class, () -> node.year("H06", 1999)).errors().get(0)
            .field());
        assertThrows(NotFoundException.class, () -> node.year("H99", 2025));
        assertThrows(NotFoundException.class, () -> node.calendar("Bắc Ninh"));
    }

    // clauses: 000-16.2
    @Test
    public void anOperatorsYearTakesEffectAtOnceOnEveryNode() {
        CalendarServiceImpl other = env.newNode(Map.of());
        LocalDateTime received = LocalDateTime.of(2027, 3, 10, 9, 0); // Wednesday
        assertEquals(LocalDateTime.of(2027, 3, 11, 9, 0),
            other.calendar("H06").dueDate(received, TimeLimit.workingDays(1)).dueAt());
        ProvinceCalendar before = other.calendar("H06");
        assertSame("unchanged calendar is reused", before, other.calendar("H06"));

        CalendarYearView saved = node.replaceYear("H06", 2027, year2027(LocalDate.of(2027, 3, 11)));
        assertEquals(YearOrigin.PROVINCE, saved.origin());
        assertEquals(YearStatus.CONFIRMED, saved.status());
        assertEquals(Long.valueOf(1), saved.version());
        assertEquals("Cán bộ op-1 (op-1)", saved.updatedBy());

        ProvinceCalendar after = other.calendar("H06");
        assertNotSame(before, after);
        assertEquals(1, after.revision());
        assertEquals("Thursday 11/3/2027 is now a day off", LocalDateTime.of(2027, 3, 12, 9, 0),
            after.dueDate(received, TimeLimit.workingDays(1)).dueAt());
        assertEquals(YearStatus.CONFIRMED, after.year(2027).status());
        assertTrue(after.calendar().isWorkingDay(LocalDate.of(2027, 1, 9)));
        assertEquals(YearOrigin.PROVINCE, other.year("H06", 2027).origin());

        AuditRecord a = env.audit.get(0);
        assertEquals("calendar.year.replace", a.action());
        assertEquals(AuditRecord.Outcome.SUCCESS, a.outcome());
        assertEquals("H06/2027", a.targetId());
        assertTrue(a.detail(), a.detail().contains("+off [2027-03-11]"));
        assertTrue(a.detail(), a.detail().contains("+work [2027-01-09]"));
        assertTrue(a.detail(), a.detail().contains("source: QĐ 12/QĐ-UBND"));
    }

    @Test
    public void replacingAgainReplacesTheWholeYear() {
        node.replaceYear("H06", 2027, year2027(LocalDate.of(2027, 3, 11)));
        CalendarYearView second = node.replaceYear("H06", 2027, new CalendarYearInput(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), List.of(TimeRange.of("07:00", "11:30"),
            TimeRange.of("13:30", "17:00")), List.of(), List.of(), null, 1L));
        assertEquals(Long.valueOf(2), second.version());
        assertEquals(List.of(), second.nonWorkingDays());
        assertEquals(480, second.workingMinutesPerDay());
        ProvinceCalendar c = node.calendar("H06");
        assertEquals(2, c.revision());
        assertTrue("Saturdays are worked now", c.calendar().isWorkingDay(LocalDate.of(2027, 3, 13)));
        assertEquals(LocalDateTime.of(2027, 3, 11, 7, 0), c.effectiveStart(c.rules().forReceipt(LocalDate.of(2027, 3, 10)),
            LocalDateTime.of(2027, 3, 10, 16, 0), vn.motcua.calendar.engine.ClockKind.PROCESSING));
        String detail = env.audit.get(1).detail();
        assertTrue(detail, detail.contains("-off [2027-01-01, 2027-03-11]"));
        assertTrue(detail, detail.contains("weekdays"));
        assertTrue(detail, detail.contains("hours"));
        // other years keep the national data
        assertEquals(YearOrigin.BUILT_IN, node.year("H06", 2026).origin());
    }

    @Test
    public void aStaleVersionIsRefused() {
        node.replaceYear("H06", 2027, year2027());
        CalendarYearInput stale = new CalendarYearInput(null, null, List.of(), List.of(), null, 0L);
        assertEquals("stale-version", assertThrows(ConflictException.class,
            () -> node.replaceYear("H06", 2027, stale)).code());
        CalendarYearInput fresh = new CalendarYearInput(null, null, List.of(), List.of(), null, 0L);
        assertEquals(Long.valueOf(1), node.replaceYear("H06", 2028, fresh).version());
    }

    @Test
    public void onlyProvincialOperatorsAndTheSystemChangeTheCalendar() {
        CallerContext.set(staff("cb-2", Role.ONE_STOP_OFFICER, Role.AGENCY_ADMIN));
        assertThrows(ForbiddenException.class, () -> node.replaceYear("H06", 2027, year2027()));
        assertEquals(AuditRecord.Outcome.DENIED, env.audit.get(0).outcome());
        CallerContext.set(Caller.anonymous("1.2.3.4"));
        assertThrows(ForbiddenException.class, () -> node.replaceYear("H06", 2027, year2027()));
        assertEquals(YearOrigin.COMPUTED, node.year("H06", 2027).origin());
        CallerContext.set(Caller.system("karaf-console"));
        assertEquals(YearOrigin.PROVINCE, node.replaceYear("H06", 2027, year2027()).origin());
    }

    @Test
    public void invalidYearsNameTheField() {
        CalendarYearInput duplicate = new CalendarYearInput(null, null, List.of(
            new NonWorkingDay(LocalDate.of(2027, 5, 3), DayKind.HOLIDAY, "a"),
            new NonWorkingDay(LocalDate.of(2027, 5, 3), DayKind.HOLIDAY, "b")), List.of(), null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> node.replaceYear("H06", 2027, duplicate));
        assertEquals("nonWorkingDays[1].date", e.errors().get(0).field());
        assertEquals("duplicate", e.errors().get(0).code());
        CalendarYearInput wrong = new CalendarYearInput(null, List.of(TimeRange.of("07:30", "11:30"),
            TimeRange.of("11:00", "17:00")), List.of(new NonWorkingDay(LocalDate.of(2026, 5, 3), DayKind.HOLIDAY, null),
            new NonWorkingDay(LocalDate.of(2027, 6, 3), null, null)),
            List.of(new ExtraWorkingDay(LocalDate.of(2027, 5, 4), "a Tuesday")), null, null);
        List<String> fields = assertThrows(ValidationException.class, () -> node.replaceYear("H06", 2027, wrong))
            .errors().stream().map(f -> f.field() + " " + f.code()).toList();
        assertEquals(List.of("workingHours[1].start overlap", "nonWorkingDays[0].date wrong-year",
            "nonWorkingDays[1].kind required", "extraWorkingDays[0].date already-working"), fields);
        assertEquals("body", assertThrows(ValidationException.class, () -> node.replaceYear("H06", 2027, null))
            .errors().get(0).field());
        assertEquals("year", assertThrows(ValidationException.class, () -> node.replaceYear("H06", 2101, year2027()))
            .errors().get(0).field());
        assertEquals(0, node.calendar("H06").revision());
    }

    @Test
    public void concurrentChangesOfOneProvinceAreAllCounted() throws Exception {
        node.replaceYear("H06", 2027, year2027());
        CalendarServiceImpl other = env.newNode(Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                CalendarServiceImpl target = i % 2 == 0 ? node : other;
                int year = 2030 + i;
                Callable<Object> work = () -> CallerContext.callAs(OPERATOR, () -> {
                    try {
                        return target.replaceYear("H06", year, new CalendarYearInput(null, null, List.of(), List.of(),
                            null, null));
                    } catch (ConflictException e) {
                        return e;
                    }
                });
                results.add(pool.submit(work));
            }
            int saved = 0;
            for (Future<Object> f : results) {
                saved += f.get() instanceof CalendarYearView ? 1 : 0;
            }
            assertEquals("every successful change counted once", 1 + saved, node.calendar("H06").revision());
            assertTrue(saved >= 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void policiesComeFromTheConfiguration() {
        CalendarServiceImpl noCutOff = env.newNode(Map.of("cutOff", "", "clockStop", "pause",
            "otherProvinces", new String[] {"H55, h04", "Bắc Giang"}));
        assertEquals(Set.of("H06", "H55", "H04"), noCutOff.provinces());
        ProvinceCalendar c = noCutOff.calendar("H55");
        assertNull(c.rules().forReceipt(LocalDate.of(2025, 10, 1)).cutOff());
        assertEquals(vn.motcua.calendar.engine.ClockStopMode.PAUSE, c.rules().forReceipt(LocalDate.of(2025, 10, 1))
            .clockStop());
        assertEquals(LocalDateTime.of(2025, 10, 7, 15, 30), c.dueDate(LocalDateTime.of(2025, 10, 7, 15, 30),
            TimeLimit.workingHours(1)).effectiveStart());
        CalendarServiceImpl broken = env.newNode(Map.of("province", "Bac Ninh", "cutOff", "3pm"));
        assertEquals("H06", broken.defaultProvince());
        assertEquals(java.time.LocalTime.of(15, 0), broken.calendar("H06").rules().forReceipt(LocalDate.of(2025, 10, 1))
            .cutOff());
    }

    @Test
    public void healthShowsTheRevisionAndTheYearsStatus() {
        CalendarHealth health = new CalendarHealth();
        health.calendars = node;
        health.clock = java.time.Clock.fixed(java.time.Instant.parse("2026-12-31T18:00:00Z"), java.time.ZoneOffset.UTC);
        HealthStatus s = health.check();
        assertEquals(HealthStatus.State.UP, s.state());
        assertEquals("in Vietnam it is already 2027", YearStatus.PROVISIONAL, s.details().get("year2027"));
        assertTrue(String.valueOf(s.details().get("note")).contains("2027"));
        health.clock = java.time.Clock.fixed(java.time.Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC);
        assertEquals(YearStatus.CONFIRMED, health.check().details().get("year2026"));
        assertNull(health.check().details().get("note"));
    }
}
