package vn.motcua.platform.api.error;

import java.util.List;

/** Input that breaks a rule; names every offending field at once (HTTP 400). */
public class ValidationException extends MotCuaException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation-failed", "Dữ liệu không hợp lệ: " + summary(errors, true),
            "Invalid input: " + summary(errors, false));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public static ValidationException of(String field, String code, String messageVi, String messageEn) {
        return new ValidationException(new FieldError(field, code, messageVi, messageEn));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int httpStatus() {
        return 400;
    }

    private static String summary(List<FieldError> errors, boolean vi) {
        if (errors.isEmpty()) {
            return "";
        }
        FieldError first = errors.get(0);
        String text = first.field() + " — " + (vi ? first.messageVi() : first.messageEn());
        return errors.size() == 1 ? text : text + (vi ? " (và " : " (and ") + (errors.size() - 1) + (vi ? " lỗi khác)" : " more)");
    }
}
