package vn.motcua.identity.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.identity.api.CleanupReport;
import vn.motcua.identity.api.IdentityAdministration;

/**
 * {@code motcua:identity-cleanup}: runs the identity clean-up now instead of at its next interval (ended sessions
 * past their retention, old one-time codes, registrations never verified, quiet failed-login counters, old removed
 * authorisations). Karaf role: {@code admin}.
 */
@Service
@Command(scope = "motcua", name = "identity-cleanup",
    description = "Dọn dữ liệu định danh hết hạn ngay bây giờ / Run the identity clean-up now")
public class IdentityCleanupCommand extends IdentityCommand {

    @Reference
    IdentityAdministration administration;

    @Override
    void run() {
        CleanupReport r = administration.cleanUp();
        if (!r.ran()) {
            out.println("Không chạy / Not run: " + r.skipped());
            return;
        }
        out.println("Đã xóa / Deleted (" + r.node() + ", " + r.at() + "):");
        out.println("  Phiên đã kết thúc / Ended sessions: " + r.sessions());
        out.println("  Mã xác thực cũ / Old one-time codes: " + r.verifications());
        out.println("  Đăng ký không xác thực / Registrations never verified: " + r.accounts());
        out.println("  Bộ đếm đăng nhập sai / Failed-login counters: " + r.throttles());
        out.println("  Ủy quyền tổ chức đã hết / Ended organisation authorisations: " + r.representatives());
    }
}
