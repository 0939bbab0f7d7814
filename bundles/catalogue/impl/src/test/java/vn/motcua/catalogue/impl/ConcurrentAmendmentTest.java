package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.date;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.persistence.EntityManager;

import org.junit.After;
import org.junit.Test;

import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.ValidationException;

/**
 * Two officers publish amendments of the same procedure at the same moment: one wins, the other is told to reload
 * (409) — never a duplicate version number, a broken validity chain or a raw persistence error.
 */
public class ConcurrentAmendmentTest extends CatalogueTestSupport {
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @After
    public void stopThreads() {
        pool.shutdownNow();
        cat.jpa.setView(em -> em);
    }

    /** What one amending thread got. */
    private record Outcome(LocalDate effective, ProcedureVersion version, RuntimeException error) {
    }

    /**
     * Makes both writers reach their first flush (the first write to the database) before either performs it, so
     * that both have read the same latest version: the race is certain, not left to the scheduler.
     */
    static EntityManager meetingAtFirstFlush(EntityManager em, CyclicBarrier barrier) {
        boolean[] met = {false};
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                if (method.getName().equals("flush") && !met[0]) {
                    met[0] = true;
                    try {
                        barrier.await(10, TimeUnit.SECONDS);
                    } catch (BrokenBarrierException | TimeoutException e) {
                        // the other writer failed before writing; go on alone
                    }
                }
                try {
                    return method.invoke(em, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    private List<Outcome> race(String code, LocalDate first, LocalDate second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (LocalDate day : List.of(first, second)) {
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    return new Outcome(day, cat.procedures.amend(code, procedure(code, "Thủ tục sửa đổi ngày " + day)
                        .agencies(DEPT_CONSTRUCTION).effective(day.toString()).build()), null);
                } catch (RuntimeException e) {
                    return new Outcome(day, null, e);
                }
            }));
        }
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** Whatever the interleaving: versions 1..n without gaps or duplicates, each closed on its successor's start. */
    private static void assertConsistentChain(String code) {
        List<ProcedureVersion> versions = cat.procedures.versions(code);
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i + 1, versions.get(i).version());
            if (i > 0) {
                assertEquals(versions.get(i).validFrom(), versions.get(i - 1).validTo());
            }
        }
        assertNull(versions.get(versions.size() - 1).validTo());
        long rows = cat.jpa.txExpr(em -> em.createQuery("SELECT COUNT(v) FROM ProcedureVersionEntity v WHERE "
            + "v.procedureCode = :c", Long.class).setParameter("c", code).getSingleResult());
        assertEquals(versions.size(), rows);
        int latest = cat.jpa.txExpr(em -> ProcedureServiceImpl.findProcedure(em, code).getLatestVersion());
        assertEquals(versions.size(), latest);
    }

    private static void assertLoserWasToldWhy(Outcome loser) {
        if (loser.error() instanceof ConflictException c) {
            assertEquals("concurrent-change", c.code());
        } else if (loser.error() instanceof ValidationException v) {
            assertEquals("not-after-latest", Fixtures.error(v, "decision.effectiveDate").code());
        } else {
            throw new AssertionError("the losing writer got a raw error instead of a 409/400", loser.error());
        }
    }

    @Test
    public void exactlyOneOfTwoSimultaneousAmendmentsWins() throws Exception {
        standardCatalogue();
        for (int round = 0; round < 3; round++) {
            String code = "1.10000" + round;
            cat.procedures.create(procedure(code, "Thủ tục " + round).agencies(DEPT_CONSTRUCTION)
                .effective("2024-01-01").build());
            CyclicBarrier barrier = new CyclicBarrier(2);
            cat.jpa.setView(em -> meetingAtFirstFlush(em, barrier));
            List<Outcome> outcomes = race(code, date("2024-06-01"), date("2024-09-01"));
            cat.jpa.setView(em -> em);

            List<Outcome> winners = outcomes.stream().filter(o -> o.error() == null).toList();
            List<Outcome> losers = outcomes.stream().filter(o -> o.error() != null).toList();
            assertEquals("exactly one amendment wins: " + outcomes, 1, winners.size());
            assertLoserWasToldWhy(losers.get(0));
            assertTrue(losers.get(0).error() instanceof ConflictException);
            assertEquals(409, ((ConflictException) losers.get(0).error()).httpStatus());

            Outcome winner = winners.get(0);
            assertEquals(2, winner.version().version());
            List<ProcedureVersion> versions = cat.procedures.versions(code);
            assertEquals(2, versions.size());
            assertEquals(winner.effective(), versions.get(1).validFrom());
            assertEquals("Thủ tục sửa đổi ngày " + winner.effective(), versions.get(1).nameVi());
            assertConsistentChain(code);
        }
    }

    @Test
    public void freeRacesNeverBreakTheVersionChain() throws Exception {
        standardCatalogue();
        for (int round = 0; round < 3; round++) {
            String code = "1.20000" + round;
            cat.procedures.create(procedure(code, "Thủ tục " + round).agencies(DEPT_CONSTRUCTION)
                .effective("2024-01-01").build());
            // whichever runs first: when the later date wins first, the earlier one is refused (400) or conflicts (409)
            List<Outcome> outcomes = race(code, date("2024-09-01"), date("2024-06-01"));
            int won = 0;
            for (Outcome o : outcomes) {
                if (o.error() == null) {
                    won++;
                } else {
                    assertLoserWasToldWhy(o);
                }
            }
            assertTrue("at least one amendment is published: " + outcomes, won >= 1);
            assertEquals(1 + won, cat.procedures.versions(code).size());
            assertConsistentChain(code);
        }
    }
}
