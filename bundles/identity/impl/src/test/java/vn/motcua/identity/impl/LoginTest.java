package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.identity.api.Account;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.UnauthorizedException;

/** Login: one answer for unknown and wrong, lockout counted in the database, progressive, and hash upgrades. */
public class LoginTest extends IdentityTestSupport {

    @Test
    public void unknownLoginAndWrongPasswordGetTheSameAnswer() {
        activeCitizen(CITIZEN_ID);
        UnauthorizedException wrong = expect(UnauthorizedException.class, 401, "invalid-credentials",
            () -> login(CITIZEN_ID, "Saimatkhau1"));
        UnauthorizedException unknown = expect(UnauthorizedException.class, 401, "invalid-credentials",
            () -> login("001099099999", "Saimatkhau1"));
        UnauthorizedException unknownStaff = expect(UnauthorizedException.class, 401, "invalid-credentials",
            () -> login("khong.co.ai", "Saimatkhau1"));
        assertEquals(wrong.messageVi(), unknown.messageVi());
        assertEquals(wrong.messageEn(), unknown.messageEn());
        assertEquals(wrong.messageVi(), unknownStaff.messageVi());
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng", wrong.messageVi());
    }

    @Test
    public void fiveFailuresLockTheLoginForFifteenMinutes() {
        Account a = activeCitizen(CITIZEN_ID);
        String earlier = login(CITIZEN_ID, PASSWORD).token();
        for (int i = 1; i <= 4; i++) {
            expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login(CITIZEN_ID, "Saimatkhau1"));
        }
        UnauthorizedException locked = expect(UnauthorizedException.class, 401, "login-locked",
            () -> login(CITIZEN_ID, "Saimatkhau1"));
        assertTrue(locked.messageVi(), locked.messageVi().contains("08:15 ngày 01/07/2025"));
        Instant until = TestIdentity.START.plus(Duration.ofMinutes(15));
        assertEquals(Timestamp.from(until), id.db.queryRow("select locked_until from identity_login_throttle "
            + "where login_key = ?", CITIZEN_ID).get(0));

        // even the right password is refused now, without being checked
        id.clock.advance(Duration.ofMinutes(14));
        long before = id.node.auth.hasherDerivations();
        expect(UnauthorizedException.class, 401, "login-locked", () -> login(CITIZEN_ID, PASSWORD));
        assertEquals(before, id.node.auth.hasherDerivations());
        assertEquals("shown as locked while it lasts", Account.AccountStatus.LOCKED,
            id.node.auth.me(earlier).status());

        id.clock.advance(Duration.ofMinutes(1));
        assertEquals(a.id(), login(CITIZEN_ID, PASSWORD).account().id());
        assertEquals("a successful login forgets the failures", 0, id.db.count("identity_login_throttle"));

