package vn.motcua.dossier.rest;

import vn.motcua.catalogue.api.Enums.ComponentForm;

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

    /** {@code {"version": 3, "amountVnd": 500000, "description": "…", "note": "…"}} */
    public record PaymentBody(Long version, Long amountVnd, String description, String note) {
    }

    /** {@code {"version": 3, "reference": "…"}}: the payment platform's transaction or the counter's receipt number. */
    public record ConfirmationBody(Long version, String reference) {
    }

    /** {@code {"attachmentId": "…", "component": "…", "form": "ORIGINAL"}}: a file of an earlier dossier, again. */
    public record ReuseBody(String attachmentId, String component, ComponentForm form) {
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
