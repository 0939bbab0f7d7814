package vn.motcua.identity.impl;

import vn.motcua.platform.api.error.MotCuaException;

/** A rate limit was hit (resending a code too soon or too often): HTTP 429. */
public class TooManyRequestsException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    TooManyRequestsException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn);
    }

    @Override
    public int httpStatus() {
        return 429;
    }
}
