package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.sql.DataSource;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.ApplicantAccountService;
import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.VerificationChannel;

/**
 * The operator's console on the real distribution: the motcua: identity commands run through Karaf's shell as a JAAS
 * user with the admin role, change what the HTTP API sees and are audited under that user; a viewer, or a caller
 * without a login, cannot run them (etc/org.apache.karaf.command.acl.motcua.cfg). And Karaf's own realm ships with no
 * usable login: users.properties enables nobody, karaf/karaf is refused, and bin/motcua-set-admin-password sets a user
 * whose bcrypt hash the realm accepts.
 */
public class IdentityConsoleIT extends MotCuaTestSupport {
    private static final Set<String> ADMIN = Set.of("admin", "manager", "viewer", "ssh");
    private static final Set<String> VIEWER = Set.of("viewer", "ssh");

    @Before
    public void ready() {
        awaitApi();
    }

    /** Runs one console command as {@code user} with {@code roles} (null: no JAAS login at all); returns its output. */
    private String console(String user, Set<String> roles, String command) throws Exception {
        SessionFactory factory = service(SessionFactory.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = factory.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            if (user == null) {
                session.execute(command);
            } else {
                Subject subject = new Subject();
                subject.getPrincipals().add(new UserPrincipal(user));
                roles.forEach(r -> subject.getPrincipals().add(new RolePrincipal(r)));
                Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            }
        } catch (PrivilegedActionException e) {
            throw e.getException();
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String loginJson(String login, String password) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
    }

    /** A verified citizen; returns its login (ID number). */
    private String citizen(String password) {
        applicantToken(); // registers the recording message sender
        token = null;
        ApplicantAccountService applicants = service(ApplicantAccountService.class);
        String id = "0" + String.format("%011d", Math.abs(new java.util.Random().nextLong()) % 100_000_000_000L);
        String email = "con" + unique() + "@example.vn";
        PendingVerification p = applicants.register(new ApplicantRegistration(Account.AccountKind.CITIZEN, id, null,
            "Phạm Thị Bảng Điều Khiển", email, null, password, VerificationChannel.EMAIL));
        String code = SENT.stream().filter(m -> m.to().equals(email)).reduce((a, b) -> b).orElseThrow().text()
            .replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
        applicants.verify(p.verificationId(), code);
        return id;
    }

    @Test
    @Clauses({"001-25.2#1"})
    public void identityCommandsChangeWhatTheApiSeesAndAreAuditedAsTheConsoleUser() throws Exception {
        String operator = operatorToken();
        String password = "MatKhau-" + unique() + "4";
        String login = citizen(password);
        String session = postJson("/auth/login", loginJson(login, password)).expect(200).json().get("token").asText();

        // sessions-revoke: the token dies at once
        String out = console("itest-admin", ADMIN, "motcua:sessions-revoke " + login);
        assertTrue(out, out.contains("1 sessions of " + login + " revoked"));
        token = session;
        assertEquals("revoked-token", get("/me").expect(401).json().get("code").asText());
        token = null;

        // account-unlock lifts the lock five wrong passwords put on the login
        for (int i = 0; i < 5; i++) {
            postJson("/auth/login", loginJson(login, "sai-mat-khau-" + i)).expect(401);
        }
        assertEquals("login-locked", postJson("/auth/login", loginJson(login, password)).expect(401).json()
            .get("code").asText());
        out = console("itest-admin", ADMIN, "motcua:account-unlock " + login);
        assertTrue(out, out.contains("Unlocked: " + login));
        String fresh = postJson("/auth/login", loginJson(login, password)).expect(200).json().get("token").asText();

        // signing-key-rotate: earlier tokens stay valid, new ones name the new key
        out = console("itest-admin", ADMIN, "motcua:signing-key-rotate");
        String key = out.replaceAll("(?s).*signed with key (\\d+);.*", "$1");
        assertTrue(out, key.matches("\\d+"));
        token = fresh;
        get("/me").expect(200);
        token = null;
        String rotated = postJson("/auth/login", loginJson(login, password)).expect(200).json().get("token")
            .asText();
        assertTrue(new String(Base64.getUrlDecoder().decode(rotated.substring(0, rotated.indexOf('.'))),
            StandardCharsets.US_ASCII).startsWith(key + ":"));

        // an unknown login is an error of the command, with the message
        Exception unknown = assertThrows(Exception.class,
            () -> console("itest-admin", ADMIN, "motcua:account-unlock khong.co.ai"));
        assertTrue(unknown.getMessage(), unknown.getMessage().contains("Account 'khong.co.ai' not found"));

        // the trail names the console user
        token = operator;
        await("the console's audit records", java.time.Duration.ofSeconds(30), () -> get(
            "/audit?actorId=karaf:itest-admin&action=identity.sessions.revoke").json().path("totalItems").asLong() > 0);
        JsonNode revoked = get("/audit?actorId=karaf:itest-admin&action=identity.sessions.revoke&size=50").expect(200)
            .json().get("items");
        assertEquals("SYSTEM", revoked.get(0).get("actorKind").asText());
        assertTrue(get("/audit?actorId=karaf:itest-admin&action=identity.unlock").expect(200).json()
            .get("totalItems").asLong() > 0);
        assertTrue(get("/audit?actorId=karaf:itest-admin&action=identity.signing-key.rotate").expect(200).json()
            .get("totalItems").asLong() > 0);
    }

    @Test
    @Clauses({"000-12.1"})
    public void operatorBootstrapCreatesTheFirstOperatorOnlyOnce() throws Exception {
        long before = operators();
        String username = "qt" + unique();
        String out = console("itest-admin", ADMIN, "motcua:operator-bootstrap -u " + username
            + " -e quantri@example.vn -a 000.00.00.H06");
        if (before == 0) {
            // a fresh database: the one-time password logs in to a session that may only change it
            String temporary = out.replaceAll("(?s).*One-time password: (\\S+).*", "$1");
            assertFalse(out, temporary.contains(" "));
            token = postJson("/auth/login", loginJson(username, temporary)).expect(200).json().get("token").asText();
            assertTrue(get("/me").expect(200).json().get("mustChangePassword").asBoolean());
            assertEquals("password-change-required", get("/staff").expect(403).json().get("code").asText());
            token = null;
        } else {
            assertTrue(out, out.contains("A provincial operator exists; nothing created"));
            assertFalse(out, out.contains("One-time password"));
        }
        assertEquals(Math.max(1, before), operators());
        out = console("itest-admin", ADMIN, "motcua:operator-bootstrap -u x" + unique()
            + " -e quantri@example.vn -a 000.00.00.H06");
        assertTrue(out, out.contains("nothing created"));
        assertEquals(Math.max(1, before), operators());
    }

    @Test
    @Clauses({"002-9.10#1"})
    public void cleanupDeletesRegistrationsNeverVerifiedAndSessionsPastTheirRetention() throws Exception {
        String operator = operatorToken();
        token = null;
        // an ended session 100 days old and a registration never verified, 30 days old
        String password = "MatKhau-" + unique() + "6";
        String login = citizen(password);
        String oldSession = postJson("/auth/login", loginJson(login, password)).expect(200).json().get("token")
            .asText();
        token = oldSession;
        postJson("/auth/logout", "{}");
        token = null;
        String stale = "0" + String.format("%011d", Math.abs(new java.util.Random().nextLong()) % 100_000_000_000L);
        PendingVerification pending = service(ApplicantAccountService.class).register(new ApplicantRegistration(
            Account.AccountKind.CITIZEN, stale, null, "Người Không Xác Thực", "kxt" + unique() + "@example.vn", null,
            password, VerificationChannel.EMAIL));
        java.sql.Timestamp daysAgo100 = java.sql.Timestamp.from(java.time.Instant.now().minus(
            java.time.Duration.ofDays(100)));
        java.sql.Timestamp daysAgo30 = java.sql.Timestamp.from(java.time.Instant.now().minus(
            java.time.Duration.ofDays(30)));
        try (Connection c = service(DataSource.class).getConnection()) {
            update(c, "update identity_session set created_at = ?, expires_at = ?, revoked_at = ? where account_id = "
                + "(select id from identity_account where login = ?)", daysAgo100, daysAgo100, daysAgo100, login);
            update(c, "update identity_account set created_at = ? where login = ?", daysAgo30, stale);
            update(c, "update identity_verification set expires_at = ? where id = ?", daysAgo30,
                pending.verificationId());
        }

        String out = console("itest-admin", ADMIN, "motcua:identity-cleanup");
        assertTrue(out, out.contains("Deleted ("));
        assertFalse(out, out.contains("Registrations never verified: 0"));
        assertFalse(out, out.contains("Ended sessions: 0"));
        // the session row is gone: its token is now unknown rather than revoked
        token = oldSession;
        assertEquals("invalid-token", get("/me").expect(401).json().get("code").asText());
        token = null;
        // the ID number is free again and the old code is gone
        assertEquals(404, postJson("/auth/verify/" + pending.verificationId() + "/resend", "{}").status());
        postJson("/auth/register", "{\"kind\":\"CITIZEN\",\"idNumber\":\"" + stale + "\",\"fullName\":\"Người Đăng Ký "
            + "Lại\",\"email\":\"dkl" + unique() + "@example.vn\",\"password\":\"" + password
            + "\",\"channel\":\"EMAIL\"}").expect(201);
        token = operator;
        assertTrue(get("/audit?action=identity.cleanup").expect(200).json().get("totalItems").asLong() > 0);
    }

    private static void update(Connection c, String sql, Object... values) throws java.sql.SQLException {
        try (java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            assertEquals(sql, 1, st.executeUpdate());
        }
    }

    private long operators() throws Exception {
        try (Connection c = service(DataSource.class).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from identity_position where roles like "
                 + "'%,PROVINCIAL_OPERATOR,%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    public void aViewerOrAnUnnamedCallerCannotRunTheIdentityCommands() throws Exception {
        for (String command : new String[] {"motcua:sessions-revoke 001099012345", "motcua:account-unlock quantri",
            "motcua:signing-key-rotate", "motcua:operator-bootstrap -u x1 -e x@example.vn -a 000.00.00.H06"}) {
            Exception viewer = assertThrows(command, Exception.class, () -> console("itest-viewer", VIEWER, command));
            assertTrue(viewer.toString(), viewer.getClass().getSimpleName().contains("CommandNotFound")
                || viewer instanceof SecurityException);
            assertThrows(command, Exception.class, () -> console(null, null, command));
        }
        assertTrue(console("itest-viewer", VIEWER, "motcua:health").contains("Status: "));
    }

    /** The JAAS realm "karaf" serves the console, SSH and JMX alike. */
    private static Subject login(String user, String password) throws LoginException {
        LoginContext context = new LoginContext("karaf", callbacks -> {
            for (var cb : callbacks) {
                if (cb instanceof NameCallback n) {
                    n.setName(user);
                } else if (cb instanceof PasswordCallback p) {
                    p.setPassword(password.toCharArray());
                }
            }
        });
        context.login();
        return context.getSubject();
    }

    @Test
    public void karafsRealmShipsWithoutUsersAndAcceptsOnlyAPasswordSetByTheOperator() throws Exception {
        File etc = new File(System.getProperty("karaf.etc"));
        Properties users = new Properties();
        try (InputStream in = new FileInputStream(new File(etc, "users.properties"))) {
            users.load(in);
        }
        for (String name : users.stringPropertyNames()) {
            assertTrue("users.properties enables " + name, name.startsWith("_g_:"));
        }
        org.osgi.service.cm.Configuration jaas = service(ConfigurationAdmin.class)
            .getConfiguration("org.apache.karaf.jaas", null);
        assertEquals("true", String.valueOf(jaas.getProperties().get("encryption.enabled")));
        assertEquals("bcrypt", jaas.getProperties().get("encryption.algorithm"));
        for (String[] guess : new String[][] {{"karaf", "karaf"}, {"admin", "admin"}, {"karaf", "admin"}}) {
            assertThrows(guess[0] + "/" + guess[1], LoginException.class, () -> login(guess[0], guess[1]));
        }

        String password = "Van-hanh-" + unique() + "-Q7";
        Path script = Path.of(System.getProperty("karaf.home"), "bin", "motcua-set-admin-password");
        Process p = new ProcessBuilder("bash", script.toString(), "itops").redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(said, p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(said, 0, p.exitValue());
        String stored = Files.readString(etc.toPath().resolve("users.properties"));
        assertFalse("the password is stored in clear", stored.contains(password));
        assertTrue(stored, stored.matches("(?s).*\\nitops = \\{CRYPT}[0-9a-f]{120}\\{CRYPT},_g_:admingroup\\n.*"));

        Subject subject = login("itops", password);
        assertNotNull(subject);
        assertTrue(subject.getPrincipals(RolePrincipal.class).stream().anyMatch(r -> r.getName().equals("admin")));
        assertThrows(LoginException.class, () -> login("itops", password + "x"));
    }
}
