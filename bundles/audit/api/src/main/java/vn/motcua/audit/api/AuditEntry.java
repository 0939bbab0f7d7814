package vn.motcua.audit.api;

import java.time.Instant;
import java.util.List;

import vn.motcua.platform.api.audit.AuditRecord.Outcome;
import vn.motcua.platform.api.security.Caller;

/**
 * One record of the audit trail as stored: who ({@code actor*}, taken from the caller when it was recorded), when,
 * from where, what ({@code action} on {@code targetType}/{@code targetId}), with what outcome, and its place in the
 * hash chain. {@code position}, {@code prevHash} and {@code hash} are null until the sealer has chained the record
 * ({@code sealed} false), which happens a few seconds after the recording transaction commits.
 *
 * @param position     place in the chain, 1, 2, 3… without gaps; null while unsealed
 * @param actorRoles   the caller's roles at record time, sorted
 * @param actorAgency  the caller's agency code at record time, if any
 * @param personalData whether the action read or changed personal data (Decree 13/2023)
 * @param category     e.g. {@code security}, {@code population-lookup}
 * @param prevHash     hash of the record at {@code position - 1} (64 zeros for the first)
 * @param hash         SHA-256 (hex) of this record's canonical form, see the implementation's {@code AuditChain}
 * @param actingPersonId   when a citizen acted for an organisation: its account (the actor is the organisation)
 * @param actingPersonName that citizen's name at record time
 */
public record AuditEntry(Long position, String id, Instant recordedAt, String actorId, Caller.Kind actorKind,
                         String actorName, String actorAgency, List<String> actorRoles, String clientAddress,
                         String sessionId, String action, Outcome outcome, String targetType, String targetId,
                         String detail, boolean personalData, String category, String prevHash, String hash,
                         boolean sealed, String actingPersonId, String actingPersonName) {
    public AuditEntry {
        actorRoles = actorRoles == null ? List.of() : List.copyOf(actorRoles);
    }

    /** An entry without an acting person (the form of version 1.0 of this record). */
    public AuditEntry(Long position, String id, Instant recordedAt, String actorId, Caller.Kind actorKind,
                      String actorName, String actorAgency, List<String> actorRoles, String clientAddress,
                      String sessionId, String action, Outcome outcome, String targetType, String targetId,
                      String detail, boolean personalData, String category, String prevHash, String hash,
                      boolean sealed) {
        this(position, id, recordedAt, actorId, actorKind, actorName, actorAgency, actorRoles, clientAddress,
            sessionId, action, outcome, targetType, targetId, detail, personalData, category, prevHash, hash, sealed,
            null, null);
    }
}
