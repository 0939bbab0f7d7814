package vn.motcua.audit.api;

import java.time.Instant;

import vn.motcua.platform.api.audit.AuditRecord.Outcome;

/**
 * Filters of a trail search or export; every one optional, all given ones must match (exact values).
 *
 * @param from         recorded at or after (inclusive)
 * @param to           recorded before (exclusive)
 * @param actorId      the account that acted: the actor, or the citizen who acted for an organisation
 * @param personalData only records that did (true) or did not (false) touch personal data
 */
public record AuditQuery(Instant from, Instant to, String actorId, String action, String targetType, String targetId,
                         Outcome outcome, String category, Boolean personalData) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, null, null);
    }

    /** The same filters confined to one category. */
    public AuditQuery inCategory(String newCategory) {
        return new AuditQuery(from, to, actorId, action, targetType, targetId, outcome, newCategory, personalData);
    }
}
