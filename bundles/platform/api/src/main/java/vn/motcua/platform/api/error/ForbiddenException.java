package vn.motcua.platform.api.error;

/** Authenticated, but not allowed to do this or to touch these data (HTTP 403). */
public class ForbiddenException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn);
    }

    public static ForbiddenException outOfScope(String whatVi, String whatEn) {
        return new ForbiddenException("out-of-scope", "Ngoài phạm vi được phân quyền: " + whatVi,
            "Outside the scope of your rights: " + whatEn);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
