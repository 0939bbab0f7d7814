package vn.motcua.identity.impl;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.CleanupReport;
import vn.motcua.identity.api.IdentityAdministration;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * The console's identity operations. Karaf admitted the caller (JAAS realm, command ACL); here nothing depends on an
 * application account's rights, and every change is audited under the console user the command set as caller.
 */
@Component(service = IdentityAdministration.class)
public class IdentityAdministrationImpl implements IdentityAdministration {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityAdministrationImpl.class);
    static final String CONSOLE = "console";

    @Reference(target = "(osgi.unit.name=motcua-identity)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=identity)")
    MigratedSchema schema;

    @Reference
    StaffAccountServiceImpl staff;

    @Reference
    AuthenticationServiceImpl authentication;

    @Reference
    IdentityCleanup cleanup;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    /** Replaced by tests to move time forward. */
    Clock clock = Clock.systemUTC();

    @Override
    public Optional<StaffCreated> bootstrapOperator(String username, String fullName, String email,
                                                    String agencyCode) {
        Optional<StaffCreated> created = staff.bootstrapOperator(username,
            Support.trim(fullName) == null ? "Quản trị hệ thống tỉnh" : fullName, email, agencyCode);
        if (created.isEmpty()) {
            Audit.recordRefusal(audit, AuditRecord.failure("identity.bootstrap", "login", Logins.normalise(username),
                "a provincial operator exists; nothing created"));
        }
        return created;
    }

    @Override
    public int rotateSigningKey() {
        int key = authentication.rotateSigningKey();
        Audit.record(audit, AuditRecord.success("identity.signing-key.rotate", "signing-key", Integer.toString(key),
            "new tokens are signed with key " + key + "; earlier tokens stay valid until they expire"));
        return key;
    }

    @Override
    public Account unlock(String login) {
        return onAccount(login, (em, a, now) -> {
            boolean locked = AccountStatus.LOCKED.name().equals(a.getStatus());
            Accounts.unlock(a);
            boolean throttled = LoginThrottle.lockedUntil(em, a.getLogin(), now) != null;
            LoginThrottle.clear(em, a.getLogin());
            em.flush();
            Audit.record(audit, AuditRecord.success("identity.unlock", "account", a.getId(),
                "unlocked from the console" + (locked ? "; administrator's lock lifted" : "")
                    + (throttled ? "; failed-login lock lifted" : "")));
            LOG.info("Account {} ({}) unlocked from the console", a.getLogin(), a.getId());
            return Accounts.toDto(a, Accounts.position(em, a), null, now);
        });
    }

    @Override
    public int revokeSessions(String login) {
        return onAccount(login, (em, a, now) -> {
            int revoked = Sessions.revokeAll(em, a.getId(), CONSOLE, now, null);
            Audit.record(audit, AuditRecord.success("identity.sessions.revoke", "account", a.getId(),
                revoked + " sessions revoked from the console"));
            LOG.info("{} sessions of account {} ({}) revoked from the console", revoked, a.getLogin(), a.getId());
            return revoked;
        });
    }

    /** What a console command does to one account, in a write transaction. */
    private interface AccountWork<R> {
        R apply(EntityManager em, AccountEntity account, Instant now);
    }

    /** Runs {@code work} on the account of {@code login} (checked; 404 when none). */
    private <R> R onAccount(String login, AccountWork<R> work) {
        String key = checkedLogin(login);
        Instant now = clock.instant();
        return JpaTransactions.write(jpa, em -> {
            AccountEntity a = Accounts.byLogin(em, key);
            if (a == null) {
                throw new NotFoundException("tài khoản", "Account", key);
            }
            return work.apply(em, a, now);
        });
    }

    @Override
    public CleanupReport cleanUp() {
        CleanupReport r = cleanup.run(true);
        LOG.info("Identity clean-up from the console: {}", r.ran() ? IdentityCleanup.describe(r) : r.skipped());
        return r;
    }

    private static String checkedLogin(String login) {
        Checks c = new Checks();
        String key = Logins.normalise(login);
        if (c.required("login", key)) {
            c.maxLength("login", key, Logins.MAX_LOGIN);
        }
        c.throwIfAny();
        return key;
    }
}
