package vn.motcua.storage.api;

import vn.motcua.platform.api.error.MotCuaException;

/**
 * The store cannot take or give files right now: disk full ({@code storage-full}) or an input/output failure
 * ({@code storage-unavailable}). HTTP 503: the request was fine, the system lacks a part. Nothing half-written is
 * left behind, so the client can simply try again later.
 */
public class StorageUnavailableException extends MotCuaException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String code, String messageVi, String messageEn, Throwable cause) {
        super(code, messageVi, messageEn);
        if (cause != null) {
            initCause(cause);
        }
    }

    public static StorageUnavailableException full(Throwable cause) {
        return new StorageUnavailableException("storage-full",
            "Kho lưu trữ tệp đã đầy; hệ thống tạm thời không nhận tệp, hãy thử lại sau",
            "File storage is full; files cannot be accepted at the moment, try again later", cause);
    }

    public static StorageUnavailableException failed(Throwable cause) {
        return new StorageUnavailableException("storage-unavailable",
            "Kho lưu trữ tệp tạm thời không sẵn sàng; hãy thử lại sau",
            "File storage is temporarily unavailable; try again later", cause);
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}
