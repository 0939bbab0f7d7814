package vn.motcua.calendar.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.engine.ProvinceCalendar;

/** {@code motcua:working-time FROM TO}: working time between two instants of the province's calendar. */
@Service
@Command(scope = "motcua", name = "working-time",
    description = "Thời gian làm việc giữa hai thời điểm / Working time between two instants")
public class WorkingTimeCommand extends CalendarAction {

    @Reference
    CalendarService calendars;

    @Argument(index = 0, name = "FROM", required = true, description = "Từ / From (2026-02-13T10:00)")
    String from;

    @Argument(index = 1, name = "TO", required = true, description = "Đến / To (2026-02-25T10:00)")
    String to;

    @Option(name = "-p", aliases = "--province", description = "Mã tỉnh (mặc định tỉnh cấu hình) / Province code (default: configured)")
    String province;

    @Override
    protected void run() {
        ProvinceCalendar c = calendars.calendar(province == null ? calendars.defaultProvince() : province);
        long seconds = c.elapsedSeconds(time("FROM", from), time("TO", to));
        int day = c.calendar().year(time("FROM", from).getYear()).secondsPerWorkingDay();
        out.printf(java.util.Locale.ROOT, "%d min = %.2f h = %.2f ngày làm việc / working days (%s)%n", seconds / 60, seconds / 3600.0,
            seconds / (double) day, c.province());
    }
}
