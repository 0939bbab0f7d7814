package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Test;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.ExternalIdentity;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.Session;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;

/**
 * Sign-in for a person a trusted provider (VNeID, national portal SSO) has proved: linked to the citizen account of the
 * same ID number, created or activated as needed, refused when locked.
 */
// clauses: 000-12bis.3, 002-3.2, 003-5.4
public class ExternalSignInTest extends IdentityTestSupport {
    private static final String SUBJECT = "vneid-subject-7f3a";

    private static ExternalIdentity vneid(String idNumber) {
        return new ExternalIdentity("vneid", SUBJECT, idNumber, "Trần Thị Bình", "binh.tran@example.vn", "0912345678",
            "level2");
    }

    @Test
    public void firstSignInCreatesAnActiveCitizenAccountWithNoUsablePassword() {
        Session s = id.node.auth.signIn(vneid(CITIZEN_ID), ADDRESS);
        Account a = s.account();
        assertEquals(Account.AccountKind.CITIZEN, a.kind());
        assertEquals(CITIZEN_ID, a.login());
        assertEquals("Trần Thị Bình", a.displayName());
        assertEquals("binh.tran@example.vn", a.email());
        assertEquals("+84912345678", a.phone());
        assertEquals(AccountStatus.ACTIVE, a.status());
        Caller c = authenticate(s);
        assertEquals(a.id(), c.accountId());
        assertTrue(c.roles().contains(Role.APPLICANT));

        // no password was ever chosen: nothing guessable lets anyone in by password
        expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login(CITIZEN_ID, PASSWORD));
        String hash = (String) id.db.queryRow("select password_hash from identity_account where login = ?",
            CITIZEN_ID).get(0);
        assertTrue(hash, hash.startsWith("pbkdf2"));

        List<RecordingAuditLog.Entry> audited = id.audit.of("identity.external-login", AuditRecord.Outcome.SUCCESS);
        assertEquals(1, audited.size());
        assertTrue(audited.get(0).toString(), audited.get(0).toString().contains("account created"));
    }

    @Test
    public void laterSignInsReuseTheAccountAndRegisteredAccountsAreLinkedByIdNumber() {
        Account registered = activeCitizen(CITIZEN_ID);
        Session first = id.node.auth.signIn(vneid(CITIZEN_ID), ADDRESS);
        Session second = id.node.auth.signIn(vneid(CITIZEN_ID), ADDRESS);
        assertEquals(registered.id(), first.account().id());
        assertEquals(registered.id(), second.account().id());
        assertEquals("the registered name is kept", "Nguyễn Văn An", second.account().displayName());
        assertEquals(1, id.db.count("identity_account"));
        assertEquals("password login still works", registered.id(), login(CITIZEN_ID, PASSWORD).account().id());
    }

    @Test
    public void anAccountWaitingForItsCodeIsActivatedBecauseTheProviderProvedThePerson() {
        PendingVerification pending = id.node.applicants.register(citizen(CITIZEN_ID));
        assertFalse(pending.verificationId().isEmpty());
        Session s = id.node.auth.signIn(vneid(CITIZEN_ID), ADDRESS);
        assertEquals(AccountStatus.ACTIVE, s.account().status());
        assertTrue(id.audit.of("identity.external-login").get(0).toString().contains("activated"));
        assertEquals(s.account().id(), login(CITIZEN_ID, PASSWORD).account().id());
    }

    @Test
    public void aLockedAccountIsRefusedAndTheRefusalAudited() {
        Account a = activeCitizen(CITIZEN_ID);
        id.db.update("update identity_account set status = 'LOCKED' where id = ?", a.id());
        expect(UnauthorizedException.class, 401, "account-locked", () -> id.node.auth.signIn(vneid(CITIZEN_ID),
            ADDRESS));
        assertEquals(1, id.audit.of("identity.external-login", AuditRecord.Outcome.DENIED).size());
        assertEquals(0, id.db.count("identity_session"));
    }

    @Test
    public void claimsThatAreNotAnIdNumberAreRefusedNamingTheField() {
        ValidationException e = expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.auth.signIn(vneid("12345"), ADDRESS));
        assertEquals("idNumber", e.errors().get(0).field());
        ValidationException missing = expect(ValidationException.class, 400, "validation-failed",
            () -> id.node.auth.signIn(new ExternalIdentity("vneid", null, null, null, null, null, null), ADDRESS));
        assertEquals(List.of("subject", "idNumber"), missing.errors().stream().map(f -> f.field()).toList());
        assertEquals(0, id.db.count("identity_account"));
    }

    @Test
    public void unparseableContactDetailsAreDroppedNotFatal() {
        Session s = id.node.auth.signIn(new ExternalIdentity("vneid", SUBJECT, CITIZEN_ID, null, "not an email",
            "12", null), ADDRESS);
        assertNull(s.account().email());
        assertNull(s.account().phone());
        assertEquals("the ID number stands in for a missing name", CITIZEN_ID, s.account().displayName());
    }

    @Test
    public void theSamePersonSigningInTwiceAtOnceGetsOneAccount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Session>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> id.node.auth.signIn(vneid(CITIZEN_ID), ADDRESS));
            }
            List<String> accounts = new ArrayList<>();
            for (Future<Session> f : pool.invokeAll(calls)) {
                accounts.add(f.get().account().id());
            }
            assertEquals(1, accounts.stream().distinct().count());
            assertEquals(1, id.db.count("identity_account"));
            assertEquals(4, id.db.count("identity_session"));
        } finally {
            pool.shutdownNow();
        }
    }
}
