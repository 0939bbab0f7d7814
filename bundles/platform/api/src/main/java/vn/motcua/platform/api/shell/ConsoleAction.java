package vn.motcua.platform.api.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.ValidationException;

/**
 * Base of the {@code motcua:*} console commands: turns the errors an operator can fix (invalid input with the field
 * named, unknown code, conflict, missing or unreadable file) into readable Vietnamese / English lines on the error
 * stream instead of a stack trace. Anything else is a bug and still reaches Karaf's own error handling.
 *
 * <p>A subclass also implements Karaf's {@code Action}, whose {@code execute()} this class provides. Output goes to
 * {@code System.out}, which Karaf binds to the calling session (so {@code | grep} works); tests {@link #redirect}.
 */
public abstract class ConsoleAction {
    protected PrintStream out = System.out;
    protected PrintStream err = System.err;

    /** Runs the command; the errors an operator can fix are printed, not thrown. */
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

    /** Sends the command's output and error lines elsewhere, e.g. to a test's buffers. */
    public void redirect(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The command's work; may throw the errors {@link #execute()} reports. */
    protected abstract void run() throws IOException;
}
