package vn.motcua.identity.impl;

import java.time.Instant;

import javax.persistence.EntityManager;

import vn.motcua.identity.impl.entity.SessionEntity;

/** Session rows: opened at login, revoked (never deleted) so that a revoked token is told apart from a forged one. */
final class Sessions {
    static final String LOGOUT = "logout";
    static final String PASSWORD_CHANGED = "password-changed";
    static final String LOCKED = "locked";
    static final String MOVED = "moved";
    static final String PASSWORD_RESET = "password-reset";

    private Sessions() {
    }

    static SessionEntity open(EntityManager em, String accountId, int keyId, Instant now, Instant expires,
                              String clientAddress, boolean passwordChangeOnly) {
        SessionEntity s = new SessionEntity();
        s.setId(Support.newId());
        s.setAccountId(accountId);
        s.setKeyId(keyId);
        s.setCreatedAt(Support.ts(now));
        s.setExpiresAt(Support.ts(expires));
        s.setClientAddress(clientAddress == null ? null
            : clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress);
        s.setPasswordChangeOnly(passwordChangeOnly);
        em.persist(s);
        return s;
    }

    /** Revokes every open session of the account except {@code keep} (may be null). Returns how many. */
    static int revokeAll(EntityManager em, String accountId, String reason, Instant now, String keep) {
        String jpql = "UPDATE SessionEntity s SET s.revokedAt = :now, s.revokeReason = :reason "
            + "WHERE s.accountId = :account AND s.revokedAt IS NULL" + (keep == null ? "" : " AND s.id <> :keep");
        var q = em.createQuery(jpql).setParameter("now", Support.ts(now)).setParameter("reason", reason)
            .setParameter("account", accountId);
        if (keep != null) {
            q.setParameter("keep", keep);
        }
        return q.executeUpdate();
    }

    static int revoke(EntityManager em, String sessionId, String reason, Instant now) {
        return em.createQuery("UPDATE SessionEntity s SET s.revokedAt = :now, s.revokeReason = :reason "
                + "WHERE s.id = :id AND s.revokedAt IS NULL")
            .setParameter("now", Support.ts(now)).setParameter("reason", reason).setParameter("id", sessionId)
            .executeUpdate();
    }
}
