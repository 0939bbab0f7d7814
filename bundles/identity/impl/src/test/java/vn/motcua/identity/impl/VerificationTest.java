package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static vn.motcua.identity.impl.ApplicantRegistrationTest.assertNoSecretsAudited;
import static vn.motcua.identity.impl.ApplicantRegistrationTest.field;

import java.time.Duration;
import java.util.List;

import org.junit.Test;

import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;

/** The one-time code: attempt limit, expiry, resend rate limits, and that only its hash is kept. */
public class VerificationTest extends IdentityTestSupport {

    @Test
    public void wrongCodesCountAndTheFifthKillsTheVerification() {
        PendingVerification p = id.node.applicants.register(citizen(CITIZEN_ID));
        String code = id.email.lastCode();
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            ValidationException e = expect(ValidationException.class, 400, "validation-failed",
                () -> id.node.applicants.verify(p.verificationId(), wrong));
            assertEquals("wrong-code", field(e, "code").code());
            assertTrue(e.messageVi(), e.messageVi().contains("còn " + left + " lần thử"));
        }
        assertEquals(4L, id.db.queryLong("select attempts from identity_verification"));
        expect(GoneException.class, 410, "verification-dead", () -> id.node.applicants.verify(p.verificationId(), wrong));
        // dead: not even the right code helps, nor a new one
        expect(GoneException.class, 410, "verification-dead", () -> id.node.applicants.verify(p.verificationId(), code));
        expect(GoneException.class, 410, "verification-dead", () -> id.node.applicants.resend(p.verificationId()));
        assertEquals(AccountStatus.PENDING_VERIFICATION.name(),
            id.db.queryRow("select status from identity_account").get(0));
        assertEquals("DEAD", id.db.queryRow("select status from identity_verification").get(0));

        List<RecordingAuditLog.Entry> failures = id.audit.of("identity.verify", AuditRecord.Outcome.FAILURE);
        assertEquals("every wrong attempt is on the trail", 5, failures.size());
        assertNoSecretsAudited(code, wrong);

        // a dead verification frees the ID number for a new registration
        PendingVerification again = id.node.applicants.register(citizen(CITIZEN_ID));
        assertEquals(AccountStatus.ACTIVE,
            id.node.applicants.verify(again.verificationId(), id.email.lastCode()).status());
    }

    @Test
    public void aCodeExpiresAfterTenMinutesAndResendGivesANewOne() {
        PendingVerification p = id.node.applicants.register(citizen(CITIZEN_ID));
        String first = id.email.lastCode();
        id.clock.advance(Duration.ofMinutes(10));
        expect(GoneException.class, 410, "verification-expired",
            () -> id.node.applicants.verify(p.verificationId(), first));
        assertEquals("an expired code does not count as an attempt", 0L,
            id.db.queryLong("select attempts from identity_verification"));

        PendingVerification resent = id.node.applicants.resend(p.verificationId());
        assertEquals(p.verificationId(), resent.verificationId());
        assertEquals(id.clock.instant().plus(Duration.ofMinutes(10)), resent.expiresAt());
        assertEquals(2, id.email.sent.size());
        String second = id.email.lastCode();
        if (!second.equals(first)) {
            ValidationException e = expect(ValidationException.class, 400, "validation-failed",
                () -> id.node.applicants.verify(p.verificationId(), first));
            assertEquals("wrong-code", field(e, "code").code());
        }
        id.clock.advance(Duration.ofMinutes(9));
        assertEquals(AccountStatus.ACTIVE, id.node.applicants.verify(p.verificationId(), second).status());
        expect(ConflictException.class, 409, "already-verified",
            () -> id.node.applicants.verify(p.verificationId(), second));
        expect(ConflictException.class, 409, "already-verified", () -> id.node.applicants.resend(p.verificationId()));
    }

    @Test
    public void resendIsRateLimited() {
        PendingVerification p = id.node.applicants.register(citizen(CITIZEN_ID));
        TooManyRequestsException soon = expect(TooManyRequestsException.class, 429, "resend-too-soon",
            () -> id.node.applicants.resend(p.verificationId()));
        assertTrue(soon.messageVi(), soon.messageVi().contains("60 giây"));
        id.clock.advance(Duration.ofSeconds(45));
        assertTrue(expect(TooManyRequestsException.class, 429, "resend-too-soon",
            () -> id.node.applicants.resend(p.verificationId())).messageEn().contains("15 seconds"));
        for (int sent = 2; sent <= 5; sent++) {
            id.clock.advance(Duration.ofSeconds(60));
            id.node.applicants.resend(p.verificationId());
            assertEquals(sent, id.email.sent.size());
        }
        id.clock.advance(Duration.ofSeconds(60));
        expect(TooManyRequestsException.class, 429, "resend-limit", () -> id.node.applicants.resend(p.verificationId()));
        assertEquals(5, id.email.sent.size());
        // the last code still works
        assertEquals(AccountStatus.ACTIVE,
            id.node.applicants.verify(p.verificationId(), id.email.lastCode()).status());
    }

    @Test
    public void onlyASaltedHashOfTheCodeIsStored() {
        id.node.applicants.register(citizen(CITIZEN_ID));
        String code = id.email.lastCode();
        List<Object> row = id.db.queryRow("select code_hash, code_salt, destination from identity_verification");
        assertFalse(String.valueOf(row.get(0)).contains(code));
        assertNotEquals(OneTimeCodes.hash("", "", code), row.get(0));
        assertEquals(24, String.valueOf(row.get(1)).length());
        assertEquals("an.nguyen@example.vn", row.get(2));
        List<Object> account = id.db.queryRow("select password_hash from identity_account");
        assertTrue(String.valueOf(account.get(0)).startsWith("pbkdf2-sha256$1000$"));
        assertFalse(String.valueOf(account.get(0)).contains(PASSWORD));
    }

    @Test
    public void malformedInputIsRefusedWithoutCountingAnAttempt() {
        PendingVerification p = id.node.applicants.register(citizen(CITIZEN_ID));
        assertEquals("bad-format", field(expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.applicants.verify(p.verificationId(), "12ab56")), "code").code());
        assertEquals("bad-format", field(expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.applicants.verify(p.verificationId(), "1234567")), "code").code());
        assertEquals("too-long", field(expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.applicants.verify("x".repeat(10_000), "123456")), "verificationId").code());
        expect(NotFoundException.class, 404, "not-found",
            () -> id.node.applicants.verify("2b0b2f52-0000-0000-0000-000000000000", "123456"));
        expect(NotFoundException.class, 404, "not-found",
            () -> id.node.applicants.resend("2b0b2f52-0000-0000-0000-000000000000"));
        assertEquals(0L, id.db.queryLong("select attempts from identity_verification"));
    }
}
