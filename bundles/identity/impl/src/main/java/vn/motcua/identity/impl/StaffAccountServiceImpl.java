package vn.motcua.identity.impl;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.Position;
import vn.motcua.identity.api.StaffAccountService;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.identity.api.StaffInput;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.identity.impl.entity.PositionEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Staff accounts (cấp, chuyển vị trí, khóa tài khoản cán bộ), never self-registered.
 * <p>
 * Who may act, checked on every call against {@link CallerContext#current()}: a provincial operator everywhere; an
 * agency administrator only on accounts whose agency lies in its own agency subtree (before and after a move), and
 * never on accounts holding — or to give — the province-wide roles {@link #PROVINCE_ROLES}: otherwise an agency
 * administrator could reset an operator's password and log in as the operator. Every change is audited in its own
 * transaction; refusals are audited as DENIED. Lock, move and password reset revoke the account's sessions, so the
 * change takes effect on the next request on every node.
 */
@Component(service = {StaffAccountService.class, StaffAccountServiceImpl.class}, configurationPid = IdentityConfig.PID)
public class StaffAccountServiceImpl implements StaffAccountService {
    private static final Logger LOG = LoggerFactory.getLogger(StaffAccountServiceImpl.class);
    /** Roles only a provincial operator grants or manages. */
    static final Set<Role> PROVINCE_ROLES = EnumSet.of(Role.PROVINCIAL_OPERATOR, Role.SUPERVISOR, Role.POLICE_AUDITOR);
    private static final Pattern ASSIGNED_CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_ASSIGNED = 500;
    /** Longest lock with an end; a longer absence is a lock until lifted. */
    static final java.time.Duration MAX_TIMED_LOCK = java.time.Duration.ofDays(5 * 366);

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
    private volatile PasswordHasher hasher;

    @Activate
    @Modified
    void configure(IdentityConfig config) {
        hasher = new PasswordHasher(config.passwordIterations(), random);
    }

    /** A checked, normalised staff input. */
    private record Checked(String username, String fullName, String email, String phone, Position position) {
    }

    @Override
    public StaffCreated create(StaffInput input) {
        Caller caller = CallerContext.current();
        Checked in = check(input);
        return audited("identity.staff.create", in.username(), () -> {
            requireManager(caller, in.position().agencyCode(), in.position().roles());
            requireAgency(in.position().agencyCode());
            return createChecked(in, "identity.staff.create");
        });
    }

    private StaffCreated createChecked(Checked in, String action) {
        String temporary = Passwords.temporary(random, in.username());
        String hash = hasher.hash(temporary);
        Instant now = clock.instant();
        return JpaTransactions.write(jpa, em -> {
            if (Accounts.byLogin(em, in.username()) != null) {
                throw Errors.loginTaken("Tên đăng nhập", "User name", in.username());
            }
            AccountEntity a = new AccountEntity();
            a.setId(Support.newId());
            a.setKind(AccountKind.STAFF.name());
            a.setLogin(in.username());
            a.setDisplayName(in.fullName());
            a.setEmail(in.email());
            a.setPhone(in.phone());
            a.setStatus(AccountStatus.ACTIVE.name());
            a.setPasswordHash(hash);
            a.setMustChangePassword(true);
            a.setCreatedAt(Support.ts(now));
            a.setPasswordChangedAt(Support.ts(now));
            em.persist(a);
            em.flush();
            PositionEntity p = new PositionEntity();
            p.setAccountId(a.getId());
            apply(p, in.position(), now);
            em.persist(p);
            em.flush();
            Audit.record(audit, AuditRecord.success(action, "account", a.getId(),
                "user " + in.username() + " at " + in.position().agencyCode() + " as " + in.position().roles()));
            LOG.info("Staff account {} ({}) created at {}", in.username(), a.getId(), in.position().agencyCode());
            return new StaffCreated(Accounts.toDto(a, p, null, now), temporary);
        }, () -> Errors.loginTaken("Tên đăng nhập", "User name", in.username()));
    }

    @Override
    public Account get(String accountId) {
        Caller caller = CallerContext.current();
        Instant now = clock.instant();
        return audited("identity.staff.get", accountId, () -> {
            requireManagerRole(caller);
            return jpa.txExpr(TransactionType.Supports, em -> {
                AccountEntity a = Accounts.findStaff(em, accountId);
                PositionEntity p = Accounts.position(em, a);
                requireScope(caller, agencyOf(p));
                return Accounts.toDto(a, p, LoginThrottle.lockedUntil(em, a.getLogin(), now), now);
            });
        });
    }

    @Override
    public List<Account> list(String agencyCode) {
        Caller caller = CallerContext.current();
        String code = Support.trim(agencyCode) == null ? caller.agencyCode() : agencyCode.strip();
        List<String> codes = audited("identity.staff.list", code, () -> {
            requireManagerRole(caller);
            if (code == null) {
                if (!caller.has(Role.PROVINCIAL_OPERATOR)) {
                    throw ForbiddenException.outOfScope("mọi cơ quan", "every agency");
                }
                return null;
            }
            requireScope(caller, code);
            return agencies.subtree(code);
        });
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<PositionEntity> positions = new ArrayList<>();
            if (codes == null) {
                positions.addAll(em.createQuery("SELECT p FROM PositionEntity p", PositionEntity.class)
                    .getResultList());
            } else {
                for (int i = 0; i < codes.size(); i += 500) {
                    List<String> chunk = codes.subList(i, Math.min(codes.size(), i + 500));
                    positions.addAll(em.createQuery("SELECT p FROM PositionEntity p WHERE p.agencyCode IN :codes",
                        PositionEntity.class).setParameter("codes", chunk).getResultList());
                }
            }
            Map<String, PositionEntity> byAccount = new HashMap<>();
            positions.forEach(p -> byAccount.put(p.getAccountId(), p));
            List<AccountEntity> accounts = new ArrayList<>();
            List<String> ids = List.copyOf(byAccount.keySet());
            for (int i = 0; i < ids.size(); i += 500) {
                accounts.addAll(em.createQuery("SELECT a FROM AccountEntity a WHERE a.id IN :ids", AccountEntity.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500))).getResultList());
            }
            Map<String, Instant> locked = LoginThrottle.locked(em, accounts.stream().map(AccountEntity::getLogin)
                .toList(), now);
            return accounts.stream().sorted(Comparator.comparing(AccountEntity::getLogin))
                .map(a -> Accounts.toDto(a, byAccount.get(a.getId()), locked.get(a.getLogin()), now)).toList();
        });
    }

    @Override
    public Account move(String accountId, Position position) {
        Caller caller = CallerContext.current();
        Checks c = new Checks();
        Position to = checkPosition(c, "position", position);
        c.throwIfAny();
        Instant now = clock.instant();
        return audited("identity.staff.move", accountId, () -> {
            // the new position is checked first, the current one inside the transaction, on the row it changes
            requireManager(caller, to.agencyCode(), to.roles());
            requireAgency(to.agencyCode());
            return JpaTransactions.write(jpa, em -> {
                AccountEntity a = Accounts.findStaff(em, accountId);
                PositionEntity p = Accounts.position(em, a);
                requireManagerInTx(caller, a, p);
                String from = p.getAgencyCode() + " " + Support.splitRoles(p.getRoles());
                apply(p, to, now);
                em.flush();
                int revoked = Sessions.revokeAll(em, a.getId(), Sessions.MOVED, now, null);
                Audit.record(audit, AuditRecord.success("identity.staff.move", "account", a.getId(),
                    "from " + from + " to " + to.agencyCode() + " " + to.roles() + "; " + revoked
                        + " sessions revoked"));
                return Accounts.toDto(a, p, null, now);
            });
        });
    }

    @Override
    public Account lock(String accountId, String reason, Instant until) {
        Caller caller = CallerContext.current();
        Checks c = new Checks();
        c.requiredText("reason", reason, 500);
        Instant now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            c.add("until", "not-in-future", "Thời điểm hết khóa phải ở tương lai", "until must be in the future");
        } else if (until != null && until.isAfter(now.plus(MAX_TIMED_LOCK))) {
            c.add("until", "too-far", "Khóa có thời hạn tối đa 5 năm; khóa không thời hạn thì bỏ trống",
                "a timed lock lasts at most 5 years; leave it empty for a lock until lifted");
        }
        c.throwIfAny();
        return audited("identity.staff.lock", accountId, () -> {
            requireManagerRole(caller);
            return JpaTransactions.write(jpa, em -> {
                AccountEntity a = Accounts.findStaff(em, accountId);
                PositionEntity p = Accounts.position(em, a);
                requireManagerInTx(caller, a, p);
                a.setStatus(AccountStatus.LOCKED.name());
                a.setLockedReason(reason.strip());
                a.setLockedUntil(Support.ts(until));
                em.flush();
                int revoked = Sessions.revokeAll(em, a.getId(), Sessions.LOCKED, now, null);
                Audit.record(audit, AuditRecord.success("identity.staff.lock", "account", a.getId(),
                    "locked" + (until == null ? "" : " until " + until) + ": " + reason.strip() + "; " + revoked
                        + " sessions revoked"));
                return Accounts.toDto(a, p, null, now);
            });
        });
    }

    /** Also lifts a lock after failed logins early. */
    @Override
    public Account unlock(String accountId) {
        Caller caller = CallerContext.current();
        Instant now = clock.instant();
        return audited("identity.staff.unlock", accountId, () -> {
            requireManagerRole(caller);
            return JpaTransactions.write(jpa, em -> {
                AccountEntity a = Accounts.findStaff(em, accountId);
                PositionEntity p = Accounts.position(em, a);
                requireManagerInTx(caller, a, p);
                Accounts.unlock(a);
                LoginThrottle.clear(em, a.getLogin());
                em.flush();
                Audit.record(audit, AuditRecord.success("identity.staff.unlock", "account", a.getId(), "unlocked"));
                return Accounts.toDto(a, p, null, now);
            });
        });
    }

    @Override
    public StaffCreated resetPassword(String accountId) {
        Caller caller = CallerContext.current();
        Instant now = clock.instant();
        return audited("identity.staff.password-reset", accountId, () -> {
            requireManagerRole(caller);
            // the user name is needed for the policy check; the row is checked again inside the transaction
            String login = jpa.txExpr(TransactionType.Supports, em -> Accounts.findStaff(em, accountId).getLogin());
            String temporary = Passwords.temporary(random, login);
            String hash = hasher.hash(temporary);
            return JpaTransactions.write(jpa, em -> {
                AccountEntity a = Accounts.findStaff(em, accountId);
                PositionEntity p = Accounts.position(em, a);
                requireManagerInTx(caller, a, p);
                a.setPasswordHash(hash);
                a.setMustChangePassword(true);
                a.setPasswordChangedAt(Support.ts(now));
                LoginThrottle.clear(em, a.getLogin());
                em.flush();
                int revoked = Sessions.revokeAll(em, a.getId(), Sessions.PASSWORD_RESET, now, null);
                Audit.record(audit, AuditRecord.success("identity.staff.password-reset", "account", a.getId(),
                    "temporary password issued; " + revoked + " sessions revoked"));
                return new StaffCreated(Accounts.toDto(a, p, null, now), temporary);
            });
        });
    }

    /**
     * First start: when no provincial operator exists, creates one at {@code agencyCode} (the root agency) and returns
     * it with its temporary password; otherwise empty. The agency may still be missing from the catalogue (an empty
     * system is bootstrapped before its catalogue is imported). Runs as the system, without a caller's rights — for
     * {@link OperatorBootstrap} and {@link IdentityAdministrationImpl} (the operator's console) only. Two nodes
     * bootstrapping at once: the loser's insert collides on the user name and it reports "nothing to do".
     */
    Optional<StaffCreated> bootstrapOperator(String username, String fullName, String email, String agencyCode) {
        Position position = new Position(agencyCode, Set.of(Role.PROVINCIAL_OPERATOR), Set.of(), Set.of());
        Checked in = check(new StaffInput(username, fullName, email, null, position));
        try {
            agencies.get(in.position().agencyCode());
        } catch (NotFoundException e) {
            // An empty system has no agencies yet, and creating them is the operator's job: an operator's rights are
            // province-wide by role, so the position may name the root agency before the catalogue is imported.
            LOG.warn("Agency {} of the first operator is not in the catalogue yet; import the catalogue next",
                in.position().agencyCode());
        }
        // an operator's console command runs as the system already, naming the console user; keep that name
        Caller current = CallerContext.current();
        Caller system = current.kind() == Caller.Kind.SYSTEM ? current : Caller.system("identity-bootstrap");
        return CallerContext.callAs(system, () -> {
            if (operatorExists()) {
                return Optional.empty();
            }
            try {
                return Optional.of(createChecked(in, "identity.bootstrap"));
            } catch (ConflictException e) {
                if (operatorExists()) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    boolean operatorExists() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT COUNT(p) FROM PositionEntity p WHERE p.roles LIKE :role", Long.class)
            .setParameter("role", "%," + Role.PROVINCIAL_OPERATOR.name() + ",%").getSingleResult() > 0);
    }

    // --- checks -------------------------------------------------------------------------------------------------

    private Checked check(StaffInput input) {
        Checks c = new Checks();
        if (input == null) {
            c.required("body", null);
            c.throwIfAny();
        }
        String username = Logins.normalise(input.username());
        Logins.checkUsername(c, "username", username);
        String fullName = Support.trim(input.fullName());
        c.requiredText("fullName", fullName, 200);
        String email = Logins.normaliseEmail(input.email());
        Logins.checkEmail(c, "email", email);
        String phone = Logins.normalisePhone(input.phone());
        Logins.checkPhone(c, "phone", phone, false);
        Position position = checkPosition(c, "position", input.position());
        c.throwIfAny();
        return new Checked(username, fullName, email, phone, position);
    }

    private static Position checkPosition(Checks c, String field, Position p) {
        if (!c.required(field, p)) {
            return null;
        }
        String agency = Support.trim(p.agencyCode());
        c.requiredText(field + ".agencyCode", agency, 32);
        if (c.notEmpty(field + ".roles", p.roles()) && p.roles().contains(Role.APPLICANT)) {
            c.add(field + ".roles", "not-allowed", "Vai trò người nộp hồ sơ không dành cho cán bộ",
                "the applicant role is not for staff");
        }
        Set<String> sectors = checkCodes(c, field + ".sectors", p.sectors());
        Set<String> procedures = checkCodes(c, field + ".procedures", p.procedures());
        return new Position(agency, p.roles() == null ? Set.of() : EnumSet.copyOf(nonNull(p.roles())), sectors,
            procedures);
    }

    private static Set<Role> nonNull(Set<Role> roles) {
        Set<Role> r = EnumSet.noneOf(Role.class);
        roles.stream().filter(Objects::nonNull).forEach(r::add);
        return r;
    }

    private static Set<String> checkCodes(Checks c, String field, Set<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        if (codes.size() > MAX_ASSIGNED) {
            c.add(field, "too-many", "Nhiều hơn " + MAX_ASSIGNED + " mã", "more than " + MAX_ASSIGNED + " codes");
            return Set.of();
        }
        for (String code : codes) {
            if (code == null || !ASSIGNED_CODE.matcher(code).matches()) {
                c.add(field, "bad-format", "Mã không hợp lệ: " + code, "invalid code: " + code);
                return Set.of();
            }
        }
        return Set.copyOf(codes);
    }

    private void requireAgency(String agencyCode) {
        try {
            agencies.get(agencyCode);
        } catch (NotFoundException e) {
            Checks c = new Checks();
            c.add("position.agencyCode", "unknown", "Không có cơ quan '" + agencyCode + "' trong danh mục",
                "no agency '" + agencyCode + "' in the catalogue");
            c.throwIfAny();
        }
    }

    private static void requireManagerRole(Caller caller) {
        if (!caller.hasAny(Role.PROVINCIAL_OPERATOR, Role.AGENCY_ADMIN)) {
            throw Errors.notStaffManager();
        }
    }

    private static void requireScope(Caller caller, String agencyCode) {
        boolean reached = agencyCode != null && caller.agencyScope().contains(agencyCode);
        if (!caller.has(Role.PROVINCIAL_OPERATOR) && !reached) {
            throw ForbiddenException.outOfScope("cơ quan " + agencyCode, "agency " + agencyCode);
        }
    }

    /** May the caller give (or manage) a position at {@code agencyCode} with {@code roles}? */
    private static void requireManager(Caller caller, String agencyCode, Set<Role> roles) {
        requireManagerRole(caller);
        requireScope(caller, agencyCode);
        if (!caller.has(Role.PROVINCIAL_OPERATOR)) {
            for (Role r : roles) {
                if (PROVINCE_ROLES.contains(r)) {
                    throw Errors.roleNotGrantable(r.name());
                }
            }
        }
    }

    /** Checks on the current row of the account changed: never one's own account, its scope and its roles. */
    private static void requireManagerInTx(Caller caller, AccountEntity a, PositionEntity p) {
        if (a.getId().equals(caller.accountId())) {
            throw Errors.selfManagement();
        }
        requireManager(caller, agencyOf(p), p == null ? Set.of() : Support.splitRoles(p.getRoles()));
    }

    private static String agencyOf(PositionEntity p) {
        return p == null ? null : p.getAgencyCode();
    }

    /**
     * Runs {@code work}; a refusal is audited as DENIED once the work's transaction has rolled back (else the record
     * would roll back with it), then rethrown.
     */
    private <T> T audited(String action, String target, Supplier<T> work) {
        try {
            return work.get();
        } catch (ForbiddenException e) {
            Audit.recordRefusal(audit, AuditRecord.denied(action, "account", target, e.code()));
            throw e;
        }
    }

    private static void apply(PositionEntity p, Position position, Instant now) {
        p.setAgencyCode(position.agencyCode());
        p.setRoles(Support.joinRoles(position.roles()));
        p.setSectors(Support.joinCodes(position.sectors()));
        p.setProcedures(Support.joinCodes(position.procedures()));
        p.setAssignedAt(Support.ts(now));
    }
}
