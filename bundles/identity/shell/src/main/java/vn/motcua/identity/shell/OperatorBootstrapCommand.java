package vn.motcua.identity.shell;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.identity.api.IdentityAdministration;
import vn.motcua.identity.api.StaffCreated;

/**
 * {@code motcua:operator-bootstrap -u USER -e EMAIL -a AGENCY}: first start without a configuration file. Creates the
 * first provincial operator when none exists and prints its one-time password once; does nothing (and says so) while
 * one exists, so running it twice, or on two nodes, never makes a second one. Karaf role: {@code admin}.
 */
@Service
@Command(scope = "motcua", name = "operator-bootstrap",
    description = "Tạo quản trị hệ thống tỉnh đầu tiên (khi chưa có), in mật khẩu dùng một lần / "
        + "Create the first provincial operator (when there is none) and print its one-time password")
public class OperatorBootstrapCommand extends IdentityCommand {

    @Reference
    IdentityAdministration administration;

    @Option(name = "-u", aliases = "--username", required = true,
        description = "Tên đăng nhập (chữ thường, số, . _ -) / User name (lower-case letters, digits, . _ -)")
    String username;

    @Option(name = "-e", aliases = "--email", required = true, description = "Thư điện tử / Email")
    String email;

    @Option(name = "-a", aliases = "--agency", required = true,
        description = "Mã cơ quan gốc (tỉnh) trong danh mục / Code of the root agency (the province)")
    String agency;

    @Option(name = "-n", aliases = "--full-name", description = "Họ tên / Display name")
    String fullName;

    @Override
    void run() {
        Optional<StaffCreated> created = administration.bootstrapOperator(username, fullName, email, agency);
        if (created.isEmpty()) {
            out.println("Đã có quản trị hệ thống tỉnh; không tạo thêm / A provincial operator exists; nothing created");
            return;
        }
        StaffCreated c = created.get();
        out.println("Đã tạo quản trị hệ thống tỉnh / Provincial operator created: " + c.account().login()
            + " (" + c.account().position().agencyCode() + ")");
        out.println("Mật khẩu dùng một lần / One-time password: " + c.temporaryPassword());
        out.println("  Đăng nhập và đổi mật khẩu ngay / Log in and change it now: POST /api/v1/auth/login, "
            + "then POST /api/v1/auth/password");
        out.println("  Mật khẩu này không hiển thị lại / This password is not shown again");
    }
}
