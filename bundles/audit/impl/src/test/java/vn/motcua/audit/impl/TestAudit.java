package vn.motcua.audit.impl;

import vn.motcua.testing.LocalJpaTemplate;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import vn.motcua.platform.api.db.MigratedSchema;

/**
 * The audit components wired as Declarative Services would wire them, without OSGi: a fresh migrated database, the
 * {@code motcua-audit-test} persistence unit over it, a {@link LocalJpaTemplate}, and each component's package-private
 * {@code @Reference} fields set by hand. The sealer is not scheduled; tests call it. Its grace period is 0 unless a
 * test sets one.
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
        db = TestDatabase.create();
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
        db.reset();
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            db.close();
        }
    }

    /** A clock tests can move forward; in UTC. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
