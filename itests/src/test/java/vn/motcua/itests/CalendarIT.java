package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Random;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.platform.api.security.Role;

/**
 * The working calendar and deadline API on the distribution: due dates on the announced 2025–2026 calendars, an
 * operator's change of a year used by the next computation, who may change it, and 400s that name the field.
 */
public class CalendarIT extends MotCuaTestSupport {

    @Before
    public void ready() {
        awaitApi();
    }

    private static String dueDateBody(String receivedAt, String value, String unit) {
        return "{\"province\":\"H06\",\"receivedAt\":\"" + receivedAt + "\",\"duration\":{\"value\":" + value
            + ",\"unit\":\"" + unit + "\"}}";
    }

    private static JsonNode due(String receivedAt, String value, String unit) {
        return postJson("/calendar/due-date", dueDateBody(receivedAt, value, unit)).expect(200).json();
    }

    /** The field a 400 names first. */
    private static String field(Reply reply) {
        reply.expect(400);
        return reply.json().get("errors").get(0).get("field").asText();
    }

    @Test
    @Clauses({"000-16.1#1", "000-16.1#2", "000-16.2"})
    public void dueDatesFollowTheAnnouncedCalendars() {
        // Tết 2026: Friday 13/2 10:00 + 3 working days → Wednesday 25/2 10:00 (16–20/2 off)
        JsonNode tet = due("2026-02-13T10:00", "3", "WORKING_DAYS");
        assertEquals("2026-02-13T10:00:00", tet.get("effectiveStart").asText());
        assertEquals("2026-02-25T10:00:00", tet.get("dueAt").asText());
        assertEquals(1440, tet.get("workingMinutes").asLong());
        assertEquals("ND118-2025", tet.get("ruleSet").asText());
        assertFalse(tet.get("provisional").asBoolean());
        assertEquals("Asia/Ho_Chi_Minh", tet.get("timeZone").asText());
        // received after 15:00 on the last day before Tết: counted from Monday 23/2, the day staff return
        JsonNode late = due("2026-02-13T15:30", "1", "WORKING_DAYS");
        assertEquals("2026-02-23T07:30:00", late.get("effectiveStart").asText());
        assertEquals("2026-02-23T17:00:00", late.get("dueAt").asText());
        // 30/4–1/5/2025 with the swap: Saturday 26/4 worked, Friday 2/5 off
        assertEquals("2025-04-28T09:00:00", due("2025-04-25T09:00", "2", "WORKING_DAYS").get("dueAt").asText());
        assertEquals("2025-05-05T14:00:00", due("2025-04-29T14:00", "1", "WORKING_DAYS").get("dueAt").asText());
        // National Day 2025: 1/9 and 2/9 off
        assertEquals("2025-09-03T10:00:00", due("2025-08-29T10:00", "1", "WORKING_DAYS").get("dueAt").asText());
        assertEquals("ND61-2018", due("2025-06-30T10:00", "1", "WORKING_DAYS").get("ruleSet").asText());
        // calendar days (moved off days off), immediate, a year not announced yet
        assertEquals("2025-05-05T17:00:00", due("2025-04-25T10:00", "5", "CALENDAR_DAYS").get("dueAt").asText());
        assertEquals("2025-10-13T07:30:00", due("2025-10-11T10:00", "0", "IMMEDIATE").get("dueAt").asText());
        assertTrue(due("2027-03-01T10:00", "5", "WORKING_DAYS").get("provisional").asBoolean());
        // the province is optional (the configured default, H06)
        JsonNode byDefault = postJson("/calendar/due-date", "{\"receivedAt\":\"2026-02-13T10:00\","
            + "\"duration\":{\"value\":3,\"unit\":\"WORKING_DAYS\"}}").expect(200).json();
        assertEquals("H06", byDefault.get("province").asText());
    }

    @Test
    @Clauses({"001-11.2a#1", "001-11.2a#2", "003-16.1a#1", "003-16.1a#2"})
    public void theAcceptanceWindowOfOnlineDossiersCountsFromTheNextWorkingHour() {
        JsonNode d = postJson("/calendar/due-date", "{\"receivedAt\":\"2025-10-11T22:00\",\"clock\":\"ACCEPTANCE\","
            + "\"duration\":{\"value\":8,\"unit\":\"WORKING_HOURS\"}}").expect(200).json();
        assertEquals("2025-10-13T07:30:00", d.get("effectiveStart").asText());
        assertEquals("2025-10-13T17:00:00", d.get("dueAt").asText());
        JsonNode afternoon = postJson("/calendar/due-date", "{\"receivedAt\":\"2025-10-06T16:30\","
            + "\"clock\":\"ACCEPTANCE\",\"duration\":{\"value\":8,\"unit\":\"WORKING_HOURS\"}}").expect(200).json();
        assertEquals("no 15:00 cut-off for acceptance", "2025-10-07T16:30:00", afternoon.get("dueAt").asText());
    }

