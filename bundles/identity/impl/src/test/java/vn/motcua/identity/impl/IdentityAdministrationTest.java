package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.Session;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.ConsoleCaller;
import vn.motcua.platform.api.security.Role;

/** The operator console's identity operations (what the motcua: commands call), audited as the console user. */
public class IdentityAdministrationTest extends IdentityTestSupport {
    private static void asConsole() {
        CallerContext.set(ConsoleCaller.of("ops"));
    }

    @Test
    public void bootstrapCreatesTheFirstOperatorOnlyAndNamesTheConsoleUser() {
        asConsole();
        Optional<StaffCreated> first = id.node.admin.bootstrapOperator("quantri", null, "cntt@bacninh.gov.vn",
            FakeAgencyService.PROVINCE);
        assertTrue(first.isPresent());
        assertEquals(Set.of(Role.PROVINCIAL_OPERATOR), first.get().account().roles());
        assertEquals("Quản trị hệ thống tỉnh", first.get().account().displayName());
        assertTrue(first.get().account().mustChangePassword());
        RecordingAuditLog.Entry created = id.audit.of("identity.bootstrap", AuditRecord.Outcome.SUCCESS).get(0);
        assertEquals("karaf:ops", created.actorId());

        assertTrue(id.node.admin.bootstrapOperator("quantri2", "Người thứ hai", "b@bacninh.gov.vn",
            FakeAgencyService.PROVINCE).isEmpty());
        assertEquals(1, id.db.count("identity_account"));
        assertEquals(1, id.audit.of("identity.bootstrap", AuditRecord.Outcome.FAILURE).size());
        expect(ValidationException.class, 400, "validation-failed", () -> id.node.admin.bootstrapOperator("Quản Trị",
            null, "cntt@bacninh.gov.vn", FakeAgencyService.PROVINCE));
    }

    @Test
    public void rotatingTheSigningKeyKeepsEarlierTokensValid() {
        Session before = operator();
        asConsole();
        int key = id.node.admin.rotateSigningKey();
        assertEquals(2, key);
        assertEquals(Set.of(Role.PROVINCIAL_OPERATOR), authenticate(before).roles());
        Session after = login("operator", PASSWORD);
        assertTrue(after.token() + " names key 2", new String(java.util.Base64.getUrlDecoder()
            .decode(after.token().substring(0, after.token().indexOf('.')))).startsWith("2:"));
        assertEquals("karaf:ops", id.audit.of("identity.signing-key.rotate").get(0).actorId());
    }

    // clauses: 001-25.2#1
    @Test
    public void unlockLiftsBothTheAdministratorsLockAndTheFailedLoginLock() {
        actAs(operator());
        Session staff = staffSession("chuyen.vien", FakeAgencyService.PROVINCE, Role.SPECIALIST);
        id.node.staff.lock(staff.account().id(), "Nghỉ phép dài hạn");
        for (int i = 0; i < 5; i++) {
            try {
                login("chuyen.vien", "Saimatkhau1");
            } catch (UnauthorizedException expected) {
                // counted
            }
        }
        expect(UnauthorizedException.class, 401, "login-locked", () -> login("chuyen.vien", PASSWORD));

        asConsole();
        Account unlocked = id.node.admin.unlock(" Chuyen.Vien ");
        assertEquals(AccountStatus.ACTIVE, unlocked.status());
        assertEquals(Set.of(Role.SPECIALIST), authenticate(login("chuyen.vien", PASSWORD)).roles());
        RecordingAuditLog.Entry e = id.audit.of("identity.unlock").get(0);
        assertEquals("karaf:ops", e.actorId());
        assertTrue(e.record().detail(), e.record().detail().contains("administrator's lock lifted")
            && e.record().detail().contains("failed-login lock lifted"));
        expect(NotFoundException.class, 404, "not-found", () -> id.node.admin.unlock("khong.co.ai"));
        expect(ValidationException.class, 400, "validation-failed", () -> id.node.admin.unlock(" "));
    }

    @Test
    public void revokingSessionsEndsEveryTokenOfTheAccountOnEveryNode() {
        activeCitizen(CITIZEN_ID);
        Session one = login(CITIZEN_ID, PASSWORD);
        Session two = login(CITIZEN_ID, PASSWORD);
        TestIdentity.Node other = id.newNode();
        try {
            assertEquals(CITIZEN_ID, other.auth.me(two.token()).login());
            asConsole();
            assertEquals(2, id.node.admin.revokeSessions(CITIZEN_ID));
            expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(one));
            expect(UnauthorizedException.class, 401, "revoked-token", () -> other.auth.me(two.token()));
            assertEquals("console", id.db.queryRow("select revoke_reason from identity_session where account_id = "
                + "(select id from identity_account where login = ?) limit 1", CITIZEN_ID).get(0));
            assertEquals(0, id.node.admin.revokeSessions(CITIZEN_ID));
            assertFalse(login(CITIZEN_ID, PASSWORD).token().isEmpty());
            assertEquals(2, id.audit.of("identity.sessions.revoke").size());
        } finally {
            other.close();
        }
    }
}
