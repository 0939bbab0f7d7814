package vn.motcua.catalogue.api;

/** Bãi bỏ (or thay thế when {@code replacedBy} names the procedure that replaces it). */
public record AbolishRequest(Decision decision, String replacedBy) {
}
