package vn.motcua.identity.impl;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK (no extra bundle), 16-byte random salt per hash, 256-bit result, stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so that the cost can be raised later: a hash made with fewer
 * iterations than configured is re-made at the next successful login ({@link #needsRehash}). Comparison is constant
 * time.
 */
final class PasswordHasher {
    static final String ALGORITHM = "pbkdf2-sha256";
    private static final String JCA_NAME = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** Refuse absurd stored costs (a tampered row must not pin a CPU). */
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final SecureRandom random;
    private final AtomicLong derivations = new AtomicLong();
    private volatile String dummy;

    PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    int iterations() {
        return iterations;
    }

    String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code stored}; false for an unreadable stored value. */
    boolean verify(String password, String stored) {
        Parsed p = parse(stored);
        if (p == null) {
            return false;
        }
        return MessageDigest.isEqual(p.hash(), derive(password, p.salt(), p.iterations()));
    }

    /**
     * Costs the same as a verification against a real hash and always fails: an unknown login then takes as long as a
     * wrong password, so timing does not reveal which logins exist.
     */
    boolean verifyAgainstNothing(String password) {
        String d = dummy;
        if (d == null) {
            d = hash("not-a-password-" + random.nextLong());
            dummy = d;
        }
        verify(password, d);
        return false;
    }

    boolean needsRehash(String stored) {
        Parsed p = parse(stored);
        return p == null || p.iterations() < iterations;
    }

    /** Key derivations done so far (tests prove that refused input never reaches hashing). */
    long derivations() {
        return derivations.get();
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return null;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            if (n < 1 || n > MAX_ITERATIONS) {
                return null;
            }
            return new Parsed(n, Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private byte[] derive(String password, byte[] salt, int rounds) {
        derivations.incrementAndGet();
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(JCA_NAME).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JCA_NAME + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
