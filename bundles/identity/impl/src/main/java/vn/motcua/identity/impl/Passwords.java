package vn.motcua.identity.impl;

import java.security.SecureRandom;
import java.util.Locale;

import vn.motcua.platform.api.error.Checks;

/**
 * The password policy (at least 10 characters with letters and digits, not containing the login) and temporary
 * passwords for staff. The upper bound is checked first, so an over-long password (a 10 KB body) is refused before any
 * hashing: PBKDF2 cost grows with the password length.
 */
final class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    static final int TEMPORARY_LENGTH = 16;
    /** No look-alikes (0/O, 1/l/I), so a password read out over the phone or printed is typed right. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Passwords() {
    }

    /** Only the length: for a password that is checked against a hash (login, current password), not set. */
    static boolean checkPresent(Checks c, String field, String password) {
        return c.required(field, password) && c.maxLength(field, password, MAX_LENGTH);
    }

    /** The policy for a new password of the account {@code login}. */
    static boolean checkNew(Checks c, String field, String password, String login) {
        if (!checkPresent(c, field, password)) {
            return false;
        }
        boolean ok = true;
        if (password.length() < MIN_LENGTH) {
            c.add(field, "too-short", "Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự",
                "the password needs at least " + MIN_LENGTH + " characters");
            ok = false;
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            c.add(field, "too-weak", "Mật khẩu cần có cả chữ và số", "the password needs both letters and digits");
            ok = false;
        }
        if (login != null && login.length() >= 3
            && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
            c.add(field, "contains-login", "Mật khẩu không được chứa tên đăng nhập",
                "the password must not contain the login");
            ok = false;
        }
        return ok;
    }

    /** A random password that passes the policy for {@code login}; handed over once, changed at first login. */
    static String temporary(SecureRandom random, String login) {
        while (true) {
            StringBuilder sb = new StringBuilder(TEMPORARY_LENGTH);
            for (int i = 0; i < TEMPORARY_LENGTH; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = sb.toString();
            Checks c = new Checks();
            if (checkNew(c, "password", candidate, login)) {
                return candidate;
            }
        }
    }
}
