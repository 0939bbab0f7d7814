package vn.motcua.platform.api.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every field error of one input before failing, so a caller learns all that is wrong at once.
 * Usage: {@code Checks c = new Checks(); c.required("code", dto.code()); ...; c.throwIfAny();}
 */
public final class Checks {
    private final List<FieldError> errors = new ArrayList<>();
    private final String prefix;

    public Checks() {
        this("");
    }

    /** Checks whose field names are placed under {@code prefix}, e.g. {@code procedures[4]}. */
    public Checks(String prefix) {
        this.prefix = prefix;
    }

    private String path(String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? prefix + field : prefix + "." + field;
    }

    public Checks add(String field, String code, String messageVi, String messageEn) {
        errors.add(new FieldError(path(field), code, messageVi, messageEn));
        return this;
    }

    public Checks addAll(Collection<FieldError> more) {
        for (FieldError e : more) {
            errors.add(prefix.isEmpty() ? e : e.under(prefix));
        }
        return this;
    }

    /** Present and not blank. Returns whether the check passed, so dependent checks can be skipped. */
    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "required", "Bắt buộc phải nhập", "is required");
            return false;
        }
        return true;
    }

    public boolean maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "too-long", "Dài quá " + max + " ký tự", "longer than " + max + " characters");
            return false;
        }
        return true;
    }

    public boolean requiredText(String field, String value, int max) {
        return required(field, value) && maxLength(field, value, max);
    }

    public boolean matches(String field, String value, Pattern pattern, String expectedVi, String expectedEn) {
        if (value != null && !pattern.matcher(value).matches()) {
            add(field, "bad-format", "Sai định dạng, cần " + expectedVi, "bad format, expected " + expectedEn);
            return false;
        }
        return true;
    }

    public boolean range(String field, Number value, long min, long max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            add(field, "out-of-range", "Phải trong khoảng " + min + "–" + max, "must be between " + min + " and " + max);
            return false;
        }
        return true;
    }

    public boolean notEmpty(String field, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            add(field, "required", "Cần ít nhất một giá trị", "needs at least one value");
            return false;
        }
        return true;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
