package vn.motcua.identity.impl;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.identity.impl.entity.SigningKeyEntity;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Bearer tokens {@code base64url(keyId ":" sessionId) "." base64url(HMAC-SHA256(key, first part))}.
 * <p>
 * The keys live in {@code identity_signing_key}, so every node signs and verifies with the same ones; the first key is
 * created on first use (two nodes racing for it collide on the primary key and the loser reads the winner's). A token
 * names its key, so {@link #rotate} can start a new key while tokens signed with the retired one stay valid until
 * their sessions expire. Keys never change once written, so each node caches them; only "which key signs now" is
 * re-read every {@link #ACTIVE_CHECK}. The signature is checked, in constant time, before anything else about the
 * token is believed.
 */
final class SigningKeys {
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    /** Longest token accepted; real ones are about 110 characters. Longer input is refused before any work. */
    static final int MAX_TOKEN_LENGTH = 512;
    static final Duration ACTIVE_CHECK = Duration.ofSeconds(60);
    private static final String HMAC = "HmacSHA256";
    private static final Pattern KEY_ID = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f-]{36}");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;
    private final ConcurrentHashMap<Integer, byte[]> secrets = new ConcurrentHashMap<>();
    private volatile Active active;

    private record Active(int id, Instant checkedAt) {
    }

    /** What a token with a good signature says. */
    record Verified(int keyId, String sessionId) {
    }

    SigningKeys(SecureRandom random) {
        this.random = random;
    }

    String sign(JpaTemplate jpa, int keyId, String sessionId) {
        String first = B64URL.encodeToString((keyId + ":" + sessionId).getBytes(StandardCharsets.UTF_8));
        return first + "." + B64URL.encodeToString(hmac(secret(jpa, keyId), first));
    }

    /**
     * The session a token names, if its signature is right.
     *
     * @throws vn.motcua.platform.api.error.UnauthorizedException {@code invalid-token} for anything else
     */
    Verified verify(JpaTemplate jpa, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw Errors.invalidToken();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || dot == token.length() - 1) {
            throw Errors.invalidToken();
        }
        String first = token.substring(0, dot);
        String payload;
        byte[] signature;
        try {
            payload = new String(Base64.getUrlDecoder().decode(first), StandardCharsets.UTF_8);
            signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw Errors.invalidToken();
        }
        int colon = payload.indexOf(':');
        if (colon <= 0 || !KEY_ID.matcher(payload.substring(0, colon)).matches()) {
            throw Errors.invalidToken();
        }
        int keyId = Integer.parseInt(payload.substring(0, colon));
        byte[] secret = secretOrNull(jpa, keyId);
        if (secret == null || !MessageDigest.isEqual(hmac(secret, first), signature)) {
            throw Errors.invalidToken();
        }
        String sessionId = payload.substring(colon + 1);
        if (!SESSION_ID.matcher(sessionId).matches()) {
            throw Errors.invalidToken();
        }
        return new Verified(keyId, sessionId);
    }

    /** The key that signs new tokens: the newest not retired, created when there is none. */
    int activeKeyId(JpaTemplate jpa, Instant now) {
        Active a = active;
        if (a != null && now.isBefore(a.checkedAt().plus(ACTIVE_CHECK)) && !now.isBefore(a.checkedAt())) {
            return a.id();
        }
        int id;
        try {
            id = JpaTransactions.writeNew(jpa, em -> {
                List<SigningKeyEntity> current = em.createQuery(
                        "SELECT k FROM SigningKeyEntity k WHERE k.retiredAt IS NULL ORDER BY k.id DESC",
                        SigningKeyEntity.class).setMaxResults(1).getResultList();
                return current.isEmpty() ? create(em, now) : remember(current.get(0));
            });
        } catch (ConflictException raced) {
            // another node created the first key at the same moment: use it
            id = JpaTransactions.writeNew(jpa, em -> remember(em.createQuery(
                    "SELECT k FROM SigningKeyEntity k WHERE k.retiredAt IS NULL ORDER BY k.id DESC",
                    SigningKeyEntity.class).setMaxResults(1).getSingleResult()));
        }
        active = new Active(id, now);
        return id;
    }

    /**
     * Starts signing with a new key; the previous ones are retired (they still verify their tokens) and keys retired
     * longer than {@code keepRetired} ago (the longest session) are deleted. Returns the new key id.
     */
    int rotate(JpaTemplate jpa, Instant now, Duration keepRetired) {
        int id = JpaTransactions.writeNew(jpa, em -> {
            em.createQuery("UPDATE SigningKeyEntity k SET k.retiredAt = :now WHERE k.retiredAt IS NULL")
                .setParameter("now", Support.ts(now)).executeUpdate();
            List<Integer> old = em.createQuery("SELECT k.id FROM SigningKeyEntity k WHERE k.retiredAt < :before",
                Integer.class).setParameter("before", Support.ts(now.minus(keepRetired))).getResultList();
            if (!old.isEmpty()) {
                em.createQuery("DELETE FROM SigningKeyEntity k WHERE k.id IN :ids").setParameter("ids", old)
                    .executeUpdate();
            }
            old.forEach(secrets::remove);
            return create(em, now);
        });
        active = new Active(id, now);
        LOG.info("Session tokens are now signed with key {}", id);
        return id;
    }

    private int create(EntityManager em, Instant now) {
        Integer max = em.createQuery("SELECT MAX(k.id) FROM SigningKeyEntity k", Integer.class).getSingleResult();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        SigningKeyEntity k = new SigningKeyEntity();
        k.setId(max == null ? 1 : max + 1);
        k.setSecret(Base64.getEncoder().encodeToString(secret));
        k.setCreatedAt(Support.ts(now));
        em.persist(k);
        em.flush();
        secrets.put(k.getId(), secret);
        LOG.info("Created session signing key {}", k.getId());
        return k.getId();
    }

    private int remember(SigningKeyEntity k) {
        secrets.putIfAbsent(k.getId(), Base64.getDecoder().decode(k.getSecret()));
        return k.getId();
    }

    private byte[] secret(JpaTemplate jpa, int keyId) {
        byte[] s = secretOrNull(jpa, keyId);
        if (s == null) {
            throw new IllegalStateException("signing key " + keyId + " disappeared");
        }
        return s;
    }

    private byte[] secretOrNull(JpaTemplate jpa, int keyId) {
        byte[] cached = secrets.get(keyId);
        if (cached != null) {
            return cached;
        }
        SigningKeyEntity k = jpa.txExpr(TransactionType.Supports, em -> em.find(SigningKeyEntity.class, keyId));
        if (k == null) {
            return null;
        }
        remember(k);
        return secrets.get(keyId);
    }

    private static byte[] hmac(byte[] secret, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }
}
