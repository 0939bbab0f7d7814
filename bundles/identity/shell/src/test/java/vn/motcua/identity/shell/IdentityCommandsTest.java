package vn.motcua.identity.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.karaf.shell.api.action.Command;
import org.junit.Test;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.CleanupReport;
import vn.motcua.identity.api.IdentityAdministration;
import vn.motcua.identity.api.Position;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.ConsoleCaller;
import vn.motcua.platform.api.security.Role;

/** The identity console commands: what they hand the service, as whom, what they print, how they fail. */
public class IdentityCommandsTest {
    /** Records calls with the caller they ran as; the service's own rules are tested in the impl bundle. */
    static final class Administration implements IdentityAdministration {
        final List<String> calls = new ArrayList<>();
        boolean operatorExists;

        private void call(String what) {
            calls.add(what + " as " + CallerContext.current().accountId());
        }

        @Override
        public Optional<StaffCreated> bootstrapOperator(String username, String fullName, String email,
                                                        String agencyCode) {
            call("bootstrap " + username + " " + fullName + " " + email + " " + agencyCode);
            if (username.contains(" ")) {
                throw ValidationException.of("username", "bad-format", "Sai định dạng", "bad format");
            }
            return operatorExists ? Optional.empty() : Optional.of(new StaffCreated(account(username,
                new Position(agencyCode, Set.of(Role.PROVINCIAL_OPERATOR), Set.of(), Set.of())), "Tam7thoi8MatKhau"));
        }

        @Override
        public int rotateSigningKey() {
            call("rotate");
            return 3;
        }

        @Override
        public Account unlock(String login) {
            call("unlock " + login);
            if (login.equals("khong.co.ai")) {
                throw new NotFoundException("tài khoản", "Account", login);
            }
            return account(login, null);
        }

        @Override
        public int revokeSessions(String login) {
            call("revoke " + login);
            return 2;
        }

        @Override
        public CleanupReport cleanUp() {
            call("cleanup");
            return calls.size() > 1 ? CleanupReport.skipped("another node is cleaning up", "node-1", T)
                : new CleanupReport(true, null, "node-1", T, 12, 3, 1, 4, 2);
        }
    }

    private static final Instant T = Instant.parse("2025-07-01T01:00:00Z");

    private static Account account(String login, Position position) {
        return new Account("a-1", AccountKind.STAFF, login, "Quản trị tỉnh", null, null, AccountStatus.ACTIVE,
            position == null ? Set.of() : position.roles(), position, position != null,
            Instant.parse("2025-07-01T01:00:00Z"), null);
    }

    private final Administration administration = new Administration();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private String run(IdentityCommand command) {
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        command.console = () -> ConsoleCaller.of("ops");
        command.execute();
        return printed.toString(StandardCharsets.UTF_8);
    }

    private OperatorBootstrapCommand bootstrap(String username) {
        OperatorBootstrapCommand c = new OperatorBootstrapCommand();
        c.administration = administration;
        c.username = username;
        c.email = "cntt@bacninh.gov.vn";
        c.agency = "000.00.00.H27";
        return c;
    }

    @Test
    public void operatorBootstrapPrintsTheOneTimePasswordOnceAndNothingWhenAnOperatorExists() {
        String out = run(bootstrap("quantri"));
        assertEquals(List.of("bootstrap quantri null cntt@bacninh.gov.vn 000.00.00.H27 as karaf:ops"),
            administration.calls);
        assertTrue(out, out.contains("Provincial operator created: quantri (000.00.00.H27)"));
        assertTrue(out, out.contains("One-time password: Tam7thoi8MatKhau"));

        administration.operatorExists = true;
        printed.reset();
        out = run(bootstrap("quantri2"));
        assertTrue(out, out.contains("A provincial operator exists; nothing created"));
        assertTrue(out, !out.contains("Tam7thoi8MatKhau"));
    }

    @Test
    public void badInputEndsTheCommandWithTheFieldAndBothLanguages() {
        IdentityCommand.CommandFailure f = assertThrows(IdentityCommand.CommandFailure.class,
            () -> run(bootstrap("Quan Tri")));
        assertEquals("Dữ liệu không hợp lệ / Invalid input: username: Sai định dạng / bad format", f.getMessage());
        AccountUnlockCommand unlock = new AccountUnlockCommand();
        unlock.administration = administration;
        unlock.login = "khong.co.ai";
        f = assertThrows(IdentityCommand.CommandFailure.class, () -> run(unlock));
        assertEquals("Không tìm thấy tài khoản 'khong.co.ai' / Account 'khong.co.ai' not found", f.getMessage());
        assertEquals("the console caller is not left behind", null, CallerContext.current().accountId());
    }

    // clauses: 001-25.2#1
    @Test
    public void rotateUnlockAndRevokeRunAsTheConsoleUser() {
        SigningKeyRotateCommand rotate = new SigningKeyRotateCommand();
        rotate.administration = administration;
        assertTrue(run(rotate).contains("New session tokens are signed with key 3"));
        AccountUnlockCommand unlock = new AccountUnlockCommand();
        unlock.administration = administration;
        unlock.login = "chuyen.vien";
        assertTrue(run(unlock).contains("Unlocked: chuyen.vien (Quản trị tỉnh), ACTIVE"));
        SessionsRevokeCommand revoke = new SessionsRevokeCommand();
        revoke.administration = administration;
        revoke.login = " 001099012345 ";
        assertTrue(run(revoke).contains("2 sessions of 001099012345 revoked"));
        assertEquals(List.of("rotate as karaf:ops", "unlock chuyen.vien as karaf:ops",
            "revoke  001099012345  as karaf:ops"), administration.calls);
    }

    @Test
    public void cleanupPrintsWhatItDeletedOrWhyItDidNotRun() {
        IdentityCleanupCommand cleanup = new IdentityCleanupCommand();
        cleanup.administration = administration;
        String out = run(cleanup);
        assertTrue(out, out.contains("Deleted (node-1, 2025-07-01T01:00:00Z):"));
        assertTrue(out, out.contains("Ended sessions: 12"));
        assertTrue(out, out.contains("Registrations never verified: 1"));
        assertTrue(out, out.contains("Ended organisation authorisations: 2"));
        printed.reset();
        assertTrue(run(cleanup).contains("Not run: another node is cleaning up"));
        assertEquals(List.of("cleanup as karaf:ops", "cleanup as karaf:ops"), administration.calls);
    }

    @Test
    public void everyCommandIsInTheMotcuaScopeWithABilingualDescription() {
        for (Class<?> c : List.of(OperatorBootstrapCommand.class, SigningKeyRotateCommand.class,
            AccountUnlockCommand.class, SessionsRevokeCommand.class, IdentityCleanupCommand.class)) {
            Command command = c.getAnnotation(Command.class);
            assertEquals(c.getSimpleName(), "motcua", command.scope());
            assertTrue(c.getSimpleName(), command.description().contains(" / "));
        }
    }
}
