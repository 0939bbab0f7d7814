package vn.motcua.identity.shell;

import java.io.PrintStream;
import java.util.function.Supplier;

import org.apache.karaf.shell.api.action.Action;

import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.ConsoleCaller;

/**
 * Base of the identity {@code motcua:} commands. Who may run them is Karaf's decision, made before the command runs:
 * its JAAS realm admits the console user and {@code etc/org.apache.karaf.command.acl.motcua.cfg} requires the
 * {@code admin} role for these commands. The work then runs as the system acting for that console user, who is named
 * on the audit trail.
 *
 * <p>An error the operator can fix (bad input, unknown login) ends the command with its Vietnamese / English message
 * and no stack trace; Karaf prints it as "Error executing command: …" and a scripted {@code bin/client} call exits
 * non-zero. Output goes to {@code System.out}, which Karaf binds to the calling session; tests replace {@link #out}.
 */
abstract class IdentityCommand implements Action {
    PrintStream out = System.out;

    /** The console user as the caller of the work; tests name one. */
    Supplier<Caller> console = ConsoleCaller::current;

    @Override
    public final Object execute() {
        try {
            CallerContext.callAs(console.get(), () -> {
                run();
                return null;
            });
        } catch (ValidationException e) {
            StringBuilder text = new StringBuilder("Dữ liệu không hợp lệ / Invalid input:");
            for (FieldError f : e.errors()) {
                text.append(" ").append(f.field()).append(": ").append(f.messageVi()).append(" / ")
                    .append(f.messageEn()).append(";");
            }
            throw new CommandFailure(text.substring(0, text.length() - 1));
        } catch (MotCuaException e) {
            throw new CommandFailure(e.messageVi() + " / " + e.messageEn());
        }
        return null;
    }

    /** The command's work, run as the console user. */
    abstract void run();

    /** What Karaf reports as the command's error: the message only. */
    static final class CommandFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandFailure(String message) {
            super(message, null, false, false);
        }
    }
}
