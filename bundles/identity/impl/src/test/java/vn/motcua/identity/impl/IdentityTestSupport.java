package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Set;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.LoginRequest;
import vn.motcua.identity.api.PasswordChange;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.Position;
import vn.motcua.identity.api.Session;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.identity.api.StaffInput;
import vn.motcua.identity.api.VerificationChannel;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * One migrated database and wired identity per test class (H2, or PostgreSQL when {@code MOTCUA_TEST_DB_URL} is set);
 * every test starts from empty tables, fresh components and the clock at {@link TestIdentity#START}.
 */
public abstract class IdentityTestSupport {
    static final String PASSWORD = "Matkhau2025";
    static final String ADDRESS = "203.113.0.7";
    static final String CITIZEN_ID = "001099012345";
    static final String TAX_CODE = "0101234567-001";

    static TestIdentity id;

    @BeforeClass
    public static void startIdentity() {
        id = new TestIdentity();
    }

    @AfterClass
    public static void stopIdentity() {
        if (id != null) {
            id.close();
            id = null;
        }
    }

    @Before
    public void emptyIdentity() {
        id.reset();
        CallerContext.set(Caller.anonymous(ADDRESS));
    }

    @After
    public void clearCaller() {
        CallerContext.clear();
    }

    static ApplicantRegistration citizen(String idNumber) {
        return new ApplicantRegistration(AccountKind.CITIZEN, idNumber, null, "Nguyễn Văn An", "an.nguyen@example.vn",
            null, PASSWORD, VerificationChannel.EMAIL);
    }

    /** Registers and verifies a citizen by email; returns the active account. */
    static Account activeCitizen(String idNumber) {
        PendingVerification p = id.node.applicants.register(citizen(idNumber));
        return id.node.applicants.verify(p.verificationId(), id.email.lastCode());
    }

    static Session login(String login, String password) {
        return id.node.auth.login(new LoginRequest(login, password), ADDRESS);
    }

    static Caller authenticate(Session s) {
        return id.node.auth.authenticate(s.token(), ADDRESS);
    }

    /**
     * A working provincial operator at the province, the way production gets one: bootstrap, first login with the
     * temporary password, change it. Returns its full session.
     */
    static Session operator() {
        StaffCreated created = id.node.staff.bootstrapOperator("operator", "Quản trị tỉnh", "operator@bacninh.gov.vn",
            FakeAgencyService.PROVINCE).orElseThrow();
        return firstLogin(created);
    }

    /** First login of a new staff account and the forced password change; returns the normal session. */
    static Session firstLogin(StaffCreated created) {
        Session limited = login(created.account().login(), created.temporaryPassword());
        return id.node.auth.changePassword(limited.token(), new PasswordChange(created.temporaryPassword(), PASSWORD),
            ADDRESS);
    }

    /** Runs the rest of the test as the holder of {@code session}. */
    static Caller actAs(Session session) {
        Caller c = authenticate(session);
        CallerContext.set(c);
        return c;
    }

    static StaffInput staffInput(String username, String agency, Role... roles) {
        return new StaffInput(username, "Cán bộ " + username, username + "@bacninh.gov.vn", "0912 345 678",
            new Position(agency, Set.of(roles), Set.of(), Set.of()));
    }

    /** A staff account with a changed password, logged in; the current caller is restored afterwards. */
    static Session staffSession(String username, String agency, Role... roles) {
        StaffCreated created = id.node.staff.create(staffInput(username, agency, roles));
        Caller before = CallerContext.current();
        try {
            return firstLogin(created);
        } finally {
            CallerContext.set(before);
        }
    }

    static <E extends MotCuaException> E expect(Class<E> type, int status, String code, Runnable call) {
        E e = assertThrows(type, call::run);
        assertEquals(e.getMessage(), status, e.httpStatus());
        assertEquals(e.getMessage(), code, e.code());
        return e;
    }
}
