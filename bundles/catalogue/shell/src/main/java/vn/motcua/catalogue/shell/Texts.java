package vn.motcua.catalogue.shell;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Fee;
import vn.motcua.catalogue.api.ProcessingTime;

/** How catalogue values read on a console: compact, stable codes for vocabularies, Vietnamese number grouping. */
final class Texts {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Texts() {
    }

    /** {@code 5 WORKING_DAYS}, {@code 0.5 WORKING_HOURS}, {@code IMMEDIATE}; empty when unknown. */
    static String time(ProcessingTime t) {
        if (t == null || t.unit() == null) {
            return "";
        }
        if (t.unit() == DurationUnit.IMMEDIATE || t.value() == null) {
            return t.unit().name();
        }
        return number(t.value()) + " " + t.unit().name();
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** {@code 50.000 VND}: amounts as a Vietnamese reader groups them. */
    static String money(Long amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(VI).format(amount) + " VND";
    }

    static String fee(Fee f) {
        StringBuilder s = new StringBuilder(f.kind() == null ? "" : f.kind().name());
        append(s, f.name());
        append(s, money(f.amount()));
        if (f.rule() != null && !f.rule().isBlank()) {
            append(s, "(" + f.rule().strip() + ")");
        }
        return s.toString();
    }

    /** Items joined by {@code ", "}; nulls skipped, empty for a null list. */
    static String join(List<?> values) {
        return values == null ? "" : values.stream().filter(Objects::nonNull).map(String::valueOf)
            .collect(Collectors.joining(", "));
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static void append(StringBuilder s, String part) {
        if (part != null && !part.isBlank()) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(part.strip());
        }
    }
}
