package vn.motcua.connectors.sms;

import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers in the international form gateways expect, {@code 84xxxxxxxxx}. Applicants type
 * {@code 0912 345 678}, {@code +84 912.345.678}, {@code (091) 234-5678} or {@code 0084…}; all become
 * {@code 84912345678}.
 * Only mobile ranges (after 2018: 3x, 5x, 7x, 8x, 9x) can receive SMS; a landline or a short code is refused here,
 * before a gateway charges for a failed attempt.
 */
final class PhoneNumbers {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");
    private static final Pattern MOBILE = Pattern.compile("84[35789]\\d{8}");

    private PhoneNumbers() {
    }

    /** @throws IllegalArgumentException when the input is not a Vietnamese mobile number */
    static String international(String input) {
        String n = input == null ? "" : SEPARATORS.matcher(input.strip()).replaceAll("");
        if (n.startsWith("+")) {
            n = n.substring(1);
        } else if (n.startsWith("00")) {
            n = n.substring(2);
        } else if (n.startsWith("0")) {
            n = "84" + n.substring(1);
        }
        if (n.startsWith("840")) {
            n = "84" + n.substring(3); // +84 (0)912… written with the trunk 0
        }
        if (!MOBILE.matcher(n).matches()) {
            throw new IllegalArgumentException("Số điện thoại di động không hợp lệ (not a Vietnamese mobile number): '"
                + input + "'");
        }
        return n;
    }

    /** {@code 84912345678} → {@code 84******678} for logs. */
    static String mask(String international) {
        if (international.length() < 6) {
            return "***";
        }
        return international.substring(0, 2) + "*".repeat(international.length() - 5)
            + international.substring(international.length() - 3);
    }
}
