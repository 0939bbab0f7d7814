package vn.motcua.platform.api.error;

/** The request is valid but clashes with the current state, e.g. a duplicate code or a stale version (HTTP 409). */
public class ConflictException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
