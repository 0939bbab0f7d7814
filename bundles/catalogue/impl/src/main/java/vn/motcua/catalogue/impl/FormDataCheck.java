package vn.motcua.catalogue.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.motcua.catalogue.api.FormField;
import vn.motcua.catalogue.api.FormField.FieldOption;
import vn.motcua.catalogue.api.FormField.FieldType;
import vn.motcua.platform.api.error.Checks;

/**
 * The server-side check of filled-in form data against the fields of one e-form revision. Every bad field is reported
 * at once, named {@code formData.<key>}; what passes is normalised so that the dossier stores one form of each value.
 */
final class FormDataCheck {
    static final String PREFIX = "formData";
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
        .withResolverStyle(ResolverStyle.STRICT);
    /** Số định danh cá nhân: 3 digits of the province of birth registration (001–096), then 9 digits. */
    private static final Pattern ID_NUMBER = Pattern.compile("0(?:0[1-9]|[1-8]\\d|9[0-6])\\d{9}");
    private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(?:-\\d{3})?");
    /** Mobile 0[35789]x xxx xxxx (10 digits) or landline 02xx xxx xxxx (11 digits), after +84 became 0. */
    private static final Pattern PHONE = Pattern.compile("0(?:[35789]\\d{8}|2\\d{9})");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.()-]");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"<>,;]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** Beyond this a number is a typing slip or an attack on the parser, not an answer. */
    private static final int MAX_DIGITS = 30;
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final Checks c = new Checks(PREFIX);

    private FormDataCheck() {
    }

    /** The normalised data in field order; throws a ValidationException naming every bad field. */
    static Map<String, Object> check(List<FormField> fields, Map<String, Object> data) {
        return new FormDataCheck().run(fields, data == null ? Map.of() : data);
    }

    private Map<String, Object> run(List<FormField> fields, Map<String, Object> data) {
        Set<String> known = new LinkedHashSet<>();
        for (FormField f : fields) {
            known.add(f.key());
        }
        for (String key : data.keySet()) {
            if (!known.contains(key)) {
                c.add(safeKey(key), "unknown-field", "Biểu mẫu không có trường '" + safeKey(key) + "'",
                    "the e-form has no field '" + safeKey(key) + "'");
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (FormField f : fields) {
            Object value = value(f, data.get(f.key()));
            if (value != null) {
                out.put(f.key(), value);
            }
        }
        c.throwIfAny();
        return out;
    }

    /** The normalised value, or null when empty (reported if required) or bad (reported). */
    private Object value(FormField f, Object raw) {
        if (f.type() == FieldType.BOOLEAN) {
            return booleanValue(f, raw);
        }
        if (isEmpty(raw)) {
            if (f.required()) {
                fail(f, "required", "bắt buộc phải nhập", "is required");
            }
            return null;
        }
        return switch (f.type()) {
            case TEXT, LONG_TEXT -> text(f, raw);
            case INTEGER -> integer(f, raw);
            case DECIMAL -> decimal(f, raw);
            case DATE -> date(f, raw);
            case BOOLEAN -> throw new IllegalStateException("handled above");
            case CHOICE -> choice(f, raw);
            case MULTI_CHOICE -> choices(f, raw);
            case ID_NUMBER -> digits(f, raw, ID_NUMBER, "invalid-id-number",
                "phải là số định danh cá nhân 12 chữ số (mã tỉnh 001–096 ở đầu)",
                "must be a 12-digit personal ID number (starting with a province code 001–096)");
            case TAX_CODE -> digits(f, raw, TAX_CODE, "invalid-tax-code",
                "phải là mã số thuế 10 chữ số, hoặc 10 chữ số, dấu '-' và 3 chữ số",
                "must be a tax code of 10 digits, or 10 digits, '-' and 3 digits");
            case PHONE -> phone(f, raw);
            case EMAIL -> email(f, raw);
        };
    }

    private Object text(FormField f, Object raw) {
        String s = scalarText(f, raw);
        if (s == null) {
            return null;
        }
        if (f.type() == FieldType.TEXT && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
            return fail(f, "not-single-line", "chỉ nhập trên một dòng", "must be a single line");
        }
        if (!length(f, s)) {
            return null;
        }
        if (f.pattern() != null && !Pattern.compile(f.pattern()).matcher(s).matches()) {
            return fail(f, "pattern", "không đúng định dạng quy định", "does not match the required format");
        }
        return s;
    }

    private boolean length(FormField f, String s) {
        int max = f.maxLength() != null ? f.maxLength()
            : f.type() == FieldType.LONG_TEXT ? EFormDefinitions.DEFAULT_LONG_TEXT_LENGTH
            : EFormDefinitions.DEFAULT_TEXT_LENGTH;
        int length = s.codePointCount(0, s.length());
        if (length > max) {
            fail(f, "too-long", "dài quá " + max + " ký tự", "is longer than " + max + " characters");
            return false;
        }
        if (f.minLength() != null && length < f.minLength()) {
            fail(f, "too-short", "cần ít nhất " + f.minLength() + " ký tự",
                "needs at least " + f.minLength() + " characters");
            return false;
        }
        return true;
    }

    private Object integer(FormField f, Object raw) {
        BigDecimal n = number(f, raw);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            return fail(f, "not-an-integer", "phải là số nguyên", "must be a whole number");
        }
        if (!inRange(f, n)) {
            return null;
        }
        if (n.compareTo(LONG_MIN) < 0 || n.compareTo(LONG_MAX) > 0) {
            return fail(f, "out-of-range", "số quá lớn", "the number is too large");
        }
        return n.longValueExact();
    }

    private Object decimal(FormField f, Object raw) {
        BigDecimal n = number(f, raw);
        return n == null || !inRange(f, n) ? null : plain(n);
    }

    /** A JSON number, or a text with a '.' or a Vietnamese ',' as decimal separator (no thousands separators). */
    private BigDecimal number(FormField f, Object raw) {
        BigDecimal n = null;
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            n = BigDecimal.valueOf(((Number) raw).longValue());
        } else if (raw instanceof BigInteger b) {
            n = new BigDecimal(b);
        } else if (raw instanceof BigDecimal b) {
            n = b;
        } else if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            n = Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        } else if (raw instanceof String s) {
            String t = s.strip();
            if (t.indexOf(',') >= 0 && t.indexOf('.') < 0 && t.indexOf(',') == t.lastIndexOf(',')) {
                t = t.replace(',', '.');
            }
            if (t.matches("[+-]?\\d+(\\.\\d+)?")) {
                n = new BigDecimal(t);
            }
        }
        if (n == null) {
            fail(f, "not-a-number", "phải là một số", "must be a number");
            return null;
        }
        if (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS) {
            fail(f, "out-of-range", "số có quá nhiều chữ số", "the number has too many digits");
            return null;
        }
        return n;
    }

    private boolean inRange(FormField f, BigDecimal n) {
        if ((f.min() != null && n.compareTo(f.min()) < 0) || (f.max() != null && n.compareTo(f.max()) > 0)) {
            fail(f, "out-of-range", "phải " + bounds(f, true), "must be " + bounds(f, false));
            return false;
        }
        return true;
    }

    /** Without trailing zeros and never in exponent form (100, not 1E+2), so it is stored as typed. */
    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static String bounds(FormField f, boolean vi) {
        String min = f.min() == null ? null : f.min().toPlainString();
        String max = f.max() == null ? null : f.max().toPlainString();
        if (min != null && max != null) {
            return vi ? "trong khoảng " + min + "–" + max : "between " + min + " and " + max;
        }
        return min != null ? (vi ? "từ " + min + " trở lên" : "at least " + min)
            : (vi ? "không quá " + max : "at most " + max);
    }

    private Object date(FormField f, Object raw) {
        if (raw instanceof String s) {
            try {
                return LocalDate.parse(s.strip(), ISO_DATE).toString();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        return fail(f, "not-a-date", "phải là ngày dạng yyyy-MM-dd, ví dụ 2026-01-31",
            "must be a date as yyyy-MM-dd, e.g. 2026-01-31");
    }

    /** A required BOOLEAN is a declaration the applicant must tick (tôi cam đoan…): only true passes. */
    private Object booleanValue(FormField f, Object raw) {
        if (isEmpty(raw)) {
            return f.required() ? fail(f, "required", "cần được xác nhận (đánh dấu chọn)", "must be confirmed (ticked)")
                : null;
        }
        Boolean b = bool(raw);
        if (b == null) {
            return fail(f, "not-a-boolean", "phải là true hoặc false", "must be true or false");
        }
        if (f.required() && !b) {
            return fail(f, "required", "cần được xác nhận (đánh dấu chọn)", "must be confirmed (ticked)");
        }
        return b;
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s) {
            String t = s.strip();
            if (t.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (t.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        return null;
    }

    private Object choice(FormField f, Object raw) {
        String s = scalarText(f, raw);
        if (s == null) {
            return null;
        }
        return isOption(f, s) ? s : notAnOption(f, s);
    }

    private Object choices(FormField f, Object raw) {
        if (!(raw instanceof Collection<?> list)) {
            return fail(f, "not-a-list", "phải là danh sách các lựa chọn", "must be a list of options");
        }
        Set<String> picked = new LinkedHashSet<>();
        for (Object item : list) {
            String s = item instanceof String t ? t.strip() : item instanceof Number n ? n.toString() : null;
            if (s == null || !isOption(f, s)) {
                return notAnOption(f, String.valueOf(item));
            }
            picked.add(s);
        }
        int n = picked.size();
        if ((f.min() != null && n < f.min().intValue()) || (f.max() != null && n > f.max().intValue())) {
            return fail(f, "out-of-range", "số lựa chọn phải " + bounds(f, true),
                "the number of options picked must be " + bounds(f, false));
        }
        return List.copyOf(new ArrayList<>(picked));
    }

    private static boolean isOption(FormField f, String value) {
        for (FieldOption o : f.options()) {
            if (o.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private Object notAnOption(FormField f, String value) {
        String shown = value.length() > 50 ? value.substring(0, 50) + "…" : value;
        return fail(f, "not-an-option", "'" + shown + "' không phải một lựa chọn của trường",
            "'" + shown + "' is not one of the field's options");
    }

    /** Digits kept as text (leading zeros matter); spaces are dropped, numbers are refused for losing zeros. */
    private Object digits(FormField f, Object raw, Pattern format, String code, String vi, String en) {
        String s = raw instanceof String t ? t.replaceAll("\\s", "") : null;
        return s != null && format.matcher(s).matches() ? s : fail(f, code, vi, en);
    }

    private Object phone(FormField f, Object raw) {
        String s = raw instanceof String t ? PHONE_SEPARATORS.matcher(t).replaceAll("") : null;
        if (s != null && s.startsWith("+84")) {
            s = "0" + s.substring(3);
        } else if (s != null && s.startsWith("84") && s.length() >= 11) {
            s = "0" + s.substring(2);
        }
        return s != null && PHONE.matcher(s).matches() ? s
            : fail(f, "invalid-phone", "phải là số điện thoại Việt Nam, ví dụ 0912345678 hoặc 02223812345",
                "must be a Vietnamese phone number, e.g. 0912345678 or 02223812345");
    }

    private Object email(FormField f, Object raw) {
        String s = raw instanceof String t ? t.strip() : null;
        if (s == null || s.length() > 254 || !EMAIL.matcher(s).matches()) {
            return fail(f, "invalid-email", "phải là địa chỉ thư điện tử, ví dụ ten@example.vn",
                "must be an e-mail address, e.g. name@example.vn");
        }
        return length(f, s) ? s : null;
    }

    /** Text values; a number or true/false typed into a text field is taken as its text. */
    private String scalarText(FormField f, Object raw) {
        if (raw instanceof String s) {
            return s.strip();
        }
        if (raw instanceof Number || raw instanceof Boolean) {
            return raw.toString();
        }
        fail(f, "not-text", "phải là văn bản", "must be text");
        return null;
    }

    private static boolean isEmpty(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank())
            || (raw instanceof Collection<?> list && list.isEmpty());
    }

    private Object fail(FormField f, String code, String vi, String en) {
        c.add(f.key(), code, "«" + f.labelVi() + "» " + vi, "'" + (f.labelEn() == null ? f.labelVi() : f.labelEn())
            + "' " + en);
        return null;
    }

    /** A key from the client echoed in an error: shortened, and only the characters a key may have. */
    private static String safeKey(String key) {
        String k = key == null ? "" : key.replaceAll("[^A-Za-z0-9_]", "?");
        return k.length() > 64 ? k.substring(0, 64) + "…" : k;
    }
}
