package vn.motcua.identity.impl;

import java.time.Instant;

import javax.persistence.EntityManager;

import vn.motcua.identity.impl.entity.SessionEntity;

/**
 * Session rows: opened at login (or when a citizen starts acting for an organisation), revoked so that a revoked
 * token is told apart from a forged one, and deleted by the clean-up only after the retention period.
 */
final class Sessions {
    static final String LOGOUT = "logout";
    static final String PASSWORD_CHANGED = "password-changed";
    static final String LOCKED = "locked";
    static final String MOVED = "moved";
    static final String PASSWORD_RESET = "password-reset";
    static final String AUTHORISATION_REMOVED = "authorisation-removed";

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

    /** A session in which {@code personId} acts for the organisation {@code organisationId}. */
    static SessionEntity openActing(EntityManager em, String organisationId, String personId, String representativeId,
                                    int keyId, Instant now, Instant expires, String clientAddress) {
        SessionEntity s = open(em, organisationId, keyId, now, expires, clientAddress, false);
        s.setActingPersonId(personId);
        s.setRepresentativeId(representativeId);
        return s;
    }

    /**
     * Revokes every open session of the account except {@code keep} (may be null), including those in which it acts
     * for an organisation. Returns how many.
     */
    static int revokeAll(EntityManager em, String accountId, String reason, Instant now, String keep) {
        String jpql = "UPDATE SessionEntity s SET s.revokedAt = :now, s.revokeReason = :reason "
            + "WHERE (s.accountId = :account OR s.actingPersonId = :account) AND s.revokedAt IS NULL"
            + (keep == null ? "" : " AND s.id <> :keep");
        var q = em.createQuery(jpql).setParameter("now", Support.ts(now)).setParameter("reason", reason)
            .setParameter("account", accountId);
        if (keep != null) {
            q.setParameter("keep", keep);
        }
        return q.executeUpdate();
    }

    /** Revokes the open sessions resting on an organisation authorisation. Returns how many. */
    static int revokeActing(EntityManager em, String representativeId, String reason, Instant now) {
        return em.createQuery("UPDATE SessionEntity s SET s.revokedAt = :now, s.revokeReason = :reason "
                + "WHERE s.representativeId = :representative AND s.revokedAt IS NULL")
            .setParameter("now", Support.ts(now)).setParameter("reason", reason)
            .setParameter("representative", representativeId).executeUpdate();
    }

    static int revoke(EntityManager em, String sessionId, String reason, Instant now) {
        return em.createQuery("UPDATE SessionEntity s SET s.revokedAt = :now, s.revokeReason = :reason "
                + "WHERE s.id = :id AND s.revokedAt IS NULL")
            .setParameter("now", Support.ts(now)).setParameter("reason", reason).setParameter("id", sessionId)
            .executeUpdate();
    }
}
