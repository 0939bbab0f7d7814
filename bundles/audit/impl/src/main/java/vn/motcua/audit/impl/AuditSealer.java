package vn.motcua.audit.impl;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.audit.impl.entity.AuditRecordEntity;
import vn.motcua.platform.api.db.MigratedSchema;

/**
 * Chains committed audit records, on every node, about once a second.
 *
 * <p>Why a separate sealer instead of hashing at insert: computing the chain while recording would make every audited
 * action in the cluster wait for one global lock. Instead records are inserted freely and a sealer chains them
 * afterwards. Each run is one transaction that
 * <ol>
 * <li>locks the single {@code audit_chain_head} row with {@code FOR UPDATE SKIP LOCKED} — only one node seals at a
 * time; the others find the row locked, skip this run and hold no connection waiting;</li>
 * <li>takes up to {@code batchSize} unsealed records in insert order ({@code seq}), only those recorded at least
 * {@code graceMillis} ago, so a transaction still in flight is rarely overtaken (if it is, its records simply get
 * later positions when it commits — the chain order is the sealing order, {@code seq} is only a hint);</li>
 * <li>gives each position {@code last + 1}, {@code prev_hash} = the head's hash and {@code hash} =
 * {@link AuditChain#hash}, with an UPDATE that only matches a record still unsealed;</li>
 * <li>advances the head with an UPDATE guarded by the position it read.</li>
 * </ol>
 * Any surprise (a guard matching no row, the unique position constraint) rolls the whole run back; the next run
 * starts again from the committed head. A record is never updated otherwise.
 */
@Component(service = {}, immediate = true, configurationPid = AuditSealer.PID)
@Designate(ocd = AuditSealer.Config.class)
public class AuditSealer {
    static final String PID = "vn.motcua.audit";
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

    static final String LOCK_HEAD = "SELECT last_position, last_hash FROM audit_chain_head WHERE id = 1 "
        + "FOR UPDATE SKIP LOCKED";
    static final String SEAL = "UPDATE audit_record SET chain_position = ?1, prev_hash = ?2, hash = ?3 "
        + "WHERE id = ?4 AND chain_position IS NULL";
    static final String ADVANCE = "UPDATE audit_chain_head SET last_position = ?1, last_hash = ?2, sealed_at = ?3 "
        + "WHERE id = 1 AND last_position = ?4";

    @ObjectClassDefinition(name = "MotCua audit trail", description = "Sealing (hash-chaining) of the audit trail")
    public @interface Config {
        @AttributeDefinition(description = "Seal on this node; several nodes may, the database lets one at a time")
        boolean sealingEnabled() default true;

        @AttributeDefinition(description = "Milliseconds between sealing runs")
        long sealIntervalMillis() default 1000;

        @AttributeDefinition(description = "Records younger than this (ms) wait for the next run, so that "
            + "transactions still in flight are not overtaken")
        long graceMillis() default 2000;

        @AttributeDefinition(description = "Most records chained in one transaction")
        int batchSize() default 500;
    }

    @Reference(target = "(osgi.unit.name=motcua-audit)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=audit)")
    MigratedSchema schema;

    /** Replaced by tests. */
    Clock clock = Clock.systemUTC();

    private volatile boolean enabled = true;
    private volatile long intervalMillis = 1000;
    private volatile long graceMillis = 2000;
    private volatile int batchSize = 500;
    private ScheduledExecutorService executor;
    private boolean failing;

    @Activate
    void activate(Config config) {
        configure(config);
        start();
    }

    @Modified
    void modified(Config config) {
        stop();
        configure(config);
        start();
    }

    @Deactivate
    void deactivate() {
        stop();
    }

    void configure(Config config) {
        enabled = config.sealingEnabled();
        intervalMillis = Math.max(100, config.sealIntervalMillis());
        graceMillis = Math.max(0, config.graceMillis());
        batchSize = Math.max(1, Math.min(10_000, config.batchSize()));
    }

    private synchronized void start() {
        if (!enabled) {
            LOG.info("Audit sealing is disabled on this node ({} sealingEnabled=false)", PID);
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-audit-sealer");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::run, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("The audit sealer did not stop within 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    /** One scheduled run: seals until nothing more is ready. Logs a failure once, not every second. */
    private void run() {
        try {
            long sealed = sealAll();
            if (failing) {
                LOG.info("Audit sealing works again");
                failing = false;
            }
            if (sealed > 0) {
                LOG.debug("Sealed {} audit records", sealed);
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Audit sealing failed; retrying every {} ms", intervalMillis, e);
                failing = true;
            } else {
                LOG.debug("Audit sealing still failing", e);
            }
        }
    }

    /** Seals batch after batch while full batches come back (a backlog), stopping when interrupted. */
    long sealAll() {
        long total = 0;
        int n;
        do {
            n = sealBatch();
            total += n;
        } while (n == batchSize && !Thread.currentThread().isInterrupted());
        return total;
    }

    /** One transaction: at most {@code batchSize} records chained; 0 when none is ready or another node seals. */
    int sealBatch() {
        Timestamp cutoff = Timestamp.from(clock.instant().minusMillis(graceMillis));
        return jpa.txExpr(TransactionType.Required, em -> {
            List<?> head = em.createNativeQuery(LOCK_HEAD).getResultList();
            if (head.isEmpty()) {
                return 0; // another node holds the head
            }
            Object[] row = (Object[]) head.get(0);
            long last = ((Number) row[0]).longValue();
            String prev = (String) row[1];
            List<AuditRecordEntity> ready = em.createQuery("SELECT r FROM AuditRecordEntity r "
                    + "WHERE r.chainPosition IS NULL AND r.recordedAt <= :cutoff ORDER BY r.seq", AuditRecordEntity.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(batchSize)
                .getResultList();
            if (ready.isEmpty()) {
                return 0;
            }
            long position = last;
            for (AuditRecordEntity r : ready) {
                position++;
                String hash = AuditChain.hash(r, position, prev);
                int updated = em.createNativeQuery(SEAL).setParameter(1, position).setParameter(2, prev)
                    .setParameter(3, hash).setParameter(4, r.getId()).executeUpdate();
                if (updated != 1) {
                    throw new IllegalStateException("audit record " + r.getId() + " was sealed concurrently");
                }
                prev = hash;
            }
            int moved = em.createNativeQuery(ADVANCE).setParameter(1, position).setParameter(2, prev)
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, last).executeUpdate();
            if (moved != 1) {
                throw new IllegalStateException("the audit chain head moved during sealing (expected position " + last
                    + ")");
            }
            return ready.size();
        });
    }
}
