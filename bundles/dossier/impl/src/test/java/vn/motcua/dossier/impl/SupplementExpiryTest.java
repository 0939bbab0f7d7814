package vn.motcua.dossier.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Test;

import vn.motcua.dossier.api.DossierStatus;
import vn.motcua.dossier.impl.entity.DossierEntity;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.db.api.ClusterJob;
import vn.motcua.platform.db.api.JpaTransactions;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.TypedConfig;

/**
 * Dossiers not supplemented by their wait deadline are closed (5 → 8) with a transition and an outbox event, once,
 * by one node at a time; the others are left alone (on H2, or on PostgreSQL with MOTCUA_TEST_DB_URL).
 */
// clauses: 000-16.5a
public class SupplementExpiryTest {
    /** 10:00 on Monday 2 March 2026 in Vietnam. */
    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final LocalDateTime LOCAL_NOW = LocalDateTime.of(2026, 3, 2, 10, 0);
    @ClassRule
    public static final DossierTestDatabase UNIT = new DossierTestDatabase();
    private final MutableClock clock = new MutableClock(NOW);

    @Before
    public void clean() {
        UNIT.db.deleteAll();
        UNIT.db.update("UPDATE dossier_job SET last_started_at = NULL, last_finished_at = NULL WHERE name = ?",
            SupplementExpiry.JOB);
    }

    private SupplementExpiry node(String name) {
        SupplementExpiry job = new SupplementExpiry();
        job.jpa = UNIT.jpa;
        job.clock = clock;
        job.job = new ClusterJob("dossier_job", SupplementExpiry.JOB, name);
        job.configure(TypedConfig.of(DossierConfig.class, Map.of("supplementExpiryIntervalMinutes", 10)));
        return job;
    }

    @Test
    public void closesDossiersPastTheirWaitDeadlineAndNothingElse() {
        String overdue = dossier("0001", DossierStatus.SUPPLEMENT_REQUESTED, LOCAL_NOW.minusMinutes(1));
        String waiting = dossier("0002", DossierStatus.SUPPLEMENT_REQUESTED, LOCAL_NOW.plusHours(1));
        String processing = dossier("0003", DossierStatus.PROCESSING, LOCAL_NOW.minusDays(3));
        String noDeadline = dossier("0004", DossierStatus.SUPPLEMENT_REQUESTED, null);

        SupplementExpiry.Report r = node("node-1").run(false);

        assertTrue(r.ran());
        assertEquals(1, r.closed());
        assertEquals("STOPPED", status(overdue));
        assertEquals(8L, UNIT.db.queryLong("SELECT status_code FROM dossier WHERE id = ?", overdue));
        assertEquals(1L, UNIT.db.queryLong("SELECT COUNT(*) FROM dossier WHERE id = ? AND finished_at IS NOT NULL",
            overdue));
        List<Object> t = UNIT.db.queryRow("SELECT action, from_status, to_status, reason FROM dossier_transition "
            + "WHERE dossier_id = ?", overdue);
        assertEquals("STOP", t.get(0));
        assertEquals("SUPPLEMENT_REQUESTED", t.get(1));
        assertEquals("STOPPED", t.get(2));
        assertTrue(String.valueOf(t.get(3)), String.valueOf(t.get(3)).contains("09:59 ngày 02/03/2026"));
        assertEquals("the national portal and the applicant hear of it", 1L,
            UNIT.db.queryLong("SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ?", overdue));
        for (String untouched : List.of(waiting, noDeadline)) {
            assertEquals("SUPPLEMENT_REQUESTED", status(untouched));
        }
        assertEquals("PROCESSING", status(processing));
        assertEquals(1L, UNIT.db.count("dossier_transition"));

        assertFalse("ran less than an interval ago", node("node-2").run(false).ran());
        clock.advance(Duration.ofHours(2));
        SupplementExpiry.Report later = node("node-2").run(false);
        assertTrue(later.ran());
        assertEquals("the second one's deadline has passed now", 1, later.closed());
        assertEquals("STOPPED", status(waiting));
    }

    @Test
    public void racingNodesCloseEachDossierOnce() throws Exception {
        for (int i = 1; i <= 60; i++) {
            dossier(String.format("%04d", i), DossierStatus.SUPPLEMENT_REQUESTED, LOCAL_NOW.minusHours(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<SupplementExpiry.Report>> runs = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                SupplementExpiry node = node("node-" + n);
                runs.add(pool.submit(() -> {
                    try {
                        return node.run(false);
                    } catch (ConflictException e) {
                        // H2 waits for the job row's lock instead of skipping it and may time out under load;
                        // PostgreSQL skips at once (FOR UPDATE SKIP LOCKED)
                        if (UNIT.db.isPostgres()) {
                            throw e;
                        }
                        return new SupplementExpiry.Report(false, "timed out waiting", 0, 0);
                    }
                }));
            }
            int closed = 0;
            int ran = 0;
            for (Future<SupplementExpiry.Report> f : runs) {
                SupplementExpiry.Report r = f.get();
                closed += r.closed();
                ran += r.ran() ? 1 : 0;
            }
            assertEquals("one node ran it", 1, ran);
            assertEquals(60, closed);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(60L, UNIT.db.queryLong("SELECT COUNT(*) FROM dossier WHERE status_code = 8"));
        assertEquals("one STOP per dossier", 60L, UNIT.db.count("dossier_transition"));
        assertEquals(60L, UNIT.db.count("dossier_event"));
    }

    private static String status(String id) {
        return (String) UNIT.db.queryRow("SELECT status FROM dossier WHERE id = ?", id).get(0);
    }

    private static String dossier(String number, DossierStatus status, LocalDateTime waitDeadline) {
        return JpaTransactions.write(UNIT.jpa, em -> {
            DossierEntity d = new DossierEntity();
            d.setId(java.util.UUID.randomUUID().toString());
            d.setCode("000.00.06.H56-260223-" + number);
            d.setProcedureCode("1.000001");
            d.setProcedureVersion(1);
            d.setProcedureName("Thủ tục thử");
            d.setSectorCode("XD");
            d.setAgencyCode("000.00.06.H56");
            d.setProvince("H56");
            d.setChannel("ONLINE");
            d.setStatus(status.name());
            d.setStatusCode(status.code());
            d.setStatusBeforeWait(status == DossierStatus.SUPPLEMENT_REQUESTED ? "PROCESSING" : null);
            d.setApplicantKind("CITIZEN");
            d.setApplicantName("Nguyễn Văn An");
            d.setDeliveryMethod("COUNTER");
            d.setCreatedAt(Timestamp.from(NOW.minus(Duration.ofDays(30))));
            d.setStatusChangedAt(Timestamp.from(NOW.minus(Duration.ofDays(20))));
            d.setLimitValue(BigDecimal.TEN);
            d.setLimitUnit("WORKING_DAYS");
            d.setWaitDeadline(waitDeadline == null ? null : Timestamp.valueOf(waitDeadline));
            em.persist(d);
            return d.getId();
        });
    }
}
