package vn.motcua.audit.impl;

import vn.motcua.testing.LocalJpaTemplate;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.TestDatabase;

import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import vn.motcua.platform.api.db.MigratedSchema;

/**
 * The audit components wired as Declarative Services would wire them, without OSGi: a fresh migrated database, the
 * {@code motcua-audit-test} persistence unit over it, a {@link LocalJpaTemplate}, and each component's package-private
 * {@code @Reference} fields set by hand. The sealer is not scheduled; tests call it. Its grace period is 0 unless a
 * test sets one.
 *
 * <p>On PostgreSQL the trail is append-only by trigger; {@link #tamper} and {@link #reset} act as a database owner
 * would, disabling it inside their own transaction, so no other session ever sees it off.
 */
final class TestAudit implements AutoCloseable {
    final TestDatabase db;
    final EntityManagerFactory emf;
    final LocalJpaTemplate jpa;
    final AuditLogImpl log = new AuditLogImpl();
    final AuditSealer sealer;
    final AuditTrailServiceImpl trail = new AuditTrailServiceImpl();
    final AuditHealth health = new AuditHealth();
    final MigratedSchema schema;
    /** Every component's clock; tests move it. */
    final MutableClock clock = new MutableClock(Instant.parse("2025-07-01T01:00:00.123Z"));

    /** What the migration extender registers once the schema is current. */
    record Schema(String module, int version) implements MigratedSchema {
    }

    TestAudit() {
        // no tables for TestDatabase.deleteAll: the append-only trail is emptied by reset(), as its owner would
        db = TestDatabase.create("audit", List.of());
        try {
            Map<String, Object> properties = new HashMap<>();
            properties.put("openjpa.ConnectionFactory", db.dataSource());
            properties.put("openjpa.RuntimeUnenhancedClasses", "unsupported");
            emf = Persistence.createEntityManagerFactory("motcua-audit-test", properties);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        jpa = new LocalJpaTemplate(emf);
        schema = new Schema("audit", db.schemaVersion());
        log.jpa = jpa;
        log.schema = schema;
        log.clock = clock;
        sealer = newSealer(0, 500);
        trail.jpa = jpa;
        trail.schema = schema;
        trail.audit = log;
        trail.clock = clock;
        health.trail = trail;
        health.clock = clock;
    }

    /** Another sealer over the same database, as on another node. */
    AuditSealer newSealer(long graceMillis, int batchSize) {
        AuditSealer s = new AuditSealer();
        s.jpa = jpa;
        s.schema = schema;
        s.clock = clock;
        s.configure(config(true, 1000, graceMillis, batchSize));
        return s;
    }

    static AuditSealer.Config config(boolean enabled, long interval, long grace, int batch) {
        return new AuditSealer.Config() {
            @Override
            public boolean sealingEnabled() {
                return enabled;
            }

            @Override
            public long sealIntervalMillis() {
                return interval;
            }

            @Override
            public long graceMillis() {
                return grace;
            }

            @Override
            public int batchSize() {
                return batch;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return AuditSealer.Config.class;
            }
        };
    }

    /** Empties the trail, for a clean start of the next test on the same database. */
    void reset() {
        jpa.setView(em -> em);
        trail.batchSize = AuditTrailServiceImpl.BATCH;
        tamper("delete from audit_record");
        tamper("update audit_chain_head set last_position = 0, last_hash = ?, sealed_at = null", AuditChain.GENESIS);
    }

    /**
     * Runs one statement the way someone with owner rights on the database would to falsify the trail: on PostgreSQL
     * with the append-only trigger switched off for the duration of its own transaction.
     *
     * @return rows changed
     */
    int tamper(String sql, Object... params) {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                if (db.isPostgres()) {
                    st.execute("alter table audit_record disable trigger user");
                }
                int changed;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.length; i++) {
                        ps.setObject(i + 1, params[i]);
                    }
                    changed = ps.executeUpdate();
                }
                if (db.isPostgres()) {
                    st.execute("alter table audit_record enable trigger user");
                }
                c.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            db.close();
        }
    }
}
