package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.Test;

import vn.motcua.identity.api.PasswordChange;
import vn.motcua.identity.api.Session;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;

/** Bearer tokens: forged, malformed, expired and revoked ones are told apart; every node accepts every node's. */
public class TokenTest extends IdentityTestSupport {

    @Test
    public void aForgedTokenIsRefused() {
        activeCitizen(CITIZEN_ID);
        String token = login(CITIZEN_ID, PASSWORD).token();
        assertTrue(token, token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}"));
        int dot = token.indexOf('.');
        // flip one byte of the signature, then one of the session part
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[7] ^= 0x01;
        String badSignature = token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(signature);
        expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.authenticate(badSignature, ADDRESS));
        byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
        payload[payload.length - 1] ^= 0x01;
        String badSession = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + token.substring(dot);
        expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.authenticate(badSession, ADDRESS));
        // the signature of one session does not fit another
        Session other = login(CITIZEN_ID, PASSWORD);
        String swapped = other.token().substring(0, other.token().indexOf('.')) + token.substring(dot);
        expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.authenticate(swapped, ADDRESS));
        // a token for a key that does not exist
        String otherKey = Base64.getUrlEncoder().withoutPadding().encodeToString(
            new String(payload, StandardCharsets.UTF_8).replaceFirst("^1:", "7:").getBytes(StandardCharsets.UTF_8))
            + token.substring(dot);
        expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.authenticate(otherKey, ADDRESS));
        // the real one still works
        assertEquals(CITIZEN_ID, id.node.auth.me(token).login());
    }

    @Test
    public void malformedTokensAreRefused() {
        activeCitizen(CITIZEN_ID);
        String token = login(CITIZEN_ID, PASSWORD).token();
        for (String bad : List.of("", " ", "abc", "a.b", "a.b.c", ".", token + ".", "." + token, token + "x",
            "€€€.€€€", token.replace('.', ':'), "x".repeat(600), "a".repeat(10_240) + "." + "b".repeat(43))) {
            expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.authenticate(bad, ADDRESS));
        }
        expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.authenticate(null, ADDRESS));
        expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.me("abc"));
        expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.logout("abc"));
    }

    @Test
    public void sessionsExpire() {
        activeCitizen(CITIZEN_ID);
        String token = login(CITIZEN_ID, PASSWORD).token();
        id.clock.advance(Duration.ofDays(30).minusSeconds(1));
        authenticate(new Session(token, "Bearer", null, null));
        id.clock.advance(Duration.ofSeconds(1));
        UnauthorizedException e = expect(UnauthorizedException.class, 401, "expired-token",
            () -> id.node.auth.authenticate(token, ADDRESS));
        assertTrue(e.messageVi(), e.messageVi().contains("hết hạn"));
    }

    @Test
    public void logoutRevokesTheSession() {
        activeCitizen(CITIZEN_ID);
        Session one = login(CITIZEN_ID, PASSWORD);
        Session two = login(CITIZEN_ID, PASSWORD);
        id.node.auth.logout(one.token());
        expect(UnauthorizedException.class, 401, "revoked-token", () -> id.node.auth.authenticate(one.token(), ADDRESS));
        expect(UnauthorizedException.class, 401, "revoked-token", () -> id.node.auth.logout(one.token()));
        assertEquals("other sessions live on", CITIZEN_ID, id.node.auth.me(two.token()).login());
        assertEquals("logout", id.db.queryRow("select revoke_reason from identity_session where revoked_at is not null")
            .get(0));
        assertEquals(1, id.audit.of("identity.logout").size());
    }

    @Test
    public void aPasswordChangeRevokesEveryOtherSession() {
        activeCitizen(CITIZEN_ID);
        Session phone = login(CITIZEN_ID, PASSWORD);
        Session laptop = login(CITIZEN_ID, PASSWORD);
        Session fresh = id.node.auth.changePassword(laptop.token(), new PasswordChange(PASSWORD, "Matkhaumoi2026"),
            ADDRESS);
        assertNotEquals(laptop.token(), fresh.token());
        expect(UnauthorizedException.class, 401, "revoked-token", () -> id.node.auth.authenticate(phone.token(), ADDRESS));
        expect(UnauthorizedException.class, 401, "revoked-token", () -> id.node.auth.authenticate(laptop.token(), ADDRESS));
        assertEquals(CITIZEN_ID, id.node.auth.me(fresh.token()).login());
        expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login(CITIZEN_ID, PASSWORD));
        login(CITIZEN_ID, "Matkhaumoi2026");
        assertEquals(1, id.audit.of("identity.password.change", AuditRecord.Outcome.SUCCESS).size());
        ApplicantRegistrationTest.assertNoSecretsAudited("Matkhaumoi2026");
    }

    @Test
    public void aPasswordChangeNeedsTheCurrentPasswordAndAGoodNewOne() {
        activeCitizen(CITIZEN_ID);
        String token = login(CITIZEN_ID, PASSWORD).token();
        ValidationException wrong = expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.auth.changePassword(token, new PasswordChange("Saimatkhau1", "Matkhaumoi2026"), ADDRESS));
        assertEquals("wrong-password", ApplicantRegistrationTest.field(wrong, "currentPassword").code());
        assertEquals("a wrong current password counts as a failed login", 1L,
            id.db.queryLong("select failures from identity_login_throttle"));
        assertEquals("unchanged", ApplicantRegistrationTest.field(expect(ValidationException.class, 400,
            "validation-failed", () -> id.node.auth.changePassword(token, new PasswordChange(PASSWORD, PASSWORD),
                ADDRESS)), "newPassword").code());
        assertEquals("too-weak", ApplicantRegistrationTest.field(expect(ValidationException.class, 400,
            "validation-failed", () -> id.node.auth.changePassword(token, new PasswordChange(PASSWORD,
                "khongcoso!!"), ADDRESS)), "newPassword").code());
        assertEquals("too-long", ApplicantRegistrationTest.field(expect(ValidationException.class, 400,
            "validation-failed", () -> id.node.auth.changePassword(token, new PasswordChange(PASSWORD,
                "a1".repeat(5000)), ADDRESS)), "newPassword").code());
        // guessing the password through a stolen session ends in the same lock as guessing at the login
        for (int i = 0; i < 4; i++) {
            try {
                id.node.auth.changePassword(token, new PasswordChange("Saimatkhau" + i, "Matkhaumoi2026"), ADDRESS);
            } catch (ValidationException | UnauthorizedException expected) {
                // counted
            }
        }
        expect(UnauthorizedException.class, 401, "login-locked",
            () -> id.node.auth.changePassword(token, new PasswordChange(PASSWORD, "Matkhaumoi2026"), ADDRESS));
    }

    @Test
    public void everyNodeAcceptsEveryNodesTokens() {
        activeCitizen(CITIZEN_ID);
        TestIdentity.Node other = id.newNode();
        try {
            Session here = login(CITIZEN_ID, PASSWORD);
            Session there = other.auth.login(new vn.motcua.identity.api.LoginRequest(CITIZEN_ID, PASSWORD), ADDRESS);
            assertEquals("one signing key, created on first use, shared", 1, id.db.count("identity_signing_key"));
            Caller a = other.auth.authenticate(here.token(), ADDRESS);
            Caller b = id.node.auth.authenticate(there.token(), ADDRESS);
            assertEquals(a.accountId(), b.accountId());
            // a logout on one node is seen at once by the other
            other.auth.logout(here.token());
            expect(UnauthorizedException.class, 401, "revoked-token",
                () -> id.node.auth.authenticate(here.token(), ADDRESS));
        } finally {
            other.close();
        }
    }

    @Test
    public void aRotatedKeyStillVerifiesItsTokens() {
        activeCitizen(CITIZEN_ID);
        TestIdentity.Node other = id.newNode();
        try {
            Session before = login(CITIZEN_ID, PASSWORD);
            other.auth.authenticate(before.token(), ADDRESS);
            assertEquals(2, id.node.auth.rotateSigningKey());
            Session after = login(CITIZEN_ID, PASSWORD);
            assertTrue(new String(Base64.getUrlDecoder().decode(after.token().split("\\.")[0]), StandardCharsets.UTF_8)
                .startsWith("2:"));
            other.auth.authenticate(before.token(), ADDRESS);
            other.auth.authenticate(after.token(), ADDRESS);
            id.node.auth.authenticate(before.token(), ADDRESS);
            // the other node keeps signing with key 1 until it looks again (60 s), and both keys verify
            Session fromOther = other.auth.login(new vn.motcua.identity.api.LoginRequest(CITIZEN_ID, PASSWORD),
                ADDRESS);
            id.node.auth.authenticate(fromOther.token(), ADDRESS);
            id.clock.advance(Duration.ofSeconds(61));
            Session later = other.auth.login(new vn.motcua.identity.api.LoginRequest(CITIZEN_ID, PASSWORD), ADDRESS);
            assertTrue(new String(Base64.getUrlDecoder().decode(later.token().split("\\.")[0]), StandardCharsets.UTF_8)
                .startsWith("2:"));
            assertEquals(1L, id.db.queryLong("select count(*) from identity_signing_key where retired_at is null"));
        } finally {
            other.close();
        }
    }
}
