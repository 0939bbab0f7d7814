package vn.motcua.calendar.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.calendar.engine.ProvinceCalendar;
import vn.motcua.calendar.engine.YearStatus;
import vn.motcua.platform.api.health.HealthIndicator;
import vn.motcua.platform.api.health.HealthStatus;

/**
 * Reports that the default province's calendar compiles from the database, at which revision, and whether this year
 * and next are confirmed, with a note while the current year is provisional (due dates may still move): the operator
 * confirms the year once the Government announces it. A provisional year does not lower the state — due dates are
 * still computed, and a health check must not change with the date alone.
 */
@Component(service = HealthIndicator.class)
public class CalendarHealth implements HealthIndicator {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Reference
    CalendarServiceImpl calendars;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public HealthStatus check() {
        try {
            ProvinceCalendar c = calendars.calendar(calendars.defaultProvince());
            int year = LocalDate.now(clock.withZone(VIETNAM)).getYear();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("province", c.province());
            details.put("provinces", calendars.provinces());
            details.put("revision", c.revision());
            details.put("year" + year, c.year(year).status());
            if (year < c.calendar().lastYear()) {
                details.put("year" + (year + 1), c.year(year + 1).status());
            }
            if (c.year(year).status() == YearStatus.PROVISIONAL) {
                details.put("note", "Lịch năm " + year + " chưa được xác nhận / the calendar of " + year
                    + " is provisional: confirm it (PUT /api/v1/calendar/" + c.province() + "/years/" + year + ")");
            }
            return HealthStatus.up(details);
        } catch (RuntimeException e) {
            return HealthStatus.down("calendar unavailable: " + e.getMessage(), Map.of());
        }
    }
}
