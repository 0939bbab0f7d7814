package vn.motcua.audit.rest.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.audit.api.SealStatus;
import vn.motcua.audit.api.VerificationReport;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.ConsoleCaller;

/**
 * {@code motcua:audit-verify [--from N] [--to M]}: recomputes the audit hash chain and prints the result, for an
 * operator on the console (e.g. in a monthly check, or when the HTTP API itself is suspect). Console access is
 * already restricted by Karaf's JAAS realm, so the check runs as the system, naming the console user in the trail.
 * It also prints the chain head, which is worth noting down outside the system.
 */
@Service
@Command(scope = "motcua", name = "audit-verify",
    description = "Kiểm tra chuỗi băm của nhật ký kiểm tra / Verify the audit trail's hash chain")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditTrailService trail;

    @Option(name = "--from", description = "Vị trí đầu (mặc định 1) / First position (default 1)")
    Long from;

    @Option(name = "--to", description = "Vị trí cuối (mặc định: đầu chuỗi) / Last position (default: the chain head)")
    Long to;

    /** Karaf binds System.out to the calling session; tests replace it. */
    PrintStream out = System.out;

    /**
     * Prints the report. A broken chain, and a refused range, end the command with an error (Karaf prints
     * "Error executing command: …" and a scripted {@code bin/client} call exits non-zero), so that a scheduled check
     * notices without parsing the text.
     */
    @Override
    public Object execute() {
        Caller console = ConsoleCaller.current();
        VerificationReport r;
        SealStatus head;
        try {
            r = CallerContext.callAs(console, () -> trail.verify(from, to));
            head = CallerContext.callAs(console, () -> trail.status());
        } catch (ValidationException e) {
            StringBuilder text = new StringBuilder("Dữ liệu không hợp lệ / Invalid input:");
            for (FieldError f : e.errors()) {
                text.append(" --").append(f.field()).append(": ").append(f.messageVi()).append(" / ")
                    .append(f.messageEn());
            }
            throw new CommandFailure(text.toString());
        } catch (MotCuaException e) {
            throw new CommandFailure(e.messageVi() + " / " + e.messageEn());
        }
        print(r, head);
        if (!r.intact()) {
            throw new CommandFailure("Nhật ký kiểm tra bị sai lệch ở vị trí " + r.firstBrokenPosition() + " ("
                + r.problem() + ") / Audit trail broken at position " + r.firstBrokenPosition());
        }
        return null;
    }

    /** What Karaf reports as the command's error: the message only, no stack trace is needed. */
    static final class CommandFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CommandFailure(String message) {
            super(message, null, false, false);
        }
    }

    private void print(VerificationReport r, SealStatus head) {
        out.println("Kết quả / Result: " + (r.intact() ? "NGUYÊN VẸN / INTACT" : "PHÁT HIỆN SAI LỆCH / BROKEN"));
        out.println("  Vị trí / Positions: " + r.fromPosition() + ".." + r.toPosition());
        out.println("  Đã kiểm tra / Checked: " + r.checked());
        if (!r.intact()) {
            out.println("  Vị trí sai đầu tiên / First broken position: " + r.firstBrokenPosition() + " ("
                + r.problem() + ")");
        }
        out.println("  " + r.reasonVi());
        out.println("  " + r.reasonEn());
        out.println("  Chưa niêm phong / Not yet sealed: " + r.unsealed());
        out.println("  Đầu chuỗi / Chain head: " + head.lastPosition() + " " + head.lastHash());
        out.println("  Thời điểm / Verified at: " + r.verifiedAt());
    }
}
