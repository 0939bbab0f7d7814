package vn.motcua.dossier.impl;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.calendar.engine.DossierClock;
import vn.motcua.calendar.engine.DurationUnit;
import vn.motcua.calendar.engine.TimeLimit;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.dossier.api.Applicant;
import vn.motcua.dossier.api.Dossier;
import vn.motcua.dossier.api.DossierStatus;
import vn.motcua.dossier.api.Representative;
import vn.motcua.dossier.api.ResultDelivery;
import vn.motcua.dossier.impl.entity.DossierEntity;

/** Mapping between the entity and the DTOs, the stored JSON parts and the deadline columns. */
final class Dossiers {
    static final ObjectMapper JSON = new ObjectMapper();

    private Dossiers() {
    }

    static Dossier toDto(DossierEntity e) {
        DossierStatus status = DossierStatus.valueOf(e.getStatus());
        return new Dossier(e.getId(), e.getCode(), e.getProcedureCode(), e.getProcedureVersion(),
            e.getProcedureName(), e.getAgencyCode(), Channel.valueOf(e.getChannel()), status, status.code(),
            new Applicant(Applicant.Kind.valueOf(e.getApplicantKind()), e.getApplicantIdNumber(), e.getApplicantName(),
                e.getApplicantAddress(), e.getApplicantPhone(), e.getApplicantEmail()),
            e.getRepresentative() == null ? null : read(e.getRepresentative(), Representative.class),
            new ResultDelivery(ResultDelivery.Method.valueOf(e.getDeliveryMethod()), e.getDeliveryAddress()),
            formData(e.getFormData()), e.getEformRevision(), e.getNote(), instant(e.getCreatedAt()),
            instant(e.getSubmittedAt()),
            e.getReceiptCount(), e.getSupplementCount(), local(e.getFirstReceivedAt()), local(e.getReceivedAt()),
            local(e.getEffectiveStart()), local(e.getDueAt()), local(e.getOriginalDueAt()),
            DossierClock.State.STOPPED.name().equals(e.getClockState()), local(e.getWaitDeadline()),
            local(e.getIntakeDueAt()), instant(e.getFinishedAt()), e.getRowVersion());
    }

    static Map<String, Object> formData(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("stored form data is not JSON", e);
        }
    }

    static String write(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not JSON", e);
        }
    }

    /** The deadline state of a received dossier, or null before its first receipt. */
    static DossierClock clock(DossierEntity e) {
        if (e.getRuleSetId() == null) {
            return null;
        }
        return new DossierClock(e.getRuleSetId(), new TimeLimit(e.getLimitValue(), DurationUnit.valueOf(e.getLimitUnit())),
            local(e.getFirstReceivedAt()), local(e.getReceivedAt()), local(e.getEffectiveStart()),
            local(e.getOriginalDueAt()), local(e.getDueAt()), DossierClock.State.valueOf(e.getClockState()),
            local(e.getClockStoppedAt()), local(e.getWaitDeadline()), e.getClockStops(), e.getClockRestarts(),
            local(e.getExtendedAt()), local(e.getDueBeforeExtension()), e.getApologyOnTime());
    }

    static void store(DossierEntity e, DossierClock c) {
        e.setRuleSetId(c.ruleSetId());
        e.setLimitValue(c.limit().value());
        e.setLimitUnit(c.limit().unit().name());
        e.setFirstReceivedAt(ts(c.firstReceivedAt()));
        e.setReceivedAt(ts(c.receivedAt()));
        e.setEffectiveStart(ts(c.effectiveStart()));
        e.setOriginalDueAt(ts(c.originalDueAt()));
        e.setDueAt(ts(c.dueAt()));
        e.setClockState(c.state().name());
        e.setClockStoppedAt(ts(c.stoppedAt()));
        e.setWaitDeadline(ts(c.waitDeadline()));
        e.setClockStops(c.stops());
        e.setClockRestarts(c.restarts());
        e.setExtendedAt(ts(c.extendedAt()));
        e.setDueBeforeExtension(ts(c.dueBeforeExtension()));
        e.setApologyOnTime(c.apologyOnTime());
    }

    /** Local date-times of the province are stored as they are (no zone conversion). */
    static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