        assertEquals(1, id.audit.of("identity.lockout").size());
        assertEquals(5, id.audit.of("identity.login", AuditRecord.Outcome.FAILURE).size());
        assertEquals(Account.AccountStatus.ACTIVE, id.node.auth.me(earlier).status());
        assertEquals(1, id.audit.of("identity.login", AuditRecord.Outcome.DENIED).size());
    }

    @Test
    public void eachFurtherLockLastsTwiceAsLong() {
        activeCitizen(CITIZEN_ID);
        fail(5);
        id.clock.advance(Duration.ofMinutes(15));
        fail(4);
        UnauthorizedException second = expect(UnauthorizedException.class, 401, "login-locked",
            () -> login(CITIZEN_ID, "Saimatkhau1"));
        assertTrue(second.messageEn(), second.messageEn().contains("08:45"));
        id.clock.advance(Duration.ofMinutes(29));
        expect(UnauthorizedException.class, 401, "login-locked", () -> login(CITIZEN_ID, PASSWORD));
        id.clock.advance(Duration.ofMinutes(1));
        login(CITIZEN_ID, PASSWORD);
        // after a success the next lock is short again
        fail(5);
        assertEquals(Timestamp.from(id.clock.instant().plus(Duration.ofMinutes(15))),
            id.db.queryRow("select locked_until from identity_login_throttle").get(0));
    }

    @Test
    public void unknownLoginsLockExactlyLikeRealOnes() {
        for (int i = 1; i <= 4; i++) {
            expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login("001099099999", "Sai12345678"));
        }
        expect(UnauthorizedException.class, 401, "login-locked", () -> login("001099099999", "Sai12345678"));
        assertEquals(1L, id.db.queryLong("select lockouts from identity_login_throttle"));
    }

    @Test
    public void theLockIsSharedByAllNodes() {
        activeCitizen(CITIZEN_ID);
        TestIdentity.Node other = id.newNode();
        try {
            fail(3);
            for (int i = 0; i < 2; i++) {
                expect(UnauthorizedException.class, 401, i == 0 ? "invalid-credentials" : "login-locked",
                    () -> other.auth.login(new vn.motcua.identity.api.LoginRequest(CITIZEN_ID, "Saimatkhau1"),
                        ADDRESS));
            }
            expect(UnauthorizedException.class, 401, "login-locked", () -> login(CITIZEN_ID, PASSWORD));
        } finally {
            other.close();
        }
    }

    @Test
    public void aFailedLoginIsAuditedAfterItsCounterCommitted() {
        Account a = activeCitizen(CITIZEN_ID);
        fail(5);
        expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login("001099099999", "Sai12345678"));
        List<RecordingAuditLog.Entry> failures = id.audit.of("identity.login", AuditRecord.Outcome.FAILURE);
        assertEquals(6, failures.size());
        for (RecordingAuditLog.Entry e : failures) {
            assertFalse("recorded outside the transaction", e.inTransaction());
            assertEquals(ADDRESS, e.clientAddress());
        }
        assertEquals(a.id(), failures.get(0).record().targetId());
        assertEquals("login", failures.get(5).record().targetType());
        assertFalse(id.audit.of("identity.lockout").get(0).inTransaction());
        expect(UnauthorizedException.class, 401, "login-locked", () -> login(CITIZEN_ID, PASSWORD));
        id.clock.advance(Duration.ofMinutes(15));
        login(CITIZEN_ID, PASSWORD);
        assertTrue("a success is recorded with its change",
            id.audit.of("identity.login", AuditRecord.Outcome.SUCCESS).get(0).inTransaction());
        ApplicantRegistrationTest.assertNoSecretsAudited("Saimatkhau1", "Sai12345678");
    }

    @Test
    public void olderHashesAreUpgradedAtTheNextLogin() {
        activeCitizen(CITIZEN_ID);
        Map<String, Object> stronger = new HashMap<>(Configs.TEST);
        stronger.put("passwordIterations", 2000);
        id.node.wire(stronger);
        login(CITIZEN_ID, PASSWORD);
        String hash = String.valueOf(id.db.queryRow("select password_hash from identity_account").get(0));
        assertTrue(hash, hash.startsWith("pbkdf2-sha256$2000$"));
        login(CITIZEN_ID, PASSWORD);
        id.node.wire(Configs.TEST);
        login(CITIZEN_ID, PASSWORD);
        assertEquals("never downgraded", hash,
            String.valueOf(id.db.queryRow("select password_hash from identity_account").get(0)));
    }

    @Test
    public void missingOrEmptyCredentialsAre400() {
        expect(vn.motcua.platform.api.error.ValidationException.class, 400, "validation-failed",
            () -> login(" ", ""));
        expect(vn.motcua.platform.api.error.ValidationException.class, 400, "validation-failed",
            () -> id.node.auth.login(null, ADDRESS));
        assertNull(id.db.queryRow("select * from identity_login_throttle"));
    }

    private static void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThrowsUnauthorized();
        }
    }

    private static void assertThrowsUnauthorized() {
        try {
            login(CITIZEN_ID, "Saimatkhau1");
            throw new AssertionError("login with a wrong password succeeded");
        } catch (UnauthorizedException expected) {
            // counted
        }
    }
}
