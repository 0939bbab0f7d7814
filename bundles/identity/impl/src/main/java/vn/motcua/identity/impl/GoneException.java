package vn.motcua.identity.impl;

import vn.motcua.platform.api.error.MotCuaException;

/**
 * A verification that can no longer succeed: its code expired ({@code verification-expired}) or too many wrong codes
 * were entered ({@code verification-dead}). HTTP 410, so a client knows retrying the same request is pointless.
 */
public class GoneException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    GoneException(String code, String messageVi, String messageEn) {
        super(code, messageVi, messageEn);
    }

    @Override
    public int httpStatus() {
        return 410;
    }
}
