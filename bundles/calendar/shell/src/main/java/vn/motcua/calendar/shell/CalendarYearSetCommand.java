package vn.motcua.calendar.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.AccessController;
import java.security.Principal;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import com.fasterxml.jackson.core.JsonProcessingException;

import vn.motcua.calendar.api.CalendarService;
import vn.motcua.calendar.api.CalendarYearInput;
import vn.motcua.calendar.api.CalendarYearView;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;

/**
 * {@code motcua:calendar-year-set}: replaces a province's year from a JSON file in the format of
 * {@code PUT /api/v1/calendar/{province}/years/{year}}. Runs as the system on behalf of the console user (the audit
 * trail names them); takes effect at once on every node.
 */
@Service
@Command(scope = "motcua", name = "calendar-year-set",
    description = "Thay lịch làm việc một năm từ tệp JSON / Replace a year of the province's calendar from a JSON file")
public class CalendarYearSetCommand extends CalendarAction {

    @Reference
    CalendarService calendars;

    @Argument(index = 0, name = "YEAR", required = true, description = "Năm / Year")
    int year;

    @Argument(index = 1, name = "FILE", required = true, description = "Tệp JSON (như thân PUT) / JSON file (the PUT body)")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "-p", aliases = "--province", description = "Mã tỉnh (mặc định tỉnh cấu hình) / Province code (default: configured)")
    String province;

    @Override
    protected void run() throws IOException {
        CalendarYearInput input;
        try (InputStream in = Files.newInputStream(Paths.get(file))) {
            input = Json.MAPPER.readValue(in, CalendarYearInput.class);
        } catch (JsonProcessingException e) {
            throw Json.invalid(e);
        }
        if (input == null) {
            throw ValidationException.of("file", "required", "Tệp rỗng", "the file is empty");
        }
        String p = province == null ? calendars.defaultProvince() : province;
        CalendarYearView saved = CallerContext.callAs(Caller.system("console:" + consoleUser()),
            () -> calendars.replaceYear(p, year, input));
        out.println("Đã lưu lịch / Calendar saved: " + saved.province() + " " + saved.year() + " " + saved.status()
            + ", " + saved.nonWorkingDays().size() + " ngày nghỉ / days off, " + saved.extraWorkingDays().size()
            + " ngày làm bù / worked rest days, " + saved.workingDays() + " ngày làm việc / working days (version "
            + saved.version() + ")");
    }

    /** The user logged in to the Karaf console (JAAS), for the audit trail. */
    @SuppressWarnings("removal")
    static String consoleUser() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                    return p.getName();
                }
            }
        }
        return "karaf";
    }
}
