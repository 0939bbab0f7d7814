package vn.motcua.platform.api.error;

/** No valid credentials: missing, malformed, forged, expired or revoked (HTTP 401). */
public class UnauthorizedException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn);
    }

    @Override
    public int httpStatus() {
        return 401;
    }
}
