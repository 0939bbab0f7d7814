package vn.motcua.dossier.api;

import java.util.List;

/**
 * Yêu cầu bổ sung: everything missing, in one notice (DOMAIN §7: never a second request for something that could have
 * been asked the first time).
 */
public record SupplementRequest(List<MissingItem> items, String note) {
    /** A component (or piece of information) and what is wrong with it. */
    public record MissingItem(String component, String reason) {
    }
}
