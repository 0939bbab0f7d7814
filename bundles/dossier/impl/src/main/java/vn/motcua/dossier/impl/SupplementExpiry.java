package vn.motcua.dossier.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.dossier.api.DossierAction;
import vn.motcua.dossier.api.DossierStatus;
import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.db.api.ClusterJob;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Closes dossiers whose applicant did not supplement by the wait deadline of the request (status 5 → 8, "Dừng xử lý"),
 * seed 000 Art 16.5 and DOMAIN §7: each with its transition (reason naming the deadline) and outbox event, so the
 * applicant is told and the national portal learns of it. One node at a time ({@link ClusterJob} on
 * {@code dossier_job}); each dossier is closed in its own transaction, so an applicant supplementing at that very
 * moment wins or loses cleanly (optimistic version) without holding up the others.
 */
@Component(service = SupplementExpiry.class, immediate = true, configurationPid = DossierConfig.PID)
public class SupplementExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(SupplementExpiry.class);
    static final String JOB = "supplement-expiry";
    private static final int BATCH = 200;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** What a run did. */
    record Report(boolean ran, String skipped, int closed, int lost) {
    }

    @Reference(target = "(osgi.unit.name=motcua-dossier)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=dossier)")
    MigratedSchema schema;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    /** Replaced by tests to move time. */
    Clock clock = Clock.system(DossierServiceImpl.VIETNAM);

    ClusterJob job = new ClusterJob("dossier_job", JOB);
    private volatile DossierConfig config;

    @Activate
    @Modified
    void activate(DossierConfig newConfig) {
        config = newConfig;
        job.cancel();
        if (!newConfig.supplementExpiryEnabled()) {
            LOG.info("Closing dossiers not supplemented in time is disabled on this node ({} "
                + "supplementExpiryEnabled=false)", DossierConfig.PID);
            return;
        }
        job.schedule(Duration.ofMinutes(Math.max(1, newConfig.supplementExpiryIntervalMinutes())), () -> {
            Report r = run(false);
            return r.closed() > 0 || r.lost() > 0 ? "closed " + r.closed() + " dossiers not supplemented in time"
                + (r.lost() > 0 ? ", " + r.lost() + " supplemented meanwhile" : "") : null;
        });
    }

    @Deactivate
    void deactivate() {
        job.cancel();
    }

    /** Tests configure without scheduling. */
    void configure(DossierConfig newConfig) {
        config = newConfig;
    }

    /** One run, unless another node holds the job or (when not {@code forced}) ran it less than an interval ago. */
    Report run(boolean forced) {
        Caller system = Caller.system(JOB);
        return CallerContext.callAs(system, () -> JpaTransactions.write(jpa, em -> {
            Instant now = clock.instant();
            ClusterJob.Claim claim = job.claim(em, now,
                Duration.ofMinutes(Math.max(1, config.supplementExpiryIntervalMinutes())), forced);
            if (!claim.claimed()) {
                return new Report(false, claim.skippedBecause(), 0, 0);
            }
            LocalDateTime local = LocalDateTime.ofInstant(now, DossierServiceImpl.VIETNAM).withNano(0);
            int closed = 0;
            int lost = 0;
            List<String> due;
            do {
                due = em.createQuery("SELECT d.id FROM DossierEntity d WHERE d.statusCode = :waiting "
                        + "AND d.waitDeadline < :now ORDER BY d.waitDeadline, d.id", String.class)
                    .setParameter("waiting", DossierStatus.SUPPLEMENT_REQUESTED.code())
                    .setParameter("now", Dossiers.ts(local)).setFirstResult(lost).setMaxResults(BATCH)
                    .getResultList();
                for (String id : due) {
                    if (close(id, system, local)) {
                        closed++;
                    } else {
                        lost++;
                    }
                }
            } while (due.size() == BATCH);
            String result = "closed " + closed + ", supplemented meanwhile " + lost;
            job.finish(em, clock.instant(), result);
            AuditLog log = audit;
            if (log != null && closed > 0) {
                log.record(AuditRecord.success("dossier.supplement-expiry", "dossier", JOB, result));
            }
            return new Report(true, null, closed, lost);
        }));
    }

    /** Closes one dossier in its own transaction; false when it changed meanwhile (supplemented, withdrawn). */
    private boolean close(String id, Caller system, LocalDateTime now) {
        try {
            return JpaTransactions.writeNew(jpa, em -> closeIfStillDue(em, id, system, now));
        } catch (ConflictException e) {
            return false;
        }
    }

    private boolean closeIfStillDue(EntityManager em, String id, Caller system, LocalDateTime now) {
        DossierEntity d = em.find(DossierEntity.class, id);
        LocalDateTime deadline = d == null ? null : Dossiers.local(d.getWaitDeadline());
        if (deadline == null || d.getStatusCode() != DossierStatus.SUPPLEMENT_REQUESTED.code()
            || !deadline.isBefore(now)) {
            return false;
        }
        DossierStatus from = DossierStatus.valueOf(d.getStatus());
        DossierStatus to = StatusMachine.next(from, DossierAction.STOP, null);
        Instant at = clock.instant();
        d.setFinishedAt(Dossiers.ts(at));
        d.setStatusBeforeWait(null);
        Transitions.record(em, d, DossierAction.STOP, from, to, system, at,
            "Quá thời hạn bổ sung, hoàn thiện hồ sơ (" + deadline.format(SHOWN) + ") / not supplemented by the "
                + "deadline", null);
        em.flush();
        return true;
    }
}