    @Test
    @Clauses({"000-16.2"})
    public void anOperatorsYearIsUsedAtOnceAndAudited() {
        int year = 2060 + new Random().nextInt(40);
        LocalDate wednesday = LocalDate.of(year, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate thursday = wednesday.plusDays(1);
        String path = "/calendar/H06/years/" + year;
        token = operatorToken();
        putJson(path, "{\"nonWorkingDays\":[],\"extraWorkingDays\":[],\"source\":\"kiểm thử\"}").expect(200);
        String received = wednesday + "T09:00";
        assertEquals(thursday + "T09:00:00", due(received, "1", "WORKING_DAYS").get("dueAt").asText());

        JsonNode saved = putJson(path, "{\"nonWorkingDays\":[{\"date\":\"" + thursday + "\",\"kind\":\"OTHER\","
            + "\"name\":\"Nghỉ theo quyết định của UBND tỉnh\"}],\"extraWorkingDays\":[],"
            + "\"source\":\"QĐ kiểm thử\"}").expect(200).json();
        assertEquals("PROVINCE", saved.get("origin").asText());
        assertEquals("CONFIRMED", saved.get("status").asText());
        long version = saved.get("version").asLong();
        token = null;
        assertEquals("the next computation uses the change", thursday.plusDays(1) + "T09:00:00",
            due(received, "1", "WORKING_DAYS").get("dueAt").asText());
        JsonNode read = get(path).expect(200).json();
        assertEquals("PROVINCE", read.get("origin").asText());
        assertEquals(thursday.toString(), read.get("nonWorkingDays").get(0).get("date").asText());
        assertEquals("QĐ kiểm thử", read.get("source").asText());
        assertEquals(480, read.get("workingMinutesPerDay").asInt());
        JsonNode working = get("/calendar/H06/working-time?from=" + wednesday + "T09:00&to=" + thursday.plusDays(1)
            + "T09:00").expect(200).json();
        assertEquals("the day off is not working time", 480, working.get("workingMinutes").asLong());

        // a stale version is refused; the current one is accepted
        token = operatorToken();
        assertEquals(409, putJson(path, "{\"nonWorkingDays\":[],\"version\":" + (version - 1) + "}").status());
        JsonNode audit = get("/audit?action=calendar.year.replace&targetId=H06/" + year + "&size=50").expect(200).json();
        assertTrue("audited: " + audit, audit.toString().contains("+off [" + thursday + "]"));
    }

    @Test
    @Clauses({"000-16.2"})
    public void onlyProvincialOperatorsChangeTheCalendar() {
        String body = "{\"nonWorkingDays\":[],\"extraWorkingDays\":[]}";
        String path = "/calendar/H06/years/2098";
        token = null;
        assertEquals(401, putJson(path, body).status());
        operatorToken();
        for (Role role : new Role[] {Role.ONE_STOP_OFFICER, Role.AGENCY_ADMIN, Role.SUPERVISOR, Role.SPECIALIST}) {
            token = staffToken(rootAgency, role);
            Reply refused = putJson(path, body);
            assertEquals(role + ": " + refused.body(), 403, refused.status());
        }
        token = applicantToken();
        assertEquals(403, putJson(path, body).status());
    }

    @Test
    public void badInputIsA400NamingTheField() {
        assertEquals("duration.unit", field(postJson("/calendar/due-date",
            dueDateBody("2026-02-13T10:00", "3", "WEEKS"))));
        assertEquals("receivedAt", field(postJson("/calendar/due-date",
            dueDateBody("13/02/2026 10:00", "3", "WORKING_DAYS"))));
        assertEquals("receivedAt", field(postJson("/calendar/due-date",
            dueDateBody("2026-02-30T10:00", "3", "WORKING_DAYS"))));
        assertEquals("receivedAt", field(postJson("/calendar/due-date",
            dueDateBody("1990-02-13T10:00", "3", "WORKING_DAYS"))));
        assertEquals("duration.value", field(postJson("/calendar/due-date",
            dueDateBody("2026-02-13T10:00", "-1", "WORKING_DAYS"))));
        assertEquals("duration.value", field(postJson("/calendar/due-date",
            dueDateBody("2026-02-13T10:00", "1.5", "CALENDAR_DAYS"))));
        assertEquals("province", field(postJson("/calendar/due-date", "{\"province\":\"H99\","
            + "\"receivedAt\":\"2026-02-13T10:00\",\"duration\":{\"value\":3,\"unit\":\"WORKING_DAYS\"}}")));
        assertEquals("duration", field(postJson("/calendar/due-date", "{\"receivedAt\":\"2026-02-13T10:00\"}")));
        assertEquals("year", field(get("/calendar/H06/years/1999")));
        assertEquals("year", field(get("/calendar/H06/years/abc")));
        assertEquals("from", field(get("/calendar/H06/working-time?from=yesterday&to=2026-02-25T10:00")));
        assertEquals("to", field(get("/calendar/H06/working-time?from=2026-02-25T10:00&to=2026-02-13T10:00")));
        assertEquals(404, get("/calendar/H99/years/2026").status());
        token = operatorToken();
        assertEquals("year", field(putJson("/calendar/H06/years/2101", "{\"nonWorkingDays\":[]}")));
        assertEquals("nonWorkingDays[1].date", field(putJson("/calendar/H06/years/2097", "{\"nonWorkingDays\":["
            + "{\"date\":\"2097-05-03\",\"kind\":\"HOLIDAY\"},{\"date\":\"2097-05-03\",\"kind\":\"OTHER\"}]}")));
        assertEquals("nonWorkingDays[0].kind", field(putJson("/calendar/H06/years/2097", "{\"nonWorkingDays\":["
            + "{\"date\":\"2097-05-03\",\"kind\":\"FESTIVAL\"}]}")));
        assertEquals("workingHours[0].end", field(putJson("/calendar/H06/years/2097", "{\"workingHours\":["
            + "{\"start\":\"13:00\",\"end\":\"11:00\"}]}")));
    }

    @Test
    public void anAnnouncedYearIsPublic() {
        JsonNode y = get("/calendar/H06/years/2025").expect(200).json();
        assertEquals("CONFIRMED", y.get("status").asText());
        assertTrue(y.get("source").asText().contains("8726/VPCP-KGVX"));
        assertEquals("2025-04-26", y.get("extraWorkingDays").get(0).get("date").asText());
        assertEquals("07:30:00", y.get("workingHours").get(0).get("start").asText());
    }
}
