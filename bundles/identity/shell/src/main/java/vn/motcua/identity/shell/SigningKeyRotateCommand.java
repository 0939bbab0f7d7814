package vn.motcua.identity.shell;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import vn.motcua.identity.api.IdentityAdministration;

/**
 * {@code motcua:signing-key-rotate}: new session tokens are signed with a new key on every node (e.g. on a schedule,
 * or when a key may have leaked — then also revoke the sessions concerned). Tokens signed before stay valid until
 * they expire. Karaf role: {@code admin}.
 */
@Service
@Command(scope = "motcua", name = "signing-key-rotate",
    description = "Đổi khóa ký mã phiên đăng nhập / Rotate the key that signs session tokens")
public class SigningKeyRotateCommand extends IdentityCommand {

    @Reference
    IdentityAdministration administration;

    @Override
    void run() {
        int key = administration.rotateSigningKey();
        out.println("Mã phiên mới được ký bằng khóa " + key + "; mã cũ còn hiệu lực đến khi hết hạn / "
            + "New session tokens are signed with key " + key + "; earlier tokens stay valid until they expire");
    }
}
