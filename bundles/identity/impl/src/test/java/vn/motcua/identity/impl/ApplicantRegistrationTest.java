package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.LoginRequest;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.Session;
import vn.motcua.identity.api.VerificationChannel;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.messaging.OutboundMessage;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;

/** Registration → one-time code → verification → login → authenticated caller, and what registration refuses. */
public class ApplicantRegistrationTest extends IdentityTestSupport {

    @Test
    public void citizenRegistersVerifiesLogsInAndIsAuthenticated() {
        PendingVerification pending = id.node.applicants.register(citizen(CITIZEN_ID));
        assertEquals(VerificationChannel.EMAIL, pending.channel());
        assertEquals("an***@example.vn", pending.destinationMasked());
        assertEquals(TestIdentity.START.plus(Duration.ofMinutes(10)), pending.expiresAt());
        assertEquals(5, pending.attemptsLeft());

        OutboundMessage mail = id.email.last();
        assertEquals("an.nguyen@example.vn", mail.to());
        assertTrue(mail.subject(), mail.subject().startsWith("Mã xác thực") && mail.subject().contains(" / "));
        String code = id.email.lastCode();
        assertTrue("Vietnamese first, then English: " + mail.text(),
            mail.text().indexOf("Mã xác thực của bạn") < mail.text().indexOf("Your verification code"));

        Account verified = id.node.applicants.verify(pending.verificationId(), code);
        assertEquals(AccountStatus.ACTIVE, verified.status());
        assertEquals(AccountKind.CITIZEN, verified.kind());
        assertEquals(CITIZEN_ID, verified.login());
        assertEquals(Set.of(Role.APPLICANT), verified.roles());
        assertNull(verified.position());

        Session session = login(CITIZEN_ID, PASSWORD);
        assertEquals("Bearer", session.tokenType());
        assertEquals(TestIdentity.START.plus(Duration.ofDays(30)), session.expiresAt());
        assertEquals(verified.id(), session.account().id());
        assertEquals(TestIdentity.START, session.account().lastLoginAt());

        Caller caller = authenticate(session);
        assertEquals(verified.id(), caller.accountId());
        assertEquals(Caller.Kind.APPLICANT, caller.kind());
        assertEquals("Nguyễn Văn An", caller.displayName());
        assertEquals(Set.of(Role.APPLICANT), caller.roles());
        assertEquals(Set.of(), caller.agencyScope());
        assertNotNull(caller.sessionId());
        assertEquals(ADDRESS, caller.clientAddress());
        assertEquals(verified.id(), id.node.auth.me(session.token()).id());
        assertEquals(ADDRESS, id.db.queryRow("select client_address from identity_session").get(0));

        assertEquals(1, id.audit.of("identity.register", AuditRecord.Outcome.SUCCESS).size());
        assertEquals(1, id.audit.of("identity.verify", AuditRecord.Outcome.SUCCESS).size());
        assertEquals(1, id.audit.of("identity.login", AuditRecord.Outcome.SUCCESS).size());
        assertTrue(id.audit.of("identity.register").get(0).record().personalData());
        assertEquals(ADDRESS, id.audit.of("identity.register").get(0).clientAddress());
        assertNoSecretsAudited(code);
    }

    @Test
    public void organisationRegistersByTaxCodeAndSms() {
        ApplicantRegistration r = new ApplicantRegistration(AccountKind.ORGANISATION, null, "0101234567001",
            "Công ty TNHH Minh Phát", null, "0912.345.678", PASSWORD, VerificationChannel.SMS);
        PendingVerification pending = id.node.applicants.register(r);
        assertEquals("+8491****678", pending.destinationMasked());
        OutboundMessage sms = id.sms.last();
        assertEquals("+84912345678", sms.to());
        assertTrue(sms.text(), sms.text().length() <= 160 && sms.text().startsWith("MotCua: ma xac thuc"));
        assertTrue(id.email.sent.isEmpty());

        Account a = id.node.applicants.verify(pending.verificationId(), id.sms.lastCode());
        assertEquals(AccountKind.ORGANISATION, a.kind());
        assertEquals(TAX_CODE, a.login());
        assertEquals("+84912345678", a.phone());
        // the 13-digit spelling of the tax code logs in too
        assertEquals(a.id(), login("0101234567001", PASSWORD).account().id());
        assertEquals(a.id(), login(TAX_CODE, PASSWORD).account().id());
    }

