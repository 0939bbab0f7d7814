package vn.motcua.platform.api.error;

import java.util.Objects;

/**
 * One offending input field: its JSON path (e.g. {@code procedures[3].processingTime.unit}, or {@code line 12: code}
 * for a CSV row), a stable machine code and the message in Vietnamese and English.
 */
public record FieldError(String field, String code, String messageVi, String messageEn) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The same error placed under a parent path, e.g. {@code name} under {@code agencies[2]}. */
    public FieldError under(String parent) {
        String path = field.startsWith("[") ? parent + field : parent + "." + field;
        return new FieldError(path, code, messageVi, messageEn);
    }
}
