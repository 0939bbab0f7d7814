package vn.motcua.calendar.shell;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.apache.karaf.shell.api.action.Action;

import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.shell.ConsoleAction;

/** Base of the calendar commands: the shared console error handling, plus date-and-time options. */
abstract class CalendarAction extends ConsoleAction implements Action {
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
        .withResolverStyle(ResolverStyle.STRICT);

    /** ISO {@code 2026-02-13T10:00} or Vietnamese {@code 13/2/2026 10:00}, Vietnam time. */
    static LocalDateTime time(String field, String value) {
        String v = value == null ? "" : value.strip();
        try {
            return v.contains("/") ? LocalDateTime.parse(v, VIETNAMESE) : LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "bad-format", "'" + v + "' phải có dạng 2026-02-13T10:00 hoặc 13/2/2026 10:00",
                "'" + v + "' must look like 2026-02-13T10:00 or 13/2/2026 10:00");
        }
    }
}
