package vn.motcua.catalogue.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of an e-form. Which of the optional rules apply depends on the {@link FieldType}:
 * <ul>
 * <li>{@code minLength}/{@code maxLength}: characters, for TEXT, LONG_TEXT, EMAIL (defaults 0 and 500, LONG_TEXT
 * 4000);</li>
 * <li>{@code min}/{@code max}: the value for INTEGER and DECIMAL, the number of options picked for MULTI_CHOICE;</li>
 * <li>{@code pattern}: a Java regular expression the whole TEXT or LONG_TEXT value must match;</li>
 * <li>{@code options}: the allowed values of CHOICE and MULTI_CHOICE (required there, forbidden elsewhere).</li>
 * </ul>
 *
 * @param key      the name in the submitted form data: a letter, then letters, digits or '_' (at most 64)
 * @param required whether a value must be given (null means no)
 * @param helpVi   a hint shown under the field (Vietnamese)
 */
public record FormField(String key, String labelVi, String labelEn, FieldType type, Boolean required,
                        Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern,
                        List<FieldOption> options, String helpVi) {

    /** The kinds of value a field holds; each has its own server-side check. */
    public enum FieldType {
        /** One line of text. */
        TEXT,
        /** Several lines of text. */
        LONG_TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number (a '.' or a Vietnamese ',' as decimal separator). */
        DECIMAL,
        /** A calendar date, ISO {@code yyyy-MM-dd}. */
        DATE,
        /** true or false. */
        BOOLEAN,
        /** One of the options. */
        CHOICE,
        /** Several of the options. */
        MULTI_CHOICE,
        /** Số định danh cá nhân / căn cước: 12 digits. */
        ID_NUMBER,
        /** Mã số thuế: 10 digits, or 10 + '-' + 3 for a dependent unit. */
        TAX_CODE,
        /** A Vietnamese phone number: 0 or +84 followed by 9 digits (spaces, dots and dashes ignored). */
        PHONE,
        /** An e-mail address. */
        EMAIL
    }

    /** A value of a CHOICE or MULTI_CHOICE field and how it is shown. */
    public record FieldOption(String value, String labelVi, String labelEn) {
    }
}
