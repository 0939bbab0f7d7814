package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.Test;

import vn.motcua.identity.api.CleanupReport;
import vn.motcua.identity.api.PendingVerification;
import vn.motcua.identity.api.Session;
import vn.motcua.platform.api.error.UnauthorizedException;

/**
 * The identity clean-up on H2 and PostgreSQL: what outlived its retention goes, the rest stays; and two nodes racing
 * for the job never both run it nor fail.
 */
public class IdentityCleanupTest extends IdentityTestSupport {
    private static final Duration RETENTION_AND_A_DAY = Duration.ofDays(91);

    private static void failLogin(String login) {
        expect(UnauthorizedException.class, 401, "invalid-credentials", () -> login(login, "Saimatkhau1"));
    }

    /** Old data at the start, fresh data 91 days later; returns the active citizen's fresh session. */
    private static Session oldAndFreshData() {
        id.node.applicants.register(citizen("001099000001")); // never verified
        activeCitizen(CITIZEN_ID);
        Session old = login(CITIZEN_ID, PASSWORD);
        id.node.auth.logout(old.token());
        failLogin("001099099999");
        id.clock.advance(RETENTION_AND_A_DAY);
        id.node.applicants.register(citizen("001099000002")); // fresh, not verified yet
        Session fresh = login(CITIZEN_ID, PASSWORD);
        failLogin("001099088888");
        return fresh;
    }

    // clauses: 002-9.10#1
    @Test
    public void deletesWhatOutlivedItsRetentionAndKeepsTheRest() {
        Session fresh = oldAndFreshData();
        assertEquals(3, id.db.count("identity_account"));
        assertEquals(2, id.db.count("identity_session"));

        CleanupReport r = id.node.cleanup.run(false);
        assertTrue(r.ran());
        assertEquals("the session revoked 91 days ago", 1, r.sessions());
        assertEquals("the registration never verified", 1, r.accounts());
        assertEquals("the citizen's used code, expired 91 days ago", 1, r.verifications());
        assertEquals("the unknown login's quiet counter", 1, r.throttles());
        assertEquals(0, r.representatives());

        assertEquals(2, id.db.count("identity_account"));
        assertEquals(0, id.db.queryLong("select count(*) from identity_account where login = '001099000001'"));
        assertEquals("the fresh registration keeps its code", 1, id.db.count("identity_verification"));
        assertEquals(1, id.db.count("identity_session"));
        assertEquals(CITIZEN_ID, id.node.auth.me(fresh.token()).login());
        assertEquals(1, id.db.queryLong("select count(*) from identity_login_throttle where login_key = "
            + "'001099088888'"));
        assertEquals(1, id.db.count("identity_login_throttle"));
        RecordingAuditLog.Entry audited = id.audit.of("identity.cleanup").get(0);
        assertEquals("system:identity-cleanup", audited.actorId());
        assertTrue(audited.record().personalData());
        assertTrue(audited.inTransaction());
        assertTrue(audited.record().detail(), audited.record().detail().startsWith("1 sessions, 1 one-time codes, "
            + "1 unverified accounts, 1 failed-login counters"));
        List<Object> job = id.db.queryRow("select last_node, last_result from identity_job where name = 'cleanup'");
        assertEquals("node-0", job.get(0));
        assertEquals(IdentityCleanup.describe(r), job.get(1));

        // the schedule does not run again within its interval; the console's forced run does, and finds nothing
        CleanupReport again = id.node.cleanup.run(false);
        assertFalse(again.ran());
        assertTrue(again.skipped(), again.skipped().contains("less than an interval ago"));
        CleanupReport forced = id.node.admin.cleanUp();
        assertTrue(forced.ran());
        assertEquals(0, forced.total());
        assertEquals("nothing deleted, nothing audited", 1, id.audit.of("identity.cleanup").size());
        id.clock.advance(Duration.ofMinutes(60));
        assertTrue(id.node.cleanup.run(false).ran());
    }

    @Test
    public void aRegistrationWithACodeStillUsableIsNeverDeleted() {
        // a code made valid for longer than the account limit (e.g. a province that set verificationMinutes high)
        id.node.wire(java.util.Map.of("passwordIterations", 1000, "verificationMinutes", 10 * 24 * 60));
        PendingVerification p = id.node.applicants.register(citizen("001099000003"));
        id.clock.advance(Duration.ofDays(8));
        CleanupReport r = id.node.cleanup.run(false);
        assertEquals(0, r.accounts());
        assertEquals(1, id.db.count("identity_account"));
        assertEquals("001099000003", id.node.applicants.verify(p.verificationId(), id.email.lastCode()).login());
    }

    @Test
    public void aNodeThatFindsTheJobLockedSkipsAtOnce() {
        oldAndFreshData();
        TestIdentity.Node other = id.newNode();
        try {
            other.cleanup.clock = id.clock;
            AtomicReference<CleanupReport> meanwhile = new AtomicReference<>();
            // while node 0 holds the job's row, node 1 (its own connection) tries, even forced
            id.node.cleanup.whileLocked = () -> meanwhile.set(other.cleanup.run(true));
            CleanupReport r = id.node.cleanup.run(false);
            assertTrue(r.ran());
            assertFalse(meanwhile.get().ran());
            assertEquals("another node is running cleanup", meanwhile.get().skipped());
            assertEquals("node-1", meanwhile.get().node());
            assertEquals(4, r.total());
        } finally {
            other.close();
        }
    }

    @Test
    public void nodesRacingForTheJobRunItOnceAndNeverFail() throws Exception {
        List<TestIdentity.Node> nodes = new ArrayList<>(List.of(id.node, id.newNode(), id.newNode()));
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            for (TestIdentity.Node n : nodes) {
                n.cleanup.clock = id.clock;
            }
            for (int round = 0; round < 8; round++) {
                // fresh old data each round: a revoked session and a quiet counter that outlived their retention
                id.clock.advance(RETENTION_AND_A_DAY);
                String citizen = "0010990001" + (10 + round);
                activeCitizen(citizen);
                id.node.auth.logout(login(citizen, PASSWORD).token());
                failLogin("0010990999" + (10 + round));
                id.clock.advance(RETENTION_AND_A_DAY);

                CyclicBarrier start = new CyclicBarrier(nodes.size());
                List<Future<CleanupReport>> runs = new ArrayList<>();
                for (TestIdentity.Node n : nodes) {
                    Callable<CleanupReport> run = () -> {
                        start.await(10, TimeUnit.SECONDS);
                        return n.cleanup.run(false);
                    };
                    runs.add(pool.submit(run));
                }
                int ran = 0;
                int deleted = 0;
                for (Future<CleanupReport> f : runs) {
                    CleanupReport r = f.get(60, TimeUnit.SECONDS); // a failure of any node fails here
                    if (r.ran()) {
                        ran++;
                        deleted += r.total();
                    } else {
                        assertTrue(r.skipped(), r.skipped().equals("another node is running cleanup")
                            || r.skipped().contains("less than an interval ago"));
                    }
                }
                assertEquals("round " + round + ": one node ran the job", 1, ran);
                assertEquals("round " + round + ": session, code and counter deleted once", 3, deleted);
                assertEquals(0, id.db.count("identity_login_throttle"));
                assertNull(id.db.queryRow("select id from identity_session where revoked_at is not null"));
            }
        } finally {
            pool.shutdownNow();
            for (TestIdentity.Node n : nodes.subList(1, nodes.size())) {
                n.close();
            }
        }
    }
}
