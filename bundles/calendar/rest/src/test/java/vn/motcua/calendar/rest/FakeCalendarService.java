package vn.motcua.calendar.rest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.api.CalendarYearInput;
import vn.motcua.calendar.api.CalendarYearView;
import vn.motcua.calendar.api.YearOrigin;
import vn.motcua.calendar.engine.BuiltInYears;
import vn.motcua.calendar.engine.CalendarYear;
import vn.motcua.calendar.engine.ProvinceCalendar;
import vn.motcua.calendar.engine.RuleSets;
import vn.motcua.calendar.engine.YearStatus;
import vn.motcua.platform.api.error.NotFoundException;

/** The service contract in memory, over the real engine: province H06 only, years replaced in a map. */
final class FakeCalendarService implements CalendarService {
    final Map<Integer, CalendarYear> own = new HashMap<>();
    private ProvinceCalendar compiled = ProvinceCalendar.national("H06");
    CalendarYearInput lastInput;

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
        served(province);
        return compiled;
    }

    @Override
    public CalendarYearView year(String province, int year) {
        served(province);
        CalendarYear y = own.containsKey(year) ? own.get(year) : BuiltInYears.year(year);
        return new CalendarYearView("H06", year, y.status(), own.containsKey(year) ? YearOrigin.PROVINCE
            : YearOrigin.BUILT_IN, y.source(), y.workingWeekdays().stream().sorted().toList(), y.workingHours(),
            y.secondsPerWorkingDay() / 60, 0, y.nonWorkingDays(), y.extraWorkingDays(), null, null, null);
    }

    @Override
    public CalendarYearView replaceYear(String province, int year, CalendarYearInput input) {
        served(province);
        lastInput = input;
        own.put(year, new CalendarYear(year, YearStatus.CONFIRMED, input.source(), CalendarYear.DEFAULT_WEEKDAYS,
            CalendarYear.DEFAULT_HOURS, input.nonWorkingDays(), input.extraWorkingDays()));
        compiled = ProvinceCalendar.compile("H06", compiled.revision() + 1,
            y -> own.containsKey(y) ? own.get(y) : BuiltInYears.year(y), RuleSets.defaults());
        return year(province, year);
    }

    private static void served(String province) {
        if (!"H06".equals(province)) {
            throw new NotFoundException("lịch làm việc của tỉnh", "working calendar of province", province);
        }
    }
}
