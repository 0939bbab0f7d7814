package vn.motcua.calendar.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.api.CalendarYearView;
import vn.motcua.calendar.engine.ExtraWorkingDay;
import vn.motcua.calendar.engine.NonWorkingDay;

/** {@code motcua:calendar-year}: a province's year as in force — where it comes from, hours, days off, worked days. */
@Service
@Command(scope = "motcua", name = "calendar-year",
    description = "Xem lịch làm việc một năm của tỉnh / Show a year of the province's working calendar")
public class CalendarYearCommand extends CalendarAction {

    @Reference
    CalendarService calendars;

    @Argument(index = 0, name = "YEAR", required = true, description = "Năm / Year, e.g. 2026")
    int year;

    @Option(name = "-p", aliases = "--province", description = "Mã tỉnh (mặc định tỉnh cấu hình) / Province code (default: configured)")
    String province;

    @Override
    protected void run() {
        CalendarYearView y = calendars.year(province == null ? calendars.defaultProvince() : province, year);
        out.println("Lịch làm việc / Working calendar " + y.province() + " " + y.year() + ": " + y.status() + " ("
            + y.origin() + ")");
        out.println("  Nguồn / Source: " + (y.source() == null ? "-" : y.source()));
        out.println("  Ngày làm việc trong tuần / Weekdays: " + y.workingWeekdays());
        out.println("  Giờ làm việc / Hours: " + y.workingHours() + " (" + y.workingMinutesPerDay() / 60.0 + " h)");
        out.println("  Số ngày làm việc / Working days: " + y.workingDays());
        if (y.updatedAt() != null) {
            out.println("  Cập nhật / Updated: " + y.updatedAt() + " " + y.updatedBy() + " (version " + y.version() + ")");
        }
        ShellTable table = new ShellTable();
        table.column("Ngày / Date");
        table.column("Thứ / Day");
        table.column("Loại / Kind");
        table.column("Tên / Name");
        for (NonWorkingDay d : y.nonWorkingDays()) {
            table.addRow().addContent(d.date(), d.date().getDayOfWeek(), d.kind(), d.name() == null ? "" : d.name());
        }
        for (ExtraWorkingDay d : y.extraWorkingDays()) {
            table.addRow().addContent(d.date(), d.date().getDayOfWeek(), "WORKED", d.name() == null ? "" : d.name());
        }
        table.print(out);
    }
}
