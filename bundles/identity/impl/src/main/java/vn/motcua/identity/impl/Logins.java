package vn.motcua.identity.impl;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.motcua.identity.api.Account.AccountKind;
import vn.motcua.platform.api.error.Checks;

/**
 * Formats of logins and contact data, and their normal forms. The three login formats never overlap — a citizen ID
 * number is 12 digits, a tax code 10 digits or 10-3, a staff user name starts with a letter — so a login alone names
 * the kind of account, and one unique key per kind is enough.
 */
final class Logins {
    /** Longest login accepted anywhere; longer input is refused before any database or hashing work. */
    static final int MAX_LOGIN = 64;

    static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
    private static final Pattern TAX_CODE_13 = Pattern.compile("\\d{13}");
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile(
        "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.[a-z]{2,63}");
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("[1-9]\\d{8,9}");
    private static final Pattern MOBILE = Pattern.compile("\\+84[35789]\\d{8}");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s.()-]");

    private Logins() {
    }

    /** Trimmed, lower case (user names), a 13-digit tax code written 10-3. Null stays null. */
    static String normalise(String login) {
        if (login == null) {
            return null;
        }
        String l = login.strip().toLowerCase(Locale.ROOT);
        if (TAX_CODE_13.matcher(l).matches()) {
            l = l.substring(0, 10) + "-" + l.substring(10);
        }
        return l;
    }

    /** The kind of account a normalised login can belong to. */
    static AccountKind kindOf(String login) {
        if (CITIZEN_ID.matcher(login).matches()) {
            return AccountKind.CITIZEN;
        }
        if (TAX_CODE.matcher(login).matches()) {
            return AccountKind.ORGANISATION;
        }
        return AccountKind.STAFF;
    }

    static boolean checkCitizenId(Checks c, String field, String normalised) {
        return c.required(field, normalised) && c.maxLength(field, normalised, MAX_LOGIN)
            && c.matches(field, normalised, CITIZEN_ID, "số căn cước 12 chữ số", "a 12-digit ID number");
    }

    static boolean checkTaxCode(Checks c, String field, String normalised) {
        return c.required(field, normalised) && c.maxLength(field, normalised, MAX_LOGIN)
            && c.matches(field, normalised, TAX_CODE, "mã số thuế 10 chữ số hoặc 10-3 chữ số (0101234567-001)",
            "a tax code of 10 digits or 10-3 digits (0101234567-001)");
    }

    static boolean checkUsername(Checks c, String field, String normalised) {
        return c.required(field, normalised) && c.maxLength(field, normalised, MAX_LOGIN)
            && c.matches(field, normalised, USERNAME,
            "3–64 ký tự: chữ thường không dấu, số, '.', '_', '-', bắt đầu bằng chữ",
            "3-64 characters: lower-case letters, digits, '.', '_', '-', starting with a letter");
    }

    /** Lower case (addresses are compared and delivered case-insensitively in practice); null when blank. */
    static String normaliseEmail(String email) {
        String e = Support.trim(email);
        return e == null ? null : e.toLowerCase(Locale.ROOT);
    }

    static boolean checkEmail(Checks c, String field, String normalised) {
        if (normalised == null) {
            return true;
        }
        if (!c.maxLength(field, normalised, 254)) {
            return false;
        }
        int at = normalised.indexOf('@');
        if (!EMAIL.matcher(normalised).matches() || at > 64) {
            c.add(field, "bad-format", "Địa chỉ thư điện tử không hợp lệ", "not a valid email address");
            return false;
        }
        return true;
    }

    /**
     * A Vietnamese number in international form {@code +84…}: accepts {@code 0912 345 678}, {@code +84 912.345.678},
     * {@code 84912345678}, {@code 0084…}. Returns the input unchanged when it is not such a number (the check names
     * it).
     */
    static String normalisePhone(String phone) {
        String p = Support.trim(phone);
        if (p == null) {
            return null;
        }
        if (p.length() > 32) {
            return p;
        }
        String digits = PHONE_PUNCTUATION.matcher(p).replaceAll("");
        String national;
        if (digits.startsWith("+84")) {
            national = digits.substring(3);
        } else if (digits.startsWith("0084")) {
            national = digits.substring(4);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            return p;
        }
        return NATIONAL_NUMBER.matcher(national).matches() ? "+84" + national : p;
    }

    /** Any Vietnamese number (landlines included) for contact data; {@code mobile} for numbers that receive SMS. */
    static boolean checkPhone(Checks c, String field, String normalised, boolean mobile) {
        if (normalised == null) {
            return true;
        }
        if (!normalised.startsWith("+84") || !NATIONAL_NUMBER.matcher(normalised.substring(3)).matches()) {
            c.add(field, "bad-format", "Số điện thoại không hợp lệ (ví dụ 0912345678 hoặc +84912345678)",
                "not a valid Vietnamese phone number (e.g. 0912345678 or +84912345678)");
            return false;
        }
        if (mobile && !MOBILE.matcher(normalised).matches()) {
            c.add(field, "not-mobile", "Cần số di động để nhận tin nhắn SMS", "a mobile number is needed for SMS");
            return false;
        }
        return true;
    }

    /** What the applicant is shown of where the code went: enough to recognise, too little to harvest. */
    static String mask(String destination) {
        int at = destination.indexOf('@');
        if (at >= 0) {
            String local = destination.substring(0, at);
            String keep = local.length() > 2 ? local.substring(0, 2) : local.substring(0, 1);
            return keep + "***" + destination.substring(at);
        }
        if (destination.length() > 8) {
            return destination.substring(0, 5) + "*".repeat(destination.length() - 8)
                + destination.substring(destination.length() - 3);
        }
        return "***";
    }
}
