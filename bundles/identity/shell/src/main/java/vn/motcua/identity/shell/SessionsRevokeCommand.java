package vn.motcua.identity.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.identity.api.IdentityAdministration;

/**
 * {@code motcua:sessions-revoke LOGIN}: ends every session of an account at once on every node (a lost device, a
 * token that leaked), including those it holds for an organisation. Karaf role: {@code admin}.
 */
@Service
@Command(scope = "motcua", name = "sessions-revoke",
    description = "Thu hồi mọi phiên đăng nhập của một tài khoản / End every session of an account")
public class SessionsRevokeCommand extends IdentityCommand {

    @Reference
    IdentityAdministration administration;

    @Argument(index = 0, name = "LOGIN", required = true,
        description = "Số căn cước, mã số thuế hoặc tên đăng nhập / ID number, tax code or user name")
    String login;

    @Override
    void run() {
        int revoked = administration.revokeSessions(login);
        out.println("Đã thu hồi " + revoked + " phiên của " + login.strip() + " / " + revoked
            + " sessions of " + login.strip() + " revoked");
    }
}
