package vn.motcua.identity.impl;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.Position;
import vn.motcua.identity.impl.entity.AccountEntity;
import vn.motcua.identity.impl.entity.PositionEntity;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.security.Role;

/** Reading accounts and turning them into DTOs; entities never leave the bundle. */
final class Accounts {
    private Accounts() {
    }

    static AccountEntity byLogin(EntityManager em, String login) {
        List<AccountEntity> found = em.createQuery(
                "SELECT a FROM AccountEntity a WHERE a.kind = :kind AND a.login = :login", AccountEntity.class)
            .setParameter("kind", Logins.kindOf(login).name()).setParameter("login", login).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    static AccountEntity find(EntityManager em, String id) {
        AccountEntity a = id == null || id.length() > 36 ? null : em.find(AccountEntity.class, id);
        if (a == null) {
            throw new NotFoundException("tài khoản", "Account", String.valueOf(id));
        }
        return a;
    }

    /** A staff account with its position, or 404 (applicants are not staff, whatever their id). */
    static AccountEntity findStaff(EntityManager em, String id) {
        AccountEntity a = find(em, id);
        if (!AccountKind.STAFF.name().equals(a.getKind())) {
            throw new NotFoundException("tài khoản cán bộ", "Staff account", id);
        }
        return a;
    }

    /**
     * The status that applies at {@code now}: an administrator's lock with an end ({@code locked_until}) is over once
     * that time has come, even before anything rewrote the row.
     */
    static String effectiveStatus(AccountEntity a, Instant now) {
        if (AccountStatus.LOCKED.name().equals(a.getStatus()) && a.getLockedUntil() != null
            && !now.isBefore(a.getLockedUntil().toInstant())) {
            return AccountStatus.ACTIVE.name();
        }
        return a.getStatus();
    }

    /** Lifts an administrator's lock (the lock after failed logins is the throttle's). */
    static void unlock(AccountEntity a) {
        if (AccountStatus.LOCKED.name().equals(a.getStatus())) {
            a.setStatus(AccountStatus.ACTIVE.name());
            a.setLockedReason(null);
            a.setLockedUntil(null);
        }
    }

    static PositionEntity position(EntityManager em, AccountEntity a) {
        return AccountKind.STAFF.name().equals(a.getKind()) ? em.find(PositionEntity.class, a.getId()) : null;
    }

    static Position toPosition(PositionEntity p) {
        return p == null ? null : new Position(p.getAgencyCode(), Support.splitRoles(p.getRoles()),
            Support.splitCodes(p.getSectors()), Support.splitCodes(p.getProcedures()));
    }

    /**
     * The account as others may see it at {@code now}. {@code throttledUntil}: the end of a lock after failed logins
     * of its login, if any, shown as LOCKED (as {@link AccountStatus#LOCKED} documents) although the stored status
     * stays ACTIVE and the lock ends by itself. An administrator's lock whose end has passed shows as ACTIVE.
     */
    static Account toDto(AccountEntity a, PositionEntity p, Instant throttledUntil, Instant now) {
        AccountKind kind = AccountKind.valueOf(a.getKind());
        Position position = toPosition(p);
        AccountStatus status = AccountStatus.valueOf(effectiveStatus(a, now));
        Instant lockedUntil = null;
        if (status == AccountStatus.LOCKED) {
            lockedUntil = Support.instant(a.getLockedUntil()); // null: until an administrator lifts it
        } else if (status == AccountStatus.ACTIVE && throttledUntil != null && throttledUntil.isAfter(now)) {
            status = AccountStatus.LOCKED;
            lockedUntil = throttledUntil;
        }
        return new Account(a.getId(), kind, a.getLogin(), a.getDisplayName(), a.getEmail(), a.getPhone(), status,
            kind == AccountKind.STAFF ? (position == null ? Set.of() : position.roles())
                : Set.of(Role.APPLICANT),
            position, a.isMustChangePassword(), Support.instant(a.getCreatedAt()), Support.instant(a.getLastLoginAt()),
            lockedUntil);
    }
}
