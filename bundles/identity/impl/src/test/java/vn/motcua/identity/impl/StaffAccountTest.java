package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static vn.motcua.identity.impl.FakeAgencyService.COMMUNE_GIA_BINH;
import static vn.motcua.identity.impl.FakeAgencyService.DEPT_CONSTRUCTION;
import static vn.motcua.identity.impl.FakeAgencyService.DEPT_ENVIRONMENT;
import static vn.motcua.identity.impl.FakeAgencyService.DIVISION_CONSTRUCTION;
import static vn.motcua.identity.impl.FakeAgencyService.PROVINCE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.PasswordChange;
import vn.motcua.identity.api.Position;
import vn.motcua.identity.api.Session;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.identity.api.StaffInput;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;

/**
 * Staff accounts issued, moved, locked and reset by an agency administrator inside its agency subtree (and refused
 * outside it), by the provincial operator everywhere; the forced password change of a new account.
 */
public class StaffAccountTest extends IdentityTestSupport {

    /** The operator issues an administrator for the construction department; returns its full session. */
    private static Session constructionAdmin() {
        actAs(operator());
        return staffSession("admin.xaydung", DEPT_CONSTRUCTION, Role.AGENCY_ADMIN);
    }

    @Test
    public void aNewStaffMemberMustChangeTheTemporaryPasswordFirst() {
        actAs(operator());
        StaffCreated created = id.node.staff.create(new StaffInput("Tran.Thi.Binh", " Trần Thị Bình ",
            "Binh.TT@BacNinh.gov.vn", "+84 912 345 678", new Position(DIVISION_CONSTRUCTION,
            Set.of(Role.SPECIALIST), Set.of("HDXD"), Set.of("1.009972"))));
        Account a = created.account();
        assertEquals("tran.thi.binh", a.login());
        assertEquals("Trần Thị Bình", a.displayName());
        assertEquals("binh.tt@bacninh.gov.vn", a.email());
        assertEquals("+84912345678", a.phone());
        assertEquals(AccountStatus.ACTIVE, a.status());
        assertTrue(a.mustChangePassword());
        assertEquals(Set.of(Role.SPECIALIST), a.roles());
        String temporary = created.temporaryPassword();
        assertTrue(temporary, temporary.length() >= 14 && temporary.matches(".*\\d.*") && temporary.matches(".*[A-Za-z].*"));

        Session limited = login("tran.thi.binh", temporary);
        assertTrue(limited.account().mustChangePassword());
        assertEquals("a limited session is short", TestIdentity.START.plus(Duration.ofMinutes(30)),
            limited.expiresAt());
        Caller restricted = authenticate(limited);
        assertEquals(Caller.Kind.STAFF, restricted.kind());
        assertTrue("no roles until the password is changed", restricted.roles().isEmpty());
        assertTrue("the REST layer refuses it everything but the password change", restricted.passwordChangeOnly());
        assertTrue(restricted.agencyScope().isEmpty());
        assertNull(restricted.agencyCode());
        assertEquals(a.id(), id.node.auth.me(limited.token()).id());

        Session full = id.node.auth.changePassword(limited.token(), new PasswordChange(temporary, PASSWORD), ADDRESS);
        assertFalse(full.account().mustChangePassword());
        assertEquals(TestIdentity.START.plus(Duration.ofHours(8)), full.expiresAt());
        expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(limited));
        Caller c = authenticate(full);
        assertFalse(c.passwordChangeOnly());
        assertEquals(Set.of(Role.SPECIALIST), c.roles());
        assertEquals(DIVISION_CONSTRUCTION, c.agencyCode());
        assertEquals(Set.of(DIVISION_CONSTRUCTION), c.agencyScope());
        assertEquals(Set.of("HDXD"), c.sectors());
        assertEquals(Set.of("1.009972"), c.procedures());
        assertTrue(id.audit.entries.stream().noneMatch(e -> String.valueOf(e.record()).contains(temporary)));
    }

    @Test
    public void theOperatorReachesTheWholeProvince() {
        Caller op = actAs(operator());
        assertEquals(Set.of(Role.PROVINCIAL_OPERATOR), op.roles());
        assertEquals(Set.of(PROVINCE, DEPT_CONSTRUCTION, DIVISION_CONSTRUCTION, DEPT_ENVIRONMENT, COMMUNE_GIA_BINH),
            op.agencyScope());
        id.node.staff.create(staffInput("giam.sat", PROVINCE, Role.SUPERVISOR));
        id.node.staff.create(staffInput("cong.an", PROVINCE, Role.POLICE_AUDITOR));
        assertEquals(List.of("cong.an", "giam.sat", "operator"),
            id.node.staff.list(null).stream().map(Account::login).toList());
    }

    @Test
    public void anAgencyAdministratorIssuesAccountsInsideItsSubtreeOnly() {
        Caller admin = actAs(constructionAdmin());
        assertEquals(Set.of(DEPT_CONSTRUCTION, DIVISION_CONSTRUCTION), admin.agencyScope());
        Account inside = id.node.staff.create(staffInput("chuyen.vien", DIVISION_CONSTRUCTION, Role.SPECIALIST))
            .account();
        assertEquals(DIVISION_CONSTRUCTION, inside.position().agencyCode());

        ForbiddenException outside = expect(ForbiddenException.class, 403, "out-of-scope",
            () -> id.node.staff.create(staffInput("mt.chuyenvien", DEPT_ENVIRONMENT, Role.SPECIALIST)));
        assertTrue(outside.messageVi(), outside.messageVi().contains(DEPT_ENVIRONMENT));
        expect(ForbiddenException.class, 403, "out-of-scope",
            () -> id.node.staff.create(staffInput("tinh.chuyenvien", PROVINCE, Role.SPECIALIST)));
        for (Role r : List.of(Role.PROVINCIAL_OPERATOR, Role.SUPERVISOR, Role.POLICE_AUDITOR)) {
            expect(ForbiddenException.class, 403, "role-not-grantable",
                () -> id.node.staff.create(staffInput("leo.thang", DIVISION_CONSTRUCTION, Role.SPECIALIST, r)));
        }
        assertEquals(1L, id.db.queryLong("select count(*) from identity_account where login like 'chuyen%'"));
        assertEquals(0L, id.db.queryLong("select count(*) from identity_account where login in "
            + "('mt.chuyenvien', 'tinh.chuyenvien', 'leo.thang')"));
        List<RecordingAuditLog.Entry> denied = id.audit.of("identity.staff.create", AuditRecord.Outcome.DENIED);
        assertEquals(5, denied.size());
        assertTrue(denied.stream().noneMatch(RecordingAuditLog.Entry::inTransaction));

        // list and get are scoped too
        assertEquals(List.of("admin.xaydung", "chuyen.vien"),
            id.node.staff.list(null).stream().map(Account::login).toList());
        assertEquals(List.of("chuyen.vien"),
            id.node.staff.list(DIVISION_CONSTRUCTION).stream().map(Account::login).toList());
        expect(ForbiddenException.class, 403, "out-of-scope", () -> id.node.staff.list(PROVINCE));
        String operatorId = String.valueOf(id.db.queryRow("select id from identity_account where login = 'operator'")
            .get(0));
        expect(ForbiddenException.class, 403, "out-of-scope", () -> id.node.staff.get(operatorId));
        assertEquals("chuyen.vien", id.node.staff.get(inside.id()).login());
    }

    @Test
    public void movesInsideTheSubtreeRevokeSessionsAndMovesOutsideAreRefused() {
        Session adminSession = constructionAdmin();
        Caller admin = actAs(adminSession);
        Session staff = staffSession("chuyen.vien", DEPT_CONSTRUCTION, Role.SPECIALIST);
        String staffId = staff.account().id();

        Account moved = id.node.staff.move(staffId, new Position(DIVISION_CONSTRUCTION,
            Set.of(Role.SPECIALIST, Role.DEPARTMENT_HEAD), Set.of("HDXD"), Set.of()));
        assertEquals(DIVISION_CONSTRUCTION, moved.position().agencyCode());
        assertEquals(Set.of(Role.SPECIALIST, Role.DEPARTMENT_HEAD), moved.roles());
        expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(staff));
        Caller after = authenticate(login("chuyen.vien", PASSWORD));
        assertEquals(Set.of(Role.SPECIALIST, Role.DEPARTMENT_HEAD), after.roles());
        assertEquals(Set.of(DIVISION_CONSTRUCTION), after.agencyScope());

        expect(ForbiddenException.class, 403, "out-of-scope", () -> id.node.staff.move(staffId,
            new Position(DEPT_ENVIRONMENT, Set.of(Role.SPECIALIST), Set.of(), Set.of())));
        expect(ForbiddenException.class, 403, "role-not-grantable", () -> id.node.staff.move(staffId,
            new Position(DIVISION_CONSTRUCTION, Set.of(Role.SUPERVISOR), Set.of(), Set.of())));
        expect(ForbiddenException.class, 403, "own-account", () -> id.node.staff.move(admin.accountId(),
            new Position(DIVISION_CONSTRUCTION, Set.of(Role.AGENCY_ADMIN), Set.of(), Set.of())));

        // someone else's staff cannot be moved in
        actAs(operator2());
        Account foreign = id.node.staff.create(staffInput("mt.chuyenvien", DEPT_ENVIRONMENT, Role.SPECIALIST))
            .account();
        CallerContextSwitch.to(admin);
        expect(ForbiddenException.class, 403, "out-of-scope", () -> id.node.staff.move(foreign.id(),
            new Position(DIVISION_CONSTRUCTION, Set.of(Role.SPECIALIST), Set.of(), Set.of())));
        assertEquals(DEPT_ENVIRONMENT, String.valueOf(id.db.queryRow(
            "select agency_code from identity_position where account_id = ?", foreign.id()).get(0)));
        assertEquals(1, id.audit.of("identity.staff.move", AuditRecord.Outcome.SUCCESS).size());
    }

    /** The operator's session (created by {@link #constructionAdmin()} already). */
    private static Session operator2() {
        return login("operator", PASSWORD);
    }

    @Test
    public void lockRevokesSessionsAndRefusesLoginUntilUnlocked() {
        actAs(constructionAdmin());
        Session staff = staffSession("chuyen.vien", DIVISION_CONSTRUCTION, Role.SPECIALIST);
        String staffId = staff.account().id();
        assertEquals("required", ApplicantRegistrationTest.field(expect(ValidationException.class, 400,
            "validation-failed", () -> id.node.staff.lock(staffId, " ")), "reason").code());

        Account locked = id.node.staff.lock(staffId, "Nghỉ việc từ 01/07/2025");
        assertEquals(AccountStatus.LOCKED, locked.status());
        expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(staff));
        expect(UnauthorizedException.class, 401, "account-locked", () -> login("chuyen.vien", PASSWORD));
        expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login("chuyen.vien", "Saimatkhau1"));

        assertEquals(AccountStatus.ACTIVE, id.node.staff.unlock(staffId).status());
        authenticate(login("chuyen.vien", PASSWORD));
        assertEquals(1, id.audit.of("identity.staff.lock", AuditRecord.Outcome.SUCCESS).size());
        assertEquals(1, id.audit.of("identity.staff.unlock", AuditRecord.Outcome.SUCCESS).size());
    }

    @Test
    public void unlockAlsoLiftsALockAfterFailedLogins() {
        actAs(constructionAdmin());
        Account staff = id.node.staff.create(staffInput("chuyen.vien", DIVISION_CONSTRUCTION, Role.SPECIALIST))
            .account();
        for (int i = 0; i < 5; i++) {
            try {
                login("chuyen.vien", "Saimatkhau1");
            } catch (UnauthorizedException expected) {
                // counted
            }
        }
        Instant throttledUntil = TestIdentity.START.plus(Duration.ofMinutes(15));
        assertEquals(AccountStatus.LOCKED, id.node.staff.get(staff.id()).status());
        assertEquals(throttledUntil, id.node.staff.get(staff.id()).lockedUntil());
        assertEquals(AccountStatus.LOCKED, id.node.staff.list(DIVISION_CONSTRUCTION).get(0).status());
        assertEquals(throttledUntil, id.node.staff.list(DIVISION_CONSTRUCTION).get(0).lockedUntil());
        id.node.staff.unlock(staff.id());
        assertEquals(AccountStatus.ACTIVE, id.node.staff.get(staff.id()).status());
        assertNull(id.node.staff.get(staff.id()).lockedUntil());
    }

    @Test
    public void aLockUntilATimeEndsByItself() {
        actAs(constructionAdmin());
        Session staff = staffSession("chuyen.vien", DIVISION_CONSTRUCTION, Role.SPECIALIST);
        String staffId = staff.account().id();
        Instant until = TestIdentity.START.plus(Duration.ofDays(2)); // 3 July 2025, 08:00 in Vietnam
        expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.staff.lock(staffId, "Nghỉ phép", TestIdentity.START));
        expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.staff.lock(staffId, "Nghỉ phép", TestIdentity.START.plus(Duration.ofDays(6 * 366))));

        Account locked = id.node.staff.lock(staffId, "Nghỉ phép hai ngày", until);
        assertEquals(AccountStatus.LOCKED, locked.status());
        assertEquals(until, locked.lockedUntil());
        assertEquals(until, id.node.staff.get(staffId).lockedUntil());
        expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(staff));
        UnauthorizedException refused = expect(UnauthorizedException.class, 401, "account-locked",
            () -> login("chuyen.vien", PASSWORD));
        assertTrue(refused.messageVi(), refused.messageVi().contains("08:00 ngày 03/07/2025"));
        assertTrue(id.audit.of("identity.staff.lock").get(0).record().detail().contains("until " + until));

        id.clock.advance(Duration.ofDays(2));
        Account over = id.node.staff.get(staffId);
        assertEquals("over at its time, before anything rewrote the row", AccountStatus.ACTIVE, over.status());
        assertNull(over.lockedUntil());
        assertEquals(Set.of(Role.SPECIALIST), authenticate(login("chuyen.vien", PASSWORD)).roles());
        assertEquals("ACTIVE", id.db.queryRow("select status from identity_account where id = ?", staffId).get(0));
        assertNull(id.db.queryRow("select locked_until from identity_account where id = ?", staffId).get(0));
        assertTrue(id.audit.of("identity.unlock").get(0).record().detail().contains("ended at its set time"));

        // unlocking early clears the end as well
        id.node.staff.lock(staffId, "Tạm đình chỉ", id.clock.instant().plus(Duration.ofDays(30)));
        assertEquals(AccountStatus.ACTIVE, id.node.staff.unlock(staffId).status());
        assertNull(id.db.queryRow("select locked_until from identity_account where id = ?", staffId).get(0));
        authenticate(login("chuyen.vien", PASSWORD));
    }

    @Test
    public void aPasswordResetIssuesANewTemporaryPasswordAndRevokesSessions() {
        actAs(constructionAdmin());
        Session staff = staffSession("chuyen.vien", DIVISION_CONSTRUCTION, Role.SPECIALIST);
        StaffCreated reset = id.node.staff.resetPassword(staff.account().id());
        assertTrue(reset.account().mustChangePassword());
        expect(UnauthorizedException.class, 401, "revoked-token", () -> authenticate(staff));
        expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login("chuyen.vien", PASSWORD));
        Session limited = login("chuyen.vien", reset.temporaryPassword());
        assertTrue(authenticate(limited).roles().isEmpty());
        assertTrue(authenticate(limited).passwordChangeOnly());
        id.node.auth.changePassword(limited.token(), new PasswordChange(reset.temporaryPassword(), "Matkhaumoi2026"),
            ADDRESS);
        assertEquals(Set.of(Role.SPECIALIST), authenticate(login("chuyen.vien", "Matkhaumoi2026")).roles());
    }

    @Test
    public void anAgencyAdministratorCannotTouchProvinceWideAccountsInItsSubtree() {
        actAs(operator());
        Account auditorAtDept = id.node.staff.create(staffInput("ca.kiemtra", DEPT_CONSTRUCTION,
            Role.POLICE_AUDITOR)).account();
        Session adminSession = staffSession("admin.xaydung", DEPT_CONSTRUCTION, Role.AGENCY_ADMIN);
        actAs(adminSession);
        expect(ForbiddenException.class, 403, "role-not-grantable",
            () -> id.node.staff.resetPassword(auditorAtDept.id()));
        expect(ForbiddenException.class, 403, "role-not-grantable", () -> id.node.staff.lock(auditorAtDept.id(), "x"));
        expect(ForbiddenException.class, 403, "own-account",
            () -> id.node.staff.lock(adminSession.account().id(), "x"));
        assertEquals("reading is allowed inside the scope", "ca.kiemtra", id.node.staff.get(auditorAtDept.id())
            .login());
    }

    @Test
    public void onlyManagersManageStaff() {
        actAs(operator());
        Session specialist = staffSession("chuyen.vien", DEPT_CONSTRUCTION, Role.SPECIALIST);
        actAs(specialist);
        expect(ForbiddenException.class, 403, "forbidden",
            () -> id.node.staff.create(staffInput("ai.do", DEPT_CONSTRUCTION, Role.SPECIALIST)));
        expect(ForbiddenException.class, 403, "forbidden", () -> id.node.staff.list(null));
        expect(ForbiddenException.class, 403, "forbidden", () -> id.node.staff.get(specialist.account().id()));
        CallerContextSwitch.to(Caller.anonymous(ADDRESS));
        expect(ForbiddenException.class, 403, "forbidden", () -> id.node.staff.list(DEPT_CONSTRUCTION));
        // an applicant is no staff manager either, and not a staff account
        Account citizen = activeCitizen(CITIZEN_ID);
        actAs(operator2());
        expect(NotFoundException.class, 404, "not-found", () -> id.node.staff.get(citizen.id()));
    }

    @Test
    public void staffInputIsChecked() {
        actAs(operator());
        ValidationException e = expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.staff.create(new StaffInput("9abc", "", "x@", "12", new Position(null, Set.of(),
                Set.of("bad code"), Set.of()))));
        ApplicantRegistrationTest.assertFields(e, "username", "fullName", "email", "phone", "position.agencyCode",
            "position.roles", "position.sectors");
        assertEquals("not-allowed", ApplicantRegistrationTest.field(expect(ValidationException.class, 400,
            "validation-failed", () -> id.node.staff.create(staffInput("nguoi.dan", PROVINCE, Role.APPLICANT))),
            "position.roles").code());
        assertEquals("unknown", ApplicantRegistrationTest.field(expect(ValidationException.class, 400,
            "validation-failed", () -> id.node.staff.create(staffInput("ai.do", "999.99.99.H06", Role.CLERK))),
            "position.agencyCode").code());
        id.node.staff.create(staffInput("van.thu", PROVINCE, Role.CLERK));
        expect(ConflictException.class, 409, "duplicate-login",
            () -> id.node.staff.create(staffInput("Van.Thu", DEPT_CONSTRUCTION, Role.CLERK)));
        expect(NotFoundException.class, 404, "not-found", () -> id.node.staff.get("khong-co"));
    }

    @Test
    public void agencyScopesAreCachedForAShortTime() {
        Session admin = constructionAdmin();
        authenticate(admin);
        int calls = id.agencies.subtreeCalls.get();
        authenticate(admin);
        authenticate(admin);
        assertEquals(calls, id.agencies.subtreeCalls.get());
        id.agencies.add("000.02.05.H06", DEPT_CONSTRUCTION);
        id.clock.advance(Duration.ofSeconds(61));
        assertTrue(authenticate(admin).agencyScope().contains("000.02.05.H06"));
        assertEquals(calls + 1, id.agencies.subtreeCalls.get());
    }

    /** Sets the caller directly (for an anonymous caller or one kept from before). */
    static final class CallerContextSwitch {
        private CallerContextSwitch() {
        }

        static void to(Caller caller) {
            vn.motcua.platform.api.security.CallerContext.set(caller);
        }
    }
}