    @Test
    public void rejectsBadRegistrationsNamingEveryField() {
        ValidationException e = expect(ValidationException.class, 400, "validation-failed", () ->
            id.node.applicants.register(new ApplicantRegistration(AccountKind.CITIZEN, "00109901234", "0101234567",
                " ", "an@", "12345", "ngan", VerificationChannel.SMS)));
        assertFields(e, "idNumber", "taxCode", "fullName", "email", "phone", "password");
        assertEquals("bad-format", field(e, "idNumber").code());
        assertEquals("not-allowed", field(e, "taxCode").code());

        ValidationException weak = expect(ValidationException.class, 400, "validation-failed", () ->
            id.node.applicants.register(withPassword(citizen(CITIZEN_ID), "x" + CITIZEN_ID + "a")));
        assertEquals("contains-login", field(weak, "password").code());
        assertEquals("too-weak", field(expect(ValidationException.class, 400, "validation-failed", () ->
            id.node.applicants.register(withPassword(citizen(CITIZEN_ID), "chichuthoi"))), "password").code());
        assertEquals("too-short", field(expect(ValidationException.class, 400, "validation-failed", () ->
            id.node.applicants.register(withPassword(citizen(CITIZEN_ID), "abc12345"))), "password").code());

        ValidationException landline = expect(ValidationException.class, 400, "validation-failed", () ->
            id.node.applicants.register(new ApplicantRegistration(AccountKind.CITIZEN, CITIZEN_ID, null, "An",
                null, "024 3825 1234", PASSWORD, VerificationChannel.SMS)));
        assertEquals("not-mobile", field(landline, "phone").code());

        ValidationException noEmail = expect(ValidationException.class, 400, "validation-failed", () ->
            id.node.applicants.register(new ApplicantRegistration(AccountKind.CITIZEN, CITIZEN_ID, null, "An",
                null, null, PASSWORD, VerificationChannel.EMAIL)));
        assertEquals("required", field(noEmail, "email").code());

        ValidationException staff = expect(ValidationException.class, 400, "validation-failed", () ->
            id.node.applicants.register(new ApplicantRegistration(AccountKind.STAFF, null, null, "An",
                "an@example.vn", null, PASSWORD, VerificationChannel.EMAIL)));
        assertEquals("not-allowed", field(staff, "kind").code());

        assertFields(expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.applicants.register(null)), "body");
        assertEquals(0, id.db.count("identity_account"));
        assertTrue(id.email.sent.isEmpty() && id.sms.sent.isEmpty());
    }

    @Test
    public void overLongInputIsRefusedBeforeAnyHashing() {
        String huge = "a1".repeat(5 * 1024);
        long before = id.node.applicants.hasherDerivations();
        ValidationException e = expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.applicants.register(withPassword(citizen(CITIZEN_ID), huge)));
        assertEquals("too-long", field(e, "password").code());
        assertEquals(before, id.node.applicants.hasherDerivations());

        activeCitizen(CITIZEN_ID);
        long beforeLogin = id.node.auth.hasherDerivations();
        assertEquals("too-long", field(expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.auth.login(new LoginRequest(CITIZEN_ID, huge), ADDRESS)), "password").code());
        assertEquals("too-long", field(expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.auth.login(new LoginRequest(huge, PASSWORD), ADDRESS)), "login").code());
        expect(UnauthorizedException.class, 401, "invalid-token", () -> id.node.auth.authenticate(huge, ADDRESS));
        assertEquals(beforeLogin, id.node.auth.hasherDerivations());
        assertEquals("nothing counted as a failed login", 0, id.db.count("identity_login_throttle"));
    }

    @Test
    public void withoutAConnectorForTheChannelNothingIsStored() {
        id.node.applicants.removeSender(id.sms);
        ApplicantRegistration bySms = new ApplicantRegistration(AccountKind.CITIZEN, CITIZEN_ID, null, "An", null,
            "0912345678", PASSWORD, VerificationChannel.SMS);
        ChannelUnavailableException e = expect(ChannelUnavailableException.class, 503, "channel-unavailable",
            () -> id.node.applicants.register(bySms));
        assertTrue(e.messageVi(), e.messageVi().contains("SMS"));
        assertEquals(0, id.db.count("identity_account"));

        // the email connector is still there
        id.node.applicants.register(citizen(CITIZEN_ID));
        assertEquals(1, id.db.count("identity_account"));
    }

    @Test
    public void aGatewayFailureRollsTheRegistrationBack() {
        id.email.failing = true;
        expect(ChannelUnavailableException.class, 503, "delivery-failed",
            () -> id.node.applicants.register(citizen(CITIZEN_ID)));
        assertEquals(0, id.db.count("identity_account"));
        assertEquals(0, id.db.count("identity_verification"));
        id.email.failing = false;
        id.node.applicants.register(citizen(CITIZEN_ID));
        assertEquals(1, id.db.count("identity_account"));
    }

    @Test
    public void anIdNumberIsRegisteredOnce() {
        activeCitizen(CITIZEN_ID);
        ConflictException e = expect(ConflictException.class, 409, "duplicate-login",
            () -> id.node.applicants.register(citizen(CITIZEN_ID)));
        assertTrue(e.messageVi(), e.messageVi().startsWith("Số căn cước '" + CITIZEN_ID + "'"));
        // not even after its codes have long expired
        id.clock.advance(Duration.ofDays(2));
        expect(ConflictException.class, 409, "duplicate-login", () -> id.node.applicants.register(citizen(CITIZEN_ID)));
    }

    @Test
    public void anUnverifiedRegistrationHoldsTheIdNumberOnlyWhileItsCodeLives() {
        PendingVerification squatter = id.node.applicants.register(citizen(CITIZEN_ID));
        expect(ConflictException.class, 409, "duplicate-login", () -> id.node.applicants.register(citizen(CITIZEN_ID)));
        id.clock.advance(Duration.ofMinutes(10));
        PendingVerification owner = id.node.applicants.register(citizen(CITIZEN_ID));
        assertEquals(1, id.db.count("identity_account"));
        expect(NotFoundException.class, 404, "not-found",
            () -> id.node.applicants.verify(squatter.verificationId(), "123456"));
        assertEquals(AccountStatus.ACTIVE,
            id.node.applicants.verify(owner.verificationId(), id.email.lastCode()).status());
    }

    @Test
    public void anUnverifiedAccountCannotLogIn() {
        id.node.applicants.register(citizen(CITIZEN_ID));
        expect(UnauthorizedException.class, 401, "not-verified", () -> login(CITIZEN_ID, PASSWORD));
        // the state is only revealed to whoever knows the password
        expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login(CITIZEN_ID, PASSWORD + "x"));
        assertEquals(1, id.audit.of("identity.login", AuditRecord.Outcome.DENIED).size());
        assertEquals(0, id.db.count("identity_session"));
    }

    static ApplicantRegistration withPassword(ApplicantRegistration r, String password) {
        return new ApplicantRegistration(r.kind(), r.idNumber(), r.taxCode(), r.fullName(), r.email(), r.phone(),
            password, r.channel());
    }

    static FieldError field(ValidationException e, String name) {
        return e.errors().stream().filter(f -> f.field().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no error names " + name + ": " + e.errors()));
    }

    static void assertFields(ValidationException e, String... names) {
        assertEquals(List.of(names), e.errors().stream().map(FieldError::field).distinct().toList());
    }

    /** No audit record mentions a password or a code. */
    static void assertNoSecretsAudited(String... secrets) {
        for (RecordingAuditLog.Entry entry : id.audit.entries) {
            String text = String.valueOf(entry.record());
            assertFalse(text, text.contains(PASSWORD));
            for (String s : secrets) {
                assertFalse(text, text.contains(s));
            }
        }
    }
}
