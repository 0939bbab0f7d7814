package vn.motcua.platform.api.error;

/**
 * Base of every error a service reports to its caller on purpose. The REST layer turns each subclass into one
 * RFC 7807 problem with a fixed HTTP status; the message is carried in Vietnamese (the default) and English.
 */
public abstract class MotCuaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String messageVi;

    protected MotCuaException(String code, String messageVi, String messageEn) {
        super(messageEn);
        this.code = code;
        this.messageVi = messageVi;
    }

    /** Stable machine-readable code, e.g. {@code validation-failed}. */
    public String code() {
        return code;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }

    /** The HTTP status this failure maps to. */
    public abstract int httpStatus();
}
