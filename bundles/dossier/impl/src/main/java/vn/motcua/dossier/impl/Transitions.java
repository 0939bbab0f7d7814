package vn.motcua.dossier.impl;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;

import vn.motcua.dossier.api.DossierAction;
import vn.motcua.dossier.api.DossierStatus;
import vn.motcua.dossier.api.DossierTransition;
import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.dossier.impl.entity.DossierEventEntity;
import vn.motcua.dossier.impl.entity.DossierTransitionEntity;
import vn.motcua.platform.api.security.Caller;

/**
 * The history of a dossier and its outbox: every status change writes one transition row and one event row in the
 * transaction of the change (the unique (dossier, seq) also stops two writers who both passed the version check).
 */
final class Transitions {
    static final String STATUS_CHANGED = "dossier.status-changed";

    private Transitions() {
    }

    /**
     * The one place a dossier's status changes: sets it, records the transition and its event; returns the
     * transition's sequence number in the dossier's history. {@code to} comes from {@link StatusMachine}.
     */
    static int record(EntityManager em, DossierEntity d, DossierAction action, DossierStatus from, DossierStatus to,
                      Caller actor, Instant at, String reason, String details) {
        d.setStatus(to.name());
        d.setStatusCode(to.code());
        d.setStatusChangedAt(Timestamp.from(at));
        int seq;
        if (d.isCreating()) {
            seq = d.nextTransitionSeq();
        } else {
            Number last = (Number) em.createQuery("SELECT MAX(t.seq) FROM DossierTransitionEntity t "
                + "WHERE t.dossierId = :d").setParameter("d", d.getId()).getSingleResult();
            seq = last == null ? 1 : last.intValue() + 1;
        }
        DossierTransitionEntity t = new DossierTransitionEntity();
        t.setId(UUID.randomUUID().toString());
        t.setDossierId(d.getId());
        t.setSeq(seq);
        t.setAction(action.name());
        t.setFromStatus(from == null ? null : from.name());
        t.setToStatus(to.name());
        t.setActorAccountId(actor.accountId());
        t.setActorName(actor.displayName());
        t.setActorAgencyCode(actor.agencyCode());
        t.setAt(Timestamp.from(at));
        t.setReason(reason);
        t.setDetails(details);
        em.persist(t);

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("dossierId", d.getId());
        payload.put("code", d.getCode());
        payload.put("procedureCode", d.getProcedureCode());
        payload.put("agencyCode", d.getAgencyCode());
        payload.put("action", action.name());
        payload.put("fromStatus", from == null ? null : from.code());
        payload.put("toStatus", to.code());
        payload.put("seq", seq);
        payload.put("at", at.toString());
        payload.put("receiptCount", d.getReceiptCount());
        payload.put("dueAt", d.getDueAt() == null ? null : d.getDueAt().toLocalDateTime().toString());
        if (d.getCode() == null) {
            // a new dossier gets its code last (see assignCode); its events carry the code, so they wait for it
            d.eventsAwaitingCode().add(new AwaitingCode(payload, at));
        } else {
            event(em, d, payload, at);
        }
        return seq;
    }

    private record AwaitingCode(Map<String, Object> payload, Instant at) {
    }

    /**
     * Gives a new dossier its code as the last step before commit: the agency's sequence row stays locked only for
     * the code, the events and the commit, not for the rest of the intake. Writes the events that waited for it.
     */
    static void assignCode(EntityManager em, DossierEntity d, String code) {
        d.setCode(code);
        for (Object waiting : d.eventsAwaitingCode()) {
            AwaitingCode w = (AwaitingCode) waiting;
            w.payload().put("code", code);
            event(em, d, w.payload(), w.at());
        }
        d.eventsAwaitingCode().clear();
        em.flush();
    }

    private static void event(EntityManager em, DossierEntity d, Map<String, Object> payload, Instant at) {
        DossierEventEntity e = new DossierEventEntity();
        e.setId(UUID.randomUUID().toString());
        e.setDossierId(d.getId());
        e.setDossierCode(d.getCode());
        e.setType(STATUS_CHANGED);
        e.setPayload(Dossiers.write(payload));
        e.setCreatedAt(Timestamp.from(at));
        e.setAttempts(0);
        em.persist(e);
    }

    static List<DossierTransition> of(EntityManager em, String dossierId) {
        return em.createQuery("SELECT t FROM DossierTransitionEntity t WHERE t.dossierId = :d ORDER BY t.seq",
                DossierTransitionEntity.class).setParameter("d", dossierId).getResultList().stream()
            .map(t -> new DossierTransition(t.getSeq(), DossierAction.valueOf(t.getAction()),
                t.getFromStatus() == null ? null : DossierStatus.valueOf(t.getFromStatus()),
                DossierStatus.valueOf(t.getToStatus()), t.getActorName(), t.getActorAgencyCode(),
                t.getAt().toInstant(), t.getReason(), t.getDetails()))
            .toList();
    }
}
