package vn.motcua.identity.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.IdentityAdministration;

/**
 * {@code motcua:account-unlock LOGIN}: lifts an administrator's lock and the temporary lock after failed logins, e.g.
 * when the only provincial operator locked themselves out. Karaf role: {@code admin}.
 */
@Service
@Command(scope = "motcua", name = "account-unlock",
    description = "Mở khóa tài khoản (khóa của quản trị và khóa do đăng nhập sai) / "
        + "Unlock an account (administrator's lock and failed-login lock)")
public class AccountUnlockCommand extends IdentityCommand {

    @Reference
    IdentityAdministration administration;

    @Argument(index = 0, name = "LOGIN", required = true,
        description = "Số căn cước, mã số thuế hoặc tên đăng nhập / ID number, tax code or user name")
    String login;

    @Override
    void run() {
        Account a = administration.unlock(login);
        out.println("Đã mở khóa / Unlocked: " + a.login() + " (" + a.displayName() + "), " + a.status());
    }
}
