package vn.motcua.identity.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Six-digit one-time codes. Only SHA-256(salt, verification id, code) is stored: a million codes are quickly tried
 * against a stolen hash, so the hash only keeps codes out of dumps and logs; what protects a code is its short life
 * and the attempt limit.
 */
final class OneTimeCodes {
    static final Pattern FORMAT = Pattern.compile("\\d{6}");

    private OneTimeCodes() {
    }

    static String newCode(SecureRandom random) {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    static String newSalt(SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    static String hash(String salt, String verificationId, String code) {
        return Base64.getEncoder().encodeToString(digest(salt, verificationId, code));
    }

    static boolean matches(String storedHash, String salt, String verificationId, String code) {
        byte[] expected;
        try {
            expected = Base64.getDecoder().decode(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(salt, verificationId, code));
    }

    private static byte[] digest(String salt, String verificationId, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return sha.digest((salt + ":" + verificationId + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
