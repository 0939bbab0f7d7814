package vn.motcua.identity.impl;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;

import vn.motcua.identity.impl.entity.LoginThrottleEntity;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Consecutive failed logins per login, in the database so that every node counts the same attempts. Unknown logins
 * are counted and locked exactly like real ones, so locking reveals nothing.
 * <p>
 * Counting is one atomic {@code UPDATE … SET failures = failures + 1}: the row lock it takes serialises concurrent
 * failures on every node until commit, so the read that follows and the lock decision see every earlier failure. The
 * first failure inserts the row; two nodes inserting at once collide on the key and the loser retries as an update.
 * Each lock before a successful login doubles the previous one (15, 30, 60 min … up to the configured maximum); a
 * quiet day forgets old failures.
 */
final class LoginThrottle {
    /** After this long without failures, the count and the lock history start again. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    record Policy(int maxFailures, Duration firstLock, Duration maxLock) {
    }

    /** What one failure led to: {@code lockedUntil} is set when this failure locked the login. */
    record Failure(int failures, Instant lockedUntil) {
    }

    private LoginThrottle() {
    }

    /** When the login is locked at {@code now}, until when; else null. */
    static Instant lockedUntil(EntityManager em, String key, Instant now) {
        List<Timestamp> until = em.createQuery(
                "SELECT t.lockedUntil FROM LoginThrottleEntity t WHERE t.loginKey = :k", Timestamp.class)
            .setParameter("k", key).getResultList();
        Instant u = until.isEmpty() ? null : Support.instant(until.get(0));
        return u != null && u.isAfter(now) ? u : null;
    }

    /** Of {@code keys}, those locked at {@code now}, with the end of their lock. */
    static Map<String, Instant> locked(EntityManager em, Collection<String> keys, Instant now) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> result = new HashMap<>();
        List<String> all = List.copyOf(keys);
        for (int i = 0; i < all.size(); i += 500) {
            for (Object[] row : em.createQuery("SELECT t.loginKey, t.lockedUntil FROM LoginThrottleEntity t "
                    + "WHERE t.loginKey IN :k AND t.lockedUntil > :now", Object[].class)
                .setParameter("k", all.subList(i, Math.min(all.size(), i + 500)))
                .setParameter("now", Support.ts(now)).getResultList()) {
                result.put((String) row[0], ((Timestamp) row[1]).toInstant());
            }
        }
        return result;
    }

    /** Counts one failure in a transaction of its own (it must survive the failed request). */
    static Failure recordFailure(JpaTemplate jpa, String key, Instant now, Policy policy) {
        try {
            return JpaTransactions.writeNew(jpa, em -> count(em, key, now, policy));
        } catch (ConflictException firstFailureRace) {
            return JpaTransactions.writeNew(jpa, em -> count(em, key, now, policy));
        }
    }

    private static Failure count(EntityManager em, String key, Instant now, Policy policy) {
        em.createQuery("UPDATE LoginThrottleEntity t SET t.failures = 0, t.lockouts = 0 WHERE t.loginKey = :k "
                + "AND t.lastFailureAt < :stale AND (t.lockedUntil IS NULL OR t.lockedUntil < :stale)")
            .setParameter("k", key).setParameter("stale", Support.ts(now.minus(FORGET_AFTER))).executeUpdate();
        int updated = em.createQuery("UPDATE LoginThrottleEntity t SET t.failures = t.failures + 1, "
                + "t.lastFailureAt = :now WHERE t.loginKey = :k")
            .setParameter("k", key).setParameter("now", Support.ts(now)).executeUpdate();
        if (updated == 0) {
            LoginThrottleEntity t = new LoginThrottleEntity();
            t.setLoginKey(key);
            t.setFailures(1);
            t.setLockouts(0);
            t.setLastFailureAt(Support.ts(now));
            em.persist(t);
            em.flush();
        }
        Object[] row = em.createQuery("SELECT t.failures, t.lockouts FROM LoginThrottleEntity t WHERE t.loginKey = :k",
            Object[].class).setParameter("k", key).getSingleResult();
        int failures = ((Number) row[0]).intValue();
        int lockouts = ((Number) row[1]).intValue();
        if (failures < policy.maxFailures()) {
            return new Failure(failures, null);
        }
        Duration lock = policy.firstLock().multipliedBy(1L << Math.min(lockouts, 20));
        if (lock.compareTo(policy.maxLock()) > 0) {
            lock = policy.maxLock();
        }
        Instant until = now.plus(lock);
        em.createQuery("UPDATE LoginThrottleEntity t SET t.failures = 0, t.lockouts = t.lockouts + 1, "
                + "t.lockedUntil = :until WHERE t.loginKey = :k")
            .setParameter("k", key).setParameter("until", Support.ts(until)).executeUpdate();
        return new Failure(failures, until);
    }

    /** Forgets the failures and any lock of a login (successful login, unlock, password reset). */
    static void clear(EntityManager em, String key) {
        em.createQuery("DELETE FROM LoginThrottleEntity t WHERE t.loginKey = :k").setParameter("k", key)
            .executeUpdate();
    }
}
