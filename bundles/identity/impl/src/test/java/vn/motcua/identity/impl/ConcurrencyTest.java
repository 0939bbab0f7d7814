package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import vn.motcua.identity.api.LoginRequest;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.UnauthorizedException;

/**
 * Races between requests (on one node or several): two registrations of one ID number, and failed logins counted at
 * the same moment. The loser gets a clear 409, never a duplicate account or a raw persistence error; no failure is
 * lost.
 */
public class ConcurrencyTest extends IdentityTestSupport {
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @After
    public void stopThreads() {
        pool.shutdownNow();
    }

    /**
     * Makes both writers reach their first flush (their first write) before either performs it, so that both have
     * seen "no such account": the race is certain, not left to the scheduler.
     */
    private static EntityManager meetingAtFirstFlush(EntityManager em, CyclicBarrier barrier) {
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

    @Test
    public void twoRegistrationsOfOneIdNumberAtOnceGiveOneAccountAndOne409() throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        id.node.jpa.setView(em -> meetingAtFirstFlush(em, barrier));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RuntimeException>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    id.node.applicants.register(citizen(CITIZEN_ID));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<RuntimeException> errors = new ArrayList<>();
        for (Future<RuntimeException> f : outcomes) {
            RuntimeException e = f.get(30, TimeUnit.SECONDS);
            if (e != null) {
                errors.add(e);
            }
        }
        id.node.jpa.setView(em -> em);
        assertEquals(String.valueOf(errors), 1, errors.size());
        assertTrue(String.valueOf(errors.get(0)), errors.get(0) instanceof ConflictException);
        assertEquals("duplicate-login", ((ConflictException) errors.get(0)).code());
        assertEquals(1, id.db.count("identity_account"));
        assertEquals(1, id.db.count("identity_verification"));
    }

    @Test
    public void failedLoginsOnSeveralNodesAtOnceAreAllCounted() throws Exception {
        activeCitizen(CITIZEN_ID);
        Map<String, Object> patient = new HashMap<>(Configs.TEST);
        patient.put("maxLoginFailures", 100);
        id.node.wire(patient);
        TestIdentity.Node other = id.newNode();
        other.wire(patient);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                TestIdentity.Node n = i % 2 == 0 ? id.node : other;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        n.auth.login(new LoginRequest(CITIZEN_ID, "Saimatkhau1"), ADDRESS);
                        return "logged in";
                    } catch (UnauthorizedException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            for (Future<String> f : outcomes) {
                assertEquals("invalid-credentials", f.get(30, TimeUnit.SECONDS));
            }
            assertEquals(8L, id.db.queryLong("select failures from identity_login_throttle"));
        } finally {
            other.close();
        }
    }
}
