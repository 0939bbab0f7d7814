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

    static void record(EntityManager em, DossierEntity d, DossierAction action, DossierStatus from, DossierStatus to,
                       Caller actor, Instant at, String reason, String details) {
        Number last = (Number) em.createQuery("SELECT MAX(t.seq) FROM DossierTransitionEntity t "
            + "WHERE t.dossierId = :d").setParameter("d", d.getId()).getSingleResult();
        int seq = last == null ? 1 : last.intValue() + 1;
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
