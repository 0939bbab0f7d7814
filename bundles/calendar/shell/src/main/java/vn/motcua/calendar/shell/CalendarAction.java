package vn.motcua.calendar.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.apache.karaf.shell.api.action.Action;

import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.ValidationException;

/**
 * Base of the calendar commands: errors an operator can fix are printed as readable Vietnamese / English lines, the
 * offending field named; anything else is a bug and reaches Karaf's own error handling. Tests replace the streams.
 */
abstract class CalendarAction implements Action {
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
        .withResolverStyle(ResolverStyle.STRICT);

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
        } catch (ValidationException e) {
            err.println("Dữ liệu không hợp lệ / Invalid input:");
            for (FieldError f : e.errors()) {
                err.println("  - " + f.field() + ": " + f.messageVi() + " / " + f.messageEn());
            }
        } catch (MotCuaException e) {
            err.println("Lỗi / Error: " + e.messageVi() + " / " + e.messageEn());
        } catch (NoSuchFileException e) {
            err.println("Không tìm thấy tệp / File not found: " + e.getFile());
        } catch (AccessDeniedException e) {
            err.println("Không có quyền truy cập tệp / Access denied: " + e.getFile());
        } catch (IOException e) {
            err.println("Lỗi đọc tệp / I/O error: " + e.getMessage());
        }
        return null;
    }

    abstract void run() throws IOException;

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
