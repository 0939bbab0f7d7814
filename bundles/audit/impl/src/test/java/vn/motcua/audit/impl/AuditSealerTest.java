package vn.motcua.audit.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.After;
import org.junit.Test;

import vn.motcua.audit.api.SealStatus;
import vn.motcua.audit.api.VerificationReport;
import vn.motcua.audit.impl.entity.AuditRecordEntity;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.security.CallerContext;

/** Sealing: a gap-free chain in sealing order, one sealer at a time, nothing overtaken or assigned twice. */
public class AuditSealerTest extends AuditTestSupport {
    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    @After
    public void stopThreads() {
        pool.shutdownNow();
    }

    private static VerificationReport verifyAll() {
        return CallerContext.callAs(SYSTEM, () -> audit.trail.verify(null, null));
    }

    @Test
    public void sealingBuildsAValidChain() {
        recordAs(OFFICER, "act", 5);
        assertEquals(5, sealAll());
        List<AuditRecordEntity> chain = chain();
        List<AuditRecordEntity> bySeq = rows();
        String prev = AuditChain.GENESIS;
        for (int i = 0; i < 5; i++) {
            AuditRecordEntity r = chain.get(i);
            assertEquals(Long.valueOf(i + 1), r.getChainPosition());
            assertEquals("records are chained in insert order", bySeq.get(i).getId(), r.getId());
            assertEquals(prev, r.getPrevHash());
            assertEquals(AuditChain.hash(r, i + 1, prev), r.getHash());
            assertEquals(64, r.getHash().length());
            prev = r.getHash();
        }
        SealStatus status = audit.trail.status();
        assertEquals(5, status.lastPosition());
        assertEquals(prev, status.lastHash());
        assertEquals(audit.clock.instant(), status.lastSealedAt());
        assertEquals(0, status.unsealed());
        assertNull(status.oldestUnsealedAt());
        VerificationReport report = verifyAll();
        assertTrue(report.reasonEn(), report.intact());
        assertEquals(5, report.checked());
    }

    @Test
    public void nothingReadyIsANoOp() {
        assertEquals(0, sealAll());
        assertEquals(0, audit.trail.status().lastPosition());
        assertNull(audit.trail.status().lastSealedAt());
    }

    @Test
    public void recordsWithinTheGracePeriodWait() {
        AuditSealer patient = audit.newSealer(2000, 500);
        recordAs(OFFICER, "act", 2);
        assertEquals(0, patient.sealBatch());
        assertEquals(2, audit.trail.status().unsealed());
        assertEquals(audit.clock.instant(), audit.trail.status().oldestUnsealedAt());
        audit.clock.advance(Duration.ofMillis(1999));
        assertEquals(0, patient.sealBatch());
        audit.clock.advance(Duration.ofMillis(1));
        assertEquals(2, patient.sealBatch());
    }

    @Test
    public void aBacklogIsSealedInBatchesThatContinueTheChain() {
        AuditSealer small = audit.newSealer(0, 3);
        recordAs(OFFICER, "a", 7);
        assertEquals(3, small.sealBatch());
        assertEquals(4, small.sealAll());
        recordAs(SUPERVISOR, "b", 2);
        assertEquals(2, small.sealAll());
        assertEquals(9, chain().size());
        assertEquals(9, audit.trail.status().lastPosition());
        assertTrue(verifyAll().intact());
    }

    @Test
    public void aLateCommitGetsALaterPosition() throws Exception {
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> slow = pool.submit(() -> {
            CallerContext.set(OFFICER);
            audit.jpa.tx(TransactionType.Required, em -> {
                audit.log.record(AuditRecord.success("slow", null, null, null));
                em.flush();
                recorded.countDown();
                await(release);
            });
            return null;
        });
        assertTrue(recorded.await(10, TimeUnit.SECONDS));
        CallerContext.set(SUPERVISOR);
        audit.log.record(AuditRecord.success("fast", null, null, null));
        assertEquals("only the committed record is sealed", 1, sealAll());
        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        assertEquals(1, sealAll());
        List<AuditRecordEntity> chain = chain();
        assertEquals("fast", chain.get(0).getAction());
        assertEquals("slow", chain.get(1).getAction());
        assertTrue("the slow one was numbered first", chain.get(1).getSeq() < chain.get(0).getSeq());
        assertTrue(verifyAll().intact());
    }

    @Test
    public void aHeadLockedByAnotherNodeIsSkipped() throws Exception {
        recordAs(OFFICER, "act", 3);
        try (Connection other = audit.db.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement();
                 ResultSet rs = st.executeQuery("SELECT last_position FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
                assertTrue(rs.next());
                long started = System.nanoTime();
                assertEquals("another node seals: skip, do not wait", 0, audit.sealer.sealBatch());
                assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
            }
            other.rollback();
        }
        assertEquals(3, sealAll());
    }

    @Test
    public void twoSealersRacingNeverAssignAPositionTwice() throws Exception {
        AuditSealer nodeA = audit.newSealer(0, 7);
        AuditSealer nodeB = audit.newSealer(0, 7);
        int writers = 4;
        int perWriter = 60;
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writes.add(pool.submit(() -> {
                await(start);
                recordAs(staff("u-w" + writer, "Writer " + writer, "A"), "w" + writer, perWriter);
                return null;
            }));
        }
        List<Future<Long>> sealers = new ArrayList<>();
        for (AuditSealer node : List.of(nodeA, nodeB)) {
            sealers.add(pool.submit(() -> {
                await(start);
                long sealed = 0;
                while (writing.get() || audit.trail.status().unsealed() > 0) {
                    sealed += node.sealBatch();
                }
                return sealed;
            }));
        }
        start.countDown();
        for (Future<?> f : writes) {
            f.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        long sealed = 0;
        for (Future<Long> f : sealers) {
            sealed += f.get(120, TimeUnit.SECONDS);
        }
        int total = writers * perWriter;
        assertEquals(total, sealed);
        List<AuditRecordEntity> chain = chain();
        assertEquals(total, chain.size());
        Set<Long> positions = new HashSet<>();
        for (int i = 0; i < chain.size(); i++) {
            assertEquals(Long.valueOf(i + 1), chain.get(i).getChainPosition());
            assertTrue(positions.add(chain.get(i).getChainPosition()));
        }
        assertEquals(total, audit.trail.status().lastPosition());
        VerificationReport report = verifyAll();
        assertTrue(report.reasonEn(), report.intact());
        assertEquals(total, report.checked());
    }

    @Test
    public void theComponentSealsOnItsSchedule() throws Exception {
        AuditSealer component = new AuditSealer();
        component.jpa = audit.jpa;
        component.schema = audit.schema;
        component.clock = audit.clock;
        component.activate(TestAudit.config(true, 100, 0, 500));
        try {
            recordAs(OFFICER, "scheduled", 3);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (audit.trail.status().lastPosition() < 3 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            assertEquals(3, audit.trail.status().lastPosition());
        } finally {
            component.deactivate();
        }
    }

    @Test
    public void aDisabledComponentDoesNotSeal() throws Exception {
        AuditSealer component = new AuditSealer();
        component.jpa = audit.jpa;
        component.schema = audit.schema;
        component.clock = audit.clock;
        component.activate(TestAudit.config(false, 100, 0, 500));
        try {
            recordAs(OFFICER, "idle", 1);
            TimeUnit.MILLISECONDS.sleep(400);
            assertEquals(0, audit.trail.status().lastPosition());
        } finally {
            component.deactivate();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
