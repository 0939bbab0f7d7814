package vn.motcua.catalogue.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.apache.karaf.shell.api.action.Action;

import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.ValidationException;

/**
 * Base of the {@code motcua:*} commands: turns the errors an operator can fix (invalid input, unknown code, conflict,
 * missing file) into readable Vietnamese / English lines instead of a stack trace. Anything else is a bug and still
 * reaches Karaf's own error handling.
 *
 * <p>Output goes to {@code System.out}, which Karaf binds to the calling session (so {@code | grep} works); tests
 * replace {@link #out} and {@link #err}.
 */
abstract class MotCuaAction implements Action {
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
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
        } catch (FileAlreadyExistsException e) {
            err.println("Tệp đã có, dùng --force để ghi đè / File exists, use --force to overwrite: " + e.getFile());
        } catch (AccessDeniedException e) {
            err.println("Không có quyền truy cập tệp / Access denied: " + e.getFile());
        } catch (IOException e) {
            err.println("Lỗi đọc/ghi tệp / I/O error: " + e.getMessage());
        }
        return null;
    }

    /** The command's work; may throw the errors {@link #execute()} reports. */
    abstract void run() throws IOException;

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
