package vn.motcua.identity.impl;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.identity.api.Account.AccountStatus;
import vn.motcua.identity.api.CleanupReport;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.db.api.ClusterJob;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Deletes what identity no longer needs, on a schedule ({@code cleanupIntervalMinutes}) and on demand
 * ({@code motcua:identity-cleanup}):
 * <ul>
 * <li>sessions that ended (expired or revoked) more than {@code retentionDays} ago — kept until then so that the
 * audit trail's session ids can be followed to an account, client address and revocation reason;</li>
 * <li>registrations never verified within {@code unverifiedAccountDays}, whose codes are all dead or expired, with
 * their codes (personal data nobody confirmed);</li>
 * <li>one-time codes expired more than {@code verificationRetentionDays} ago, whatever their status;</li>
 * <li>failed-login counters with no lock, quiet for a day (the login throttle forgets them then anyway);</li>
 * <li>organisation authorisations removed, or expired, more than {@code retentionDays} ago.</li>
 * </ul>
 * <b>One node at a time</b> ({@link ClusterJob} on the {@code identity_job} row): a run is one transaction that first
 * claims the row, so the cluster cleans up once per interval whatever its size. Every statement is a set-based DELETE on indexed columns; the run and its counts are
 * on the audit trail when anything was deleted, as the system.
 */
@Component(service = IdentityCleanup.class, immediate = true, configurationPid = IdentityConfig.PID)
public class IdentityCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(IdentityCleanup.class);
    static final String JOB = "cleanup";
    /** A quiet login throttle is forgotten after this long (as {@link LoginThrottle} resets it). */
    private static final Duration THROTTLE_QUIET = Duration.ofDays(1);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int CHUNK = 500;

    @Reference(target = "(osgi.unit.name=motcua-identity)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=identity)")
    MigratedSchema schema;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    /** Replaced by tests to move time forward. */
    Clock clock = Clock.systemUTC();

    /** Called by tests while the job's row is locked, to let another node try meanwhile. */
    Runnable whileLocked = () -> {
    };

    ClusterJob job = new ClusterJob("identity_job", JOB);
    private volatile IdentityConfig config;

    @Activate
    void activate(IdentityConfig newConfig) {
        config = newConfig;
        start();
    }

    @Modified
    void modified(IdentityConfig newConfig) {
        stop();
        config = newConfig;
        start();
    }

    @Deactivate
    void deactivate() {
        stop();
    }

    /** Tests configure without scheduling. */
    void configure(IdentityConfig newConfig) {
        config = newConfig;
    }

    private void start() {
        if (!config.cleanupEnabled()) {
            LOG.info("Identity clean-up is disabled on this node ({} cleanupEnabled=false)", IdentityConfig.PID);
            return;
        }
        job.schedule(Duration.ofMinutes(Math.max(1, config.cleanupIntervalMinutes())), () -> {
            CleanupReport r = run(false);
            return r.ran() && r.total() > 0 ? "deleted " + describe(r) : null;
        });
    }

    private void stop() {
        job.cancel();
    }

    /**
     * One run, unless another node holds the job or (when not {@code forced}) ran it less than an interval ago.
     */
    CleanupReport run(boolean forced) {
        IdentityConfig c = config;
        Instant now = clock.instant();
        return CallerContext.callAs(Caller.system("identity-cleanup"), () -> JpaTransactions.write(jpa, em -> {
            ClusterJob.Claim claim = job.claim(em, now, Duration.ofMinutes(Math.max(1, c.cleanupIntervalMinutes())),
                forced);
            if (!claim.claimed()) {
                return CleanupReport.skipped(claim.skippedBecause(), job.node(), now);
            }
            whileLocked.run();
            CleanupReport r = delete(em, c, now);
            job.finish(em, clock.instant(), describe(r));
            if (r.total() > 0) {
                Audit.record(audit, AuditRecord.success("identity.cleanup", "identity", JOB, describe(r)
                    + " (retention " + c.retentionDays() + " days, unverified accounts " + c.unverifiedAccountDays()
                    + " days, codes " + c.verificationRetentionDays() + " days)").personal());
            }
            return r;
        }));
    }

    private CleanupReport delete(EntityManager em, IdentityConfig c, Instant now) {
        Timestamp retained = Support.ts(now.minus(Duration.ofDays(Math.max(1, c.retentionDays()))));
        int accounts = deleteUnverifiedAccounts(em, now, Support.ts(now.minus(Duration.ofDays(
            Math.max(1, c.unverifiedAccountDays())))));
        int verifications = em.createQuery("DELETE FROM VerificationEntity v WHERE v.expiresAt < :cutoff")
            .setParameter("cutoff", Support.ts(now.minus(Duration.ofDays(Math.max(0, c.verificationRetentionDays())))))
            .executeUpdate();
        int sessions = em.createQuery("DELETE FROM SessionEntity s WHERE s.expiresAt < :cutoff "
                + "OR s.revokedAt < :cutoff")
            .setParameter("cutoff", retained).executeUpdate();
        Timestamp quiet = Support.ts(now.minus(THROTTLE_QUIET));
        int throttles = em.createQuery("DELETE FROM LoginThrottleEntity t WHERE t.lastFailureAt < :quiet "
                + "AND (t.lockedUntil IS NULL OR t.lockedUntil < :quiet)")
            .setParameter("quiet", quiet).executeUpdate();
        LocalDate lastValidDay = LocalDate.ofInstant(retained.toInstant(), VIETNAM);
        int representatives = em.createQuery("DELETE FROM RepresentativeEntity r WHERE r.removedAt < :cutoff "
                + "OR r.validUntil < :day")
            .setParameter("cutoff", retained).setParameter("day", java.sql.Date.valueOf(lastValidDay))
            .executeUpdate();
        return new CleanupReport(true, null, job.node(), now, sessions, verifications, accounts, throttles,
            representatives);
    }

    /** Accounts never verified, created before {@code cutoff}, without a code still usable; with their codes. */
    private static int deleteUnverifiedAccounts(EntityManager em, Instant now, Timestamp cutoff) {
        List<String> ids = em.createQuery("SELECT a.id FROM AccountEntity a WHERE a.status = :pending "
                + "AND a.createdAt < :cutoff AND NOT EXISTS (SELECT v.id FROM VerificationEntity v "
                + "WHERE v.accountId = a.id AND v.status = :live AND v.expiresAt > :now)", String.class)
            .setParameter("pending", AccountStatus.PENDING_VERIFICATION.name()).setParameter("cutoff", cutoff)
            .setParameter("live", ApplicantAccountServiceImpl.PENDING).setParameter("now", Support.ts(now))
            .getResultList();
        int deleted = 0;
        for (List<String> chunk : chunks(ids)) {
            for (String entity : List.of("VerificationEntity", "SessionEntity")) {
                em.createQuery("DELETE FROM " + entity + " x WHERE x.accountId IN :ids").setParameter("ids", chunk)
                    .executeUpdate();
            }
            // a registration verified meanwhile is not PENDING_VERIFICATION any more and stays
            deleted += em.createQuery("DELETE FROM AccountEntity a WHERE a.id IN :ids AND a.status = :pending")
                .setParameter("ids", chunk).setParameter("pending", AccountStatus.PENDING_VERIFICATION.name())
                .executeUpdate();
        }
        return deleted;
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            result.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return result;
    }

    static String describe(CleanupReport r) {
        return r.sessions() + " sessions, " + r.verifications() + " one-time codes, " + r.accounts()
            + " unverified accounts, " + r.throttles() + " failed-login counters, " + r.representatives()
            + " organisation authorisations";
    }
}
