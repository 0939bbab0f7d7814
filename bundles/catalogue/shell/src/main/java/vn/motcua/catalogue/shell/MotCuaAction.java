package vn.motcua.catalogue.shell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.apache.karaf.shell.api.action.Action;

import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.shell.ConsoleAction;

/** Base of the catalogue {@code motcua:*} commands: the shared console error handling, plus date options. */
abstract class MotCuaAction extends ConsoleAction implements Action {
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
        .withResolverStyle(ResolverStyle.STRICT);

    /**
     * A date option: ISO {@code 2025-07-01} or the Vietnamese {@code 1/7/2025}; {@code null} when not given.
     *
     * @param option named in the error, e.g. {@code --as-of}
     */
    static LocalDate date(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, VIETNAMESE_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(option, "bad-date", "Ngày '" + v + "' phải có dạng 2025-07-01 hoặc 1/7/2025",
                "date '" + v + "' must look like 2025-07-01 or 1/7/2025");
        }
    }
}
