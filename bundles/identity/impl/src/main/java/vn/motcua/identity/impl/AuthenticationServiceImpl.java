package vn.motcua.identity.impl;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.AuthenticationService;
import vn.motcua.identity.api.ExternalIdentity;
import vn.motcua.identity.api.ExternalSignInService;
import vn.motcua.identity.api.LoginRequest;
import vn.motcua.identity.api.PasswordChange;
import vn.motcua.identity.api.Session;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.identity.impl.entity.PositionEntity;
import vn.motcua.identity.impl.entity.RepresentativeEntity;
import vn.motcua.identity.impl.entity.SessionEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Authenticator;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Login, logout, password change and bearer-token authentication; registered also as the platform's
 * {@link Authenticator}, which the REST layer calls for every request with {@code Authorization: Bearer …}.
 * <p>
 * Failed logins are counted per login in the database (every node sees them), in a transaction of their own and
 * audited outside any transaction, since the request itself fails. Password hashing never runs inside a database
 * transaction.
 * <p>
 * A staff member whose password must be changed (new account, reset) gets a session marked
 * {@code password_change_only}: its {@link Caller} has <b>no roles</b>, no agency scope and
 * {@link Caller#passwordChangeOnly()} set, so the REST layer lets it call only the operations marked
 * {@code @Access(beforePasswordChange = true)} ({@code /auth/password}, {@code /me}, {@code /auth/logout}) until the
 * password is changed, which ends that session and opens a normal one.
 */
@Component(service = {AuthenticationService.class, Authenticator.class, ExternalSignInService.class,
    AuthenticationServiceImpl.class},
    configurationPid = IdentityConfig.PID)
@Designate(ocd = IdentityConfig.class)
public class AuthenticationServiceImpl implements AuthenticationService, ExternalSignInService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationServiceImpl.class);
    static final String TOKEN_TYPE = "Bearer";
    /** Test configurations lower the cost on purpose; say so once per JVM, not at every (re)configuration. */
    private static final AtomicBoolean WARNED_WEAK = new AtomicBoolean();

    @Reference(target = "(osgi.unit.name=motcua-identity)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=identity)")
    MigratedSchema schema;

    @Reference
    AgencyService agencies;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    /** Replaced by tests to move time forward. */
    Clock clock = Clock.systemUTC();

    private final SecureRandom random = new SecureRandom();
    private final SigningKeys keys = new SigningKeys(random);
    private final Map<String, CachedScope> scopes = new ConcurrentHashMap<>();
    private volatile IdentityConfig config;
    private volatile PasswordHasher hasher;

    private record CachedScope(Set<String> codes, Instant until) {
    }

    /**
     * A token whose signature and session row are good, with what it leads to; {@code person} and
     * {@code representative} are set when a citizen acts for the organisation {@code account}.
     */
    private record Valid(SessionEntity session, AccountEntity account, PositionEntity position, AccountEntity person,
                         RepresentativeEntity representative) {
    }

    @Activate
    @Modified
    void configure(IdentityConfig newConfig) {
        config = newConfig;
        hasher = new PasswordHasher(newConfig.passwordIterations(), random);
        scopes.clear();
        if (newConfig.passwordIterations() < 210_000 && !WARNED_WEAK.getAndSet(true)) {
            LOG.warn("passwordIterations={} is below the 210000 recommended for PBKDF2-HMAC-SHA256; use it for tests "
                + "only", newConfig.passwordIterations());
        }
    }

    /** Password hashes computed so far (tests prove that refused input is never hashed). */
    long hasherDerivations() {
        return hasher.derivations();
    }

    @Override
    public Session login(LoginRequest request, String clientAddress) {
        Checks c = new Checks();
        if (request == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        if (c.required("login", request.login())) {
            c.maxLength("login", request.login(), Logins.MAX_LOGIN);
        }
        Passwords.checkPresent(c, "password", request.password());
        c.throwIfAny();
        String login = Logins.normalise(request.login());
        Instant now = clock.instant();

        Instant lockedUntil = jpa.txExpr(TransactionType.Supports, em -> LoginThrottle.lockedUntil(em, login, now));
        if (lockedUntil != null) {
            Audit.recordRefusal(audit, AuditRecord.denied("identity.login", "login", login, "login locked")
                .personal());
            throw Errors.loginLocked(lockedUntil);
        }
        AccountEntity found = jpa.txExpr(TransactionType.Supports, em -> Accounts.byLogin(em, login));
        boolean ok = found == null ? hasher.verifyAgainstNothing(request.password())
            : hasher.verify(request.password(), found.getPasswordHash());
        if (!ok) {
            LoginThrottle.Failure f = recordFailure(login, found, now, "wrong login or password");
            throw f.lockedUntil() != null ? Errors.loginLocked(f.lockedUntil()) : Errors.invalidCredentials();
        }
        refuseUnusable(found, true, now);

        String upgraded = hasher.needsRehash(found.getPasswordHash()) ? hasher.hash(request.password()) : null;
        int keyId = keys.activeKeyId(jpa, now);
        return JpaTransactions.write(jpa, em -> {
            AccountEntity a = em.find(AccountEntity.class, found.getId());
            if (a == null) {
                throw Errors.invalidCredentials();
            }
            refuseUnusable(a, false, now);
            if (AccountStatus.LOCKED.name().equals(a.getStatus())) {
                // an administrator's lock whose end has come: say so once, on the row and on the trail
                Accounts.unlock(a);
                Audit.record(audit, AuditRecord.success("identity.unlock", "account", a.getId(),
                    "administrator's lock ended at its set time"));
            }
            if (upgraded != null && a.getPasswordHash().equals(found.getPasswordHash())) {
                a.setPasswordHash(upgraded);
                LOG.info("Password hash of account {} upgraded to {} iterations", a.getId(), hasher.iterations());
            }
            a.setLastLoginAt(Support.ts(now));
            LoginThrottle.clear(em, login);
            SessionEntity s = openSession(em, a, keyId, now, clientAddress);
            Audit.record(audit, AuditRecord.success("identity.login", "account", a.getId(),
                s.isPasswordChangeOnly() ? "session limited to a password change" : "session opened"));
            return toSession(em, s, a);
        });
    }

    /**
     * The provider proved who the person is, so no password and no one-time code: the citizen account of that ID
     * number is opened (created if missing, activated if waiting for its code). The password of a created account is
     * the hash of a random secret nobody knows, so only the provider (or a later password reset) lets the person in.
     */
    @Override
    public Session signIn(ExternalIdentity identity, String clientAddress) {
        ExternalSignIns.Checked person = ExternalSignIns.check(identity);
        Instant now = clock.instant();
        boolean known = jpa.txExpr(TransactionType.Supports,
            em -> Accounts.byLogin(em, person.idNumber()) != null);
        // hashing is slow on purpose: only for an account about to be created, and outside the transaction
        String unusablePassword = known ? null : hasher.hash(ExternalSignIns.randomSecret(random));
        int keyId = keys.activeKeyId(jpa, now);
        try {
            try {
                return openExternal(person, unusablePassword, keyId, now, clientAddress);
            } catch (ConflictException firstSignInRace) {
                // the same person's first sign-in on two tabs or nodes: the other one created the account, use it
                return openExternal(person, unusablePassword, keyId, now, clientAddress);
            }
        } catch (RuntimeException refused) {
            Audit.recordRefusal(audit, AuditRecord.denied("identity.external-login", "login", person.idNumber(),
                person.provider() + ": " + refused.getMessage()).personal());
            throw refused;
        }
    }

    private Session openExternal(ExternalSignIns.Checked person, String unusablePassword, int keyId, Instant now,
                                 String clientAddress) {
        return JpaTransactions.write(jpa, em -> {
            ExternalSignIns.Opened opened = ExternalSignIns.open(em, person, unusablePassword, now);
            AccountEntity a = opened.account();
            refuseUnusable(a, false, now);
            a.setLastLoginAt(Support.ts(now));
            SessionEntity s = openSession(em, a, keyId, now, clientAddress);
            Audit.record(audit, AuditRecord.success("identity.external-login", "account", a.getId(),
                ExternalSignIns.describe(person, opened)).personal());
            return toSession(em, s, a);
        });
    }

    /**
     * Counts the failure (its own transaction: it must survive the failed request) and audits it outside any
     * transaction. Callers answer an unknown login and a wrong password alike.
     */
    private LoginThrottle.Failure recordFailure(String login, AccountEntity account, Instant now, String detail) {
        LoginThrottle.Failure f = LoginThrottle.recordFailure(jpa, login, now, policy());
        String target = account == null ? login : account.getId();
        Audit.recordRefusal(audit, AuditRecord.failure("identity.login", account == null ? "login" : "account",
            target, detail + " (" + f.failures() + " in a row)").personal());
        if (f.lockedUntil() != null) {
            LOG.warn("Login {} locked until {} after {} failures", login, f.lockedUntil(), f.failures());
            Audit.recordRefusal(audit, AuditRecord.failure("identity.lockout", account == null ? "login" : "account",
                target, "locked until " + f.lockedUntil()).personal());
        }
        return f;
    }

    /** Only after the password proved right: an unverified or locked account is told so (and audited). */
    private void refuseUnusable(AccountEntity a, boolean audited, Instant now) {
        AccountStatus status = AccountStatus.valueOf(Accounts.effectiveStatus(a, now));
        RuntimeException refusal = switch (status) {
            case ACTIVE -> null;
            case PENDING_VERIFICATION -> Errors.notVerified();
            case LOCKED -> Errors.accountLocked(Support.instant(a.getLockedUntil()));
            case DISABLED -> Errors.accountDisabled();
        };
        if (refusal != null) {
            if (audited) {
                Audit.recordRefusal(audit, AuditRecord.denied("identity.login", "account", a.getId(),
                    "account " + status));
            }
            throw refusal;
        }
    }

    private SessionEntity openSession(EntityManager em, AccountEntity a, int keyId, Instant now,
                                      String clientAddress) {
        boolean changeOnly = a.isMustChangePassword();
        Duration life = AccountKind.STAFF.name().equals(a.getKind())
            ? Duration.ofHours(config.staffSessionHours()) : Duration.ofDays(config.applicantSessionDays());
        if (changeOnly) {
            Duration limited = Duration.ofMinutes(config.passwordChangeSessionMinutes());
            life = limited.compareTo(life) < 0 ? limited : life;
        }
        SessionEntity s = Sessions.open(em, a.getId(), keyId, now, now.plus(life), clientAddress, changeOnly);
        em.flush();
        return s;
    }

    private Session toSession(EntityManager em, SessionEntity s, AccountEntity a) {
        String token = keys.sign(jpa, s.getKeyId(), s.getId());
        return new Session(token, TOKEN_TYPE, Support.instant(s.getExpiresAt()),
            Accounts.toDto(a, Accounts.position(em, a), null, clock.instant()));
    }

    @Override
    public Caller authenticate(String bearerToken, String clientAddress) {
        Valid v = validate(bearerToken);
        return toCaller(v, clientAddress);
    }

    /** Signature first (constant time, no database), then the session row, then the account. */
    private Valid validate(String token) {
        SigningKeys.Verified t = keys.verify(jpa, token);
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Supports, em -> {
            SessionEntity s = em.find(SessionEntity.class, t.sessionId());
            if (s == null || s.getKeyId() != t.keyId()) {
                throw Errors.invalidToken();
            }
            if (s.getRevokedAt() != null) {
                throw Errors.revokedToken();
            }
            if (!now.isBefore(Support.instant(s.getExpiresAt()))) {
                throw Errors.expiredToken();
            }
            AccountEntity a = em.find(AccountEntity.class, s.getAccountId());
            if (!usable(a, now)) {
                throw Errors.revokedToken();
            }
            if (s.getActingPersonId() == null) {
                return new Valid(s, a, Accounts.position(em, a), null, null);
            }
            // acting for an organisation: the person and the authorisation must both still hold, on every request
            AccountEntity person = em.find(AccountEntity.class, s.getActingPersonId());
            RepresentativeEntity r = Representatives.find(em, s.getRepresentativeId());
            if (!usable(person, now) || r == null || !r.getPersonId().equals(person.getId())
                || !r.getOrganisationId().equals(a.getId())
                || !Representatives.inForceOn(r, Representatives.today(now))) {
                throw Errors.revokedToken();
            }
            return new Valid(s, a, null, person, r);
        });
    }

    /** An account a session may run on: active, or locked by an administrator until a time now passed. */
    private static boolean usable(AccountEntity a, Instant now) {
        return a != null && AccountStatus.ACTIVE.name().equals(Accounts.effectiveStatus(a, now));
    }

    private Caller toCaller(Valid v, String clientAddress) {
        if (v.person() != null) {
            AccountEntity org = v.account();
            return new Caller(org.getId(), Caller.Kind.APPLICANT, org.getDisplayName(), Set.of(Role.APPLICANT), null,
                Set.of(), Set.of(), Set.of(), v.session().getId(), clientAddress).actedBy(new Caller.ActingPerson(
                v.person().getId(), v.person().getDisplayName(), v.representative().getCapacity(),
                v.representative().getId()));
        }
        AccountEntity a = v.account();
        String sessionId = v.session().getId();
        boolean changeOnly = v.session().isPasswordChangeOnly();
        if (!AccountKind.STAFF.name().equals(a.getKind())) {
            Caller applicant = new Caller(a.getId(), Caller.Kind.APPLICANT, a.getDisplayName(), Set.of(Role.APPLICANT),
                null, Set.of(), Set.of(), Set.of(), sessionId, clientAddress);
            return changeOnly ? applicant.limitedToPasswordChange() : applicant;
        }
        PositionEntity p = v.position();
        if (changeOnly || p == null) {
            // no position (an inconsistent row) is treated like a temporary password: nothing but the change
            return new Caller(a.getId(), Caller.Kind.STAFF, a.getDisplayName(), Set.of(), null, Set.of(), Set.of(),
                Set.of(), sessionId, clientAddress, changeOnly, null);
        }
        return new Caller(a.getId(), Caller.Kind.STAFF, a.getDisplayName(), Support.splitRoles(p.getRoles()),
            p.getAgencyCode(), scope(p.getAgencyCode()), Support.splitCodes(p.getSectors()),
            Support.splitCodes(p.getProcedures()), sessionId, clientAddress);
    }

    /**
     * The agency subtree, cached for {@code scopeCacheSeconds}: every request of a staff member needs it, the tree
     * changes rarely. An agency the catalogue no longer knows reaches only itself (fail closed).
     */
    Set<String> scope(String agencyCode) {
        Instant now = clock.instant();
        CachedScope cached = scopes.get(agencyCode);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.codes();
        }
        Set<String> codes;
        try {
            codes = Set.copyOf(agencies.subtree(agencyCode));
        } catch (NotFoundException e) {
            LOG.warn("Agency {} of a staff position is unknown to the catalogue; its scope is the agency alone",
                agencyCode);
            codes = Set.of(agencyCode);
        }
        scopes.put(agencyCode, new CachedScope(codes, now.plusSeconds(config.scopeCacheSeconds())));
        return codes;
    }

    @Override
    public void logout(String token) {
        Valid v = validate(token);
        Instant now = clock.instant();
        JpaTransactions.write(jpa, em -> {
            Sessions.revoke(em, v.session().getId(), Sessions.LOGOUT, now);
            Audit.record(audit, AuditRecord.success("identity.logout", "account", v.account().getId(),
                "session ended"));
            return null;
        });
    }

    @Override
    public Session changePassword(String token, PasswordChange change, String clientAddress) {
        Checks c = new Checks();
        if (change == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        Passwords.checkPresent(c, "currentPassword", change.currentPassword());
        Passwords.checkPresent(c, "newPassword", change.newPassword());
        c.throwIfAny();
        Valid v = validate(token);
        if (v.person() != null) {
            throw Errors.actingSession();
        }
        AccountEntity account = v.account();
        Passwords.checkNew(c, "newPassword", change.newPassword(), account.getLogin());
        if (change.newPassword().equals(change.currentPassword())) {
            c.add("newPassword", "unchanged", "Mật khẩu mới phải khác mật khẩu hiện tại",
                "the new password must differ from the current one");
        }
        c.throwIfAny();
        String login = account.getLogin();
        Instant now = clock.instant();
        Instant lockedUntil = jpa.txExpr(TransactionType.Supports, em -> LoginThrottle.lockedUntil(em, login, now));
        if (lockedUntil != null) {
            throw Errors.loginLocked(lockedUntil);
        }
        if (!hasher.verify(change.currentPassword(), account.getPasswordHash())) {
            LoginThrottle.Failure f = recordFailure(login, account, now, "wrong current password at password change");
            if (f.lockedUntil() != null) {
                throw Errors.loginLocked(f.lockedUntil());
            }
            throw ValidationException.of("currentPassword", "wrong-password", "Mật khẩu hiện tại không đúng",
                "the current password is wrong");
        }
        String newHash = hasher.hash(change.newPassword());
        int keyId = keys.activeKeyId(jpa, now);
        return JpaTransactions.write(jpa, em -> {
            AccountEntity a = em.find(AccountEntity.class, account.getId());
            if (a == null || !a.getPasswordHash().equals(account.getPasswordHash())) {
                throw JpaTransactions.concurrentChange();
            }
            a.setPasswordHash(newHash);
            a.setMustChangePassword(false);
            a.setPasswordChangedAt(Support.ts(now));
            LoginThrottle.clear(em, login);
            em.flush();
            SessionEntity s = openSession(em, a, keyId, now, clientAddress);
            Sessions.revokeAll(em, a.getId(), Sessions.PASSWORD_CHANGED, now, s.getId());
            Audit.record(audit, AuditRecord.success("identity.password.change", "account", a.getId(),
                "password changed; other sessions revoked"));
            return toSession(em, s, a);
        });
    }

    @Override
    public Account me(String token) {
        Valid v = validate(token);
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Supports, em -> Accounts.toDto(v.account(), v.position(),
            LoginThrottle.lockedUntil(em, v.account().getLogin(), now), now));
    }

    @Override
    public Session actAs(String token, String organisation, String clientAddress) {
        Checks c = new Checks();
        String wanted = Support.trim(organisation);
        if (c.required("organisation", wanted)) {
            c.maxLength("organisation", wanted, 36);
        }
        c.throwIfAny();
        Valid v = validate(token);
        AccountEntity person = v.account();
        if (v.person() != null || v.session().isPasswordChangeOnly()
            || !AccountKind.CITIZEN.name().equals(person.getKind())) {
            throw Errors.notRepresentative();
        }
        Instant now = clock.instant();
        int keyId = keys.activeKeyId(jpa, now);
        try {
            return openActing(v, wanted, keyId, now, clientAddress);
        } catch (ForbiddenException e) {
            // audited once the transaction has rolled back, or the record would roll back with it
            Audit.recordRefusal(audit, AuditRecord.denied("identity.act-as", "organisation", wanted,
                "not authorised for the organisation today"));
            throw e;
        }
    }

    private Session openActing(Valid v, String wanted, int keyId, Instant now, String clientAddress) {
        AccountEntity person = v.account();
        return JpaTransactions.write(jpa, em -> {
            AccountEntity org = organisation(em, wanted);
            RepresentativeEntity r = org == null ? null : em.createQuery("SELECT r FROM RepresentativeEntity r "
                    + "WHERE r.organisationId = :org AND r.personId = :person AND r.inForce = :inForce",
                    RepresentativeEntity.class).setParameter("org", org.getId())
                .setParameter("person", person.getId()).setParameter("inForce", RepresentativeEntity.IN_FORCE)
                .getResultList().stream().findFirst().orElse(null);
            if (org == null || !usable(org, now) || !Representatives.inForceOn(r, Representatives.today(now))) {
                throw Errors.notRepresentative();
            }
            // no longer than the citizen's own session, nor past the authorisation's last day
            Instant expires = Support.instant(v.session().getExpiresAt());
            Instant end = Representatives.endOf(r);
            if (end != null && end.isBefore(expires)) {
                expires = end;
            }
            SessionEntity s = Sessions.openActing(em, org.getId(), person.getId(), r.getId(), keyId, now, expires,
                clientAddress);
            em.flush();
            Audit.record(audit, AuditRecord.success("identity.act-as", "organisation", org.getId(),
                person.getDisplayName() + " (" + person.getId() + ") acts as " + r.getCapacity() + " until "
                    + expires).personal());
            return toSession(em, s, org);
        });
    }

    /** An organisation account by id or tax code; null when there is none. */
    private static AccountEntity organisation(EntityManager em, String idOrTaxCode) {
        String login = Logins.normalise(idOrTaxCode);
        AccountEntity a = Logins.TAX_CODE.matcher(login).matches() ? Accounts.byLogin(em, login)
            : em.find(AccountEntity.class, idOrTaxCode);
        return a != null && AccountKind.ORGANISATION.name().equals(a.getKind()) ? a : null;
    }

    /**
     * Starts signing tokens with a new key (for an operator's command or a schedule); tokens signed before stay valid
     * until they expire. Returns the new key id.
     */
    public int rotateSigningKey() {
        Duration staff = Duration.ofHours(config.staffSessionHours());
        Duration applicant = Duration.ofDays(config.applicantSessionDays());
        Duration keep = (staff.compareTo(applicant) > 0 ? staff : applicant).plusDays(1);
        return keys.rotate(jpa, clock.instant(), keep);
    }

    private LoginThrottle.Policy policy() {
        return new LoginThrottle.Policy(Math.max(1, config.maxLoginFailures()),
            Duration.ofMinutes(Math.max(1, config.lockoutMinutes())),
            Duration.ofMinutes(Math.max(config.lockoutMinutes(), config.maxLockoutMinutes())));
    }
}
