package vn.motcua.audit.impl;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.impl.entity.AuditRecordEntity;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.Role;

/** Builds records from what callers hand in and turns stored rows into DTOs. */
final class Entries {
    /** Recorded when a caller gives none; the factories of {@link AuditRecord} always give one. */
    static final String DEFAULT_CATEGORY = "security";

    private Entries() {
    }

    /**
     * A new, unsealed record of {@code r} by {@code caller}. Texts are cut to their column's width (marked with
     * {@code …}) instead of failing: an over-long detail must not make the action it describes fail. NUL characters,
     * which PostgreSQL cannot store, become U+FFFD. The time is cut to milliseconds, the precision OpenJPA writes
     * timestamps with, so that what a caller sees is what is stored (the hash is always computed from the stored row).
     *
     * @throws IllegalArgumentException without an action or outcome: a programming error of the caller
     */
    static AuditRecordEntity newRecord(AuditRecord r, Caller caller, Instant now) {
        if (r == null || r.action() == null || r.action().isBlank() || r.outcome() == null) {
            throw new IllegalArgumentException("an audit record needs an action and an outcome: " + r);
        }
        Caller c = caller == null ? Caller.anonymous(null) : caller;
        AuditRecordEntity e = new AuditRecordEntity();
        e.setId(UUID.randomUUID().toString());
        e.setRecordedAt(Timestamp.from(now.truncatedTo(ChronoUnit.MILLIS)));
        e.setActorId(clip(c.accountId(), 200));
        e.setActorKind(c.kind() == null ? Caller.Kind.ANONYMOUS.name() : c.kind().name());
        e.setActorName(clip(c.displayName(), 500));
        e.setActorAgency(clip(c.agencyCode(), 64));
        e.setActorRoles(clip(roles(c.roles()), 500));
        e.setClientAddress(clip(c.clientAddress(), 64));
        e.setSessionId(clip(c.sessionId(), 100));
        if (c.actingPerson() != null) {
            e.setActingPersonId(clip(c.actingPerson().accountId(), 200));
            e.setActingPersonName(clip(c.actingPerson().displayName(), 500));
        }
        e.setAction(clip(r.action().strip(), 100));
        e.setOutcome(r.outcome().name());
        e.setTargetType(clip(r.targetType(), 100));
        e.setTargetId(clip(r.targetId(), 200));
        e.setDetail(clip(r.detail(), 4000));
        e.setPersonalData(r.personalData());
        String category = r.category() == null || r.category().isBlank() ? DEFAULT_CATEGORY : r.category().strip();
        e.setCategory(clip(category, 64));
        return e;
    }

    /** Role names sorted, joined by commas; null for none. */
    static String roles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return null;
        }
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String s = value.indexOf('\0') >= 0 ? value.replace('\0', '\uFFFD') : value;
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split a character outside the Basic Multilingual Plane
        }
        return s.substring(0, end) + "…";
    }

    static AuditEntry toDto(AuditRecordEntity e) {
        List<String> roles = e.getActorRoles() == null || e.getActorRoles().isEmpty() ? List.of()
            : Arrays.asList(e.getActorRoles().split(","));
        return new AuditEntry(e.getChainPosition(), e.getId(), instant(e.getRecordedAt()), e.getActorId(),
            kind(e.getActorKind()), e.getActorName(), e.getActorAgency(), roles, e.getClientAddress(),
            e.getSessionId(), e.getAction(), outcome(e.getOutcome()), e.getTargetType(), e.getTargetId(),
            e.getDetail(), e.isPersonalData(), e.getCategory(), e.getPrevHash(), e.getHash(),
            e.getChainPosition() != null, e.getActingPersonId(), e.getActingPersonName());
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /** Stored values are written by this bundle; an unknown one (edited row) reads as null instead of failing a search. */
    private static Caller.Kind kind(String value) {
        try {
            return value == null ? null : Caller.Kind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuditRecord.Outcome outcome(String value) {
        try {
            return value == null ? null : AuditRecord.Outcome.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
