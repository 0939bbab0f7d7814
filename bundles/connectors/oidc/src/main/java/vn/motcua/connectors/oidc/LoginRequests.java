package vn.motcua.connectors.oidc;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.connectors.oidc.entity.IdentityLinkEntity;
import vn.motcua.connectors.oidc.entity.LoginRequestEntity;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.UnauthorizedException;

/**
 * Logins in flight and subject links, in the shared database so that any node can finish a login another node began,
 * and a state is used at most once whichever node receives the callback.
 */
@Component(service = LoginRequests.class)
public class LoginRequests {
    /** At most this many expired rows are swept per new login: the sweep stays cheap under a flood. */
    private static final int SWEEP_LIMIT = 500;

    @Reference(target = "(osgi.unit.name=motcua-oidc)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=oidc)")
    MigratedSchema schema;

    /** Replaced by tests to move time forward. */
    Clock clock = Clock.systemUTC();

    private final SecureRandom random = new SecureRandom();

    /** What the callback needs from the start of the login. */
    record Pending(String state, String provider, String nonce, String codeVerifier, String returnTo,
                   Instant expiresAt) {
    }

    Pending begin(String provider, String returnTo, String clientAddress, Duration lifetime) {
        Instant now = clock.instant();
        LoginRequestEntity e = new LoginRequestEntity();
        e.setState(Pkce.random(random));
        e.setProvider(provider);
        e.setNonce(Pkce.random(random));
        e.setCodeVerifier(Pkce.random(random));
        e.setReturnTo(returnTo);
        e.setClientAddress(clientAddress == null || clientAddress.length() <= 64 ? clientAddress
            : clientAddress.substring(0, 64));
        e.setCreatedAt(Timestamp.from(now));
        e.setExpiresAt(Timestamp.from(now.plus(lifetime)));
        jpa.tx(TransactionType.Required, em -> {
            sweepExpired(em, now);
            em.persist(e);
        });
        return toPending(e);
    }

    /**
     * Takes the login of {@code state} out of the table: the row is deleted in the same transaction that reads it, so
     * of two callbacks with one state (a replay, a double click, two nodes) only one gets it. Unknown, used, expired
     * or another provider's state: empty.
     */
    Optional<Pending> consume(String state, String provider) {
        if (state == null || state.length() > 64) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jpa.txExpr(TransactionType.Required, em -> {
            LoginRequestEntity e = em.find(LoginRequestEntity.class, state);
            if (e == null) {
                return Optional.<Pending>empty();
            }
            int deleted = em.createQuery("DELETE FROM LoginRequestEntity r WHERE r.state = :state")
                .setParameter("state", state).executeUpdate();
            if (deleted != 1 || !provider.equals(e.getProvider())
                || !now.isBefore(e.getExpiresAt().toInstant())) {
                return Optional.<Pending>empty();
            }
            return Optional.of(toPending(e));
        });
    }

    /**
     * Records that {@code subject} of {@code provider} is the person of {@code idNumber}; refuses a subject that
     * signed in before with another ID number. Two first sign-ins at once: the loser of the insert retries and finds
     * the winner's row.
     */
    void link(String provider, String subject, String idNumber) {
        for (int attempt = 1;; attempt++) {
            try {
                linkOnce(provider, subject, idNumber);
                return;
            } catch (RuntimeException e) {
                MotCuaException refusal = domainCause(e);
                if (refusal != null) {
                    throw refusal;
                }
                if (attempt == 2) {
                    throw e;
                }
                // first sign-ins of one subject on two nodes at once: the insert lost, the next read finds the row
            }
        }
    }

    /** The transaction template wraps what the work throws; find the refusal again. */
    private static MotCuaException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MotCuaException m) {
                return m;
            }
        }
        return null;
    }

    private void linkOnce(String provider, String subject, String idNumber) {
        Instant now = clock.instant();
        String key = provider + "|" + subject;
        jpa.tx(TransactionType.RequiresNew, em -> {
            IdentityLinkEntity link = em.find(IdentityLinkEntity.class, key);
            if (link == null) {
                link = new IdentityLinkEntity();
                link.setLinkKey(key);
                link.setProvider(provider);
                link.setSubject(subject);
                link.setIdNumber(idNumber);
                link.setFirstSeenAt(Timestamp.from(now));
                link.setLastSeenAt(Timestamp.from(now));
                link.setSignIns(1);
                em.persist(link);
                em.flush();
                return;
            }
            if (!link.getIdNumber().equals(idNumber)) {
                throw new UnauthorizedException("oidc-identity-mismatch",
                    "Danh tính do nhà cung cấp gửi về không khớp với lần đăng nhập trước; liên hệ bộ phận hỗ trợ",
                    "The identity sent by the provider does not match earlier sign-ins; contact support");
            }
            link.setLastSeenAt(Timestamp.from(now));
            link.setSignIns(link.getSignIns() + 1);
        });
    }

    private static void sweepExpired(EntityManager em, Instant now) {
        var expired = em.createQuery("SELECT r.state FROM LoginRequestEntity r WHERE r.expiresAt < :now",
                String.class).setParameter("now", Timestamp.from(now)).setMaxResults(SWEEP_LIMIT).getResultList();
        if (!expired.isEmpty()) {
            em.createQuery("DELETE FROM LoginRequestEntity r WHERE r.state IN :states")
                .setParameter("states", expired).executeUpdate();
        }
    }

    private static Pending toPending(LoginRequestEntity e) {
        return new Pending(e.getState(), e.getProvider(), e.getNonce(), e.getCodeVerifier(), e.getReturnTo(),
            e.getExpiresAt().toInstant());
    }
}
