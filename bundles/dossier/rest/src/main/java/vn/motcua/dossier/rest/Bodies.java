package vn.motcua.dossier.rest;

import java.util.List;

import vn.motcua.dossier.api.SupplementRequest;
import vn.motcua.platform.api.error.ValidationException;

/** Request bodies of the dossier commands: each names the version of the dossier the caller saw. */
final class Bodies {
    private Bodies() {
    }

    /** {@code {"version": 3, "note": "…"}} */
    public record VersionedNote(Long version, String note) {
    }

    /** {@code {"version": 3, "reason": "…"}} */
    public record VersionedReason(Long version, String reason) {
    }

    /** {@code {"version": 3, "items": [{"component": "…", "reason": "…"}], "note": "…"}} */
    public record SupplementBody(Long version, List<SupplementRequest.MissingItem> items, String note) {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw ValidationException.of("body", "required", "Thiếu nội dung yêu cầu (JSON)",
                "the request body (JSON) is required");
        }
        return body;
    }

    static long version(Long version) {
        if (version == null || version < 0) {
            throw ValidationException.of("version", "required",
                "Thiếu phiên bản hồ sơ (version) đã xem trước khi thao tác",
                "the version of the dossier you acted on is required");
        }
        return version;
    }
}
