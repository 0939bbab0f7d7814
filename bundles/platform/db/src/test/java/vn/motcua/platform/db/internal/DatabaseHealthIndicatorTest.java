package vn.motcua.platform.db.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import vn.motcua.platform.api.health.HealthStatus;
import vn.motcua.platform.db.TestDatabase;

public class DatabaseHealthIndicatorTest {

    private final DatabaseHealthIndicator indicator = new DatabaseHealthIndicator();
    private TestDatabase db;

    @Before
    public void setUp() {
        db = TestDatabase.h2();
        indicator.activate();
    }

    @After
    public void tearDown() {
        indicator.deactivate();
        db.close();
    }

    @Test
    public void upWithDatabaseDetailsAndSchemaStates() {
        indicator.dataSource = db.dataSource();
        indicator.schemas = registry(new SchemaStatus("catalogue", SchemaStatus.State.MIGRATED, 3, "b/1.0.0", null,
                Instant.now()), new SchemaStatus("intake", SchemaStatus.State.PENDING, 0, "c/1.0.0", null, Instant.now()));

        HealthStatus status = indicator.check();

        assertEquals("database", indicator.name());
        assertEquals(HealthStatus.State.UP, status.state());
        assertTrue(String.valueOf(status.details().get("database")).startsWith("H2 2.2.224"));
        assertTrue(String.valueOf(status.details().get("url")).startsWith("jdbc:h2:mem:"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) status.details().get("schemas");
        assertEquals("MIGRATED", schemas.get("catalogue").get("state"));
        assertEquals(3, schemas.get("catalogue").get("version"));
        assertEquals("PENDING", schemas.get("intake").get("state"));
        assertFalse(schemas.get("catalogue").containsKey("error"));
    }

    @Test
    public void degradedWhenAModuleFailedToMigrate() {
        indicator.dataSource = db.dataSource();
        indicator.schemas = registry(new SchemaStatus("catalogue", SchemaStatus.State.FAILED, 2, "b/1.0.0",
                "V3__x.sql failed", Instant.now()));

        HealthStatus status = indicator.check();

        assertEquals(HealthStatus.State.DEGRADED, status.state());
        assertTrue(status.message(), status.message().contains("catalogue"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) status.details().get("schemas");
        assertEquals("V3__x.sql failed", schemas.get("catalogue").get("error"));
    }

    @Test
    public void downWithoutDataSource() {
        HealthStatus status = indicator.check();
        assertEquals(HealthStatus.State.DOWN, status.state());
        assertTrue(status.message(), status.message().contains("dataSource.target"));
    }

    @Test
    public void downWhenConnectionFails() {
        indicator.dataSource = dataSource(() -> {
            throw new SQLException("Connection refused", "08001");
        });
        HealthStatus status = indicator.check();
        assertEquals(HealthStatus.State.DOWN, status.state());
        assertEquals("[08001] Connection refused", status.message());
    }

    @Test
    public void downWithinTimeoutWhenTheDatabaseHangs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        indicator.dataSource = dataSource(() -> {
            release.await();
            throw new SQLException("too late");
        });
        try {
            long start = System.nanoTime();
            HealthStatus status = indicator.check();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(HealthStatus.State.DOWN, status.state());
            assertTrue(status.message(), status.message().contains("within 2 s"));
            assertTrue("took " + millis + " ms", millis < 4000);
        } finally {
            release.countDown();
        }
    }

    @Test
    public void passwordsAreRemovedFromUrls() {
        assertEquals("jdbc:postgresql://db:5432/motcua?user=app&password=***&ssl=true",
                DatabaseHealthIndicator.redactUrl("jdbc:postgresql://db:5432/motcua?user=app&password=s3cr3t&ssl=true"));
        assertEquals("jdbc:postgresql://db/motcua?password=***",
                DatabaseHealthIndicator.redactUrl("jdbc:postgresql://db/motcua?password=s3cr3t"));
        assertEquals("jdbc:h2:tcp://h/x;MODE=PostgreSQL;PASSWORD=***;USER=sa",
                DatabaseHealthIndicator.redactUrl("jdbc:h2:tcp://h/x;MODE=PostgreSQL;PASSWORD=pw;USER=sa"));
        assertEquals("jdbc:postgresql://db/x?sslpassword=***",
                DatabaseHealthIndicator.redactUrl("jdbc:postgresql://db/x?sslpassword=k"));
        assertEquals("jdbc:postgresql://app:***@db/x", DatabaseHealthIndicator.redactUrl("jdbc:postgresql://app:pw@db/x"));
        assertEquals("jdbc:postgresql://db:5432/x", DatabaseHealthIndicator.redactUrl("jdbc:postgresql://db:5432/x"));
        assertEquals("", DatabaseHealthIndicator.redactUrl(null));
    }

    private static SchemaStatusRegistry registry(SchemaStatus... statuses) {
        Map<String, SchemaStatus> map = new TreeMap<>();
        for (SchemaStatus s : statuses) {
            map.put(s.module(), s);
        }
        return () -> map;
    }

    private interface ConnectionAttempt {
        Object connect() throws Exception;
    }

    private static DataSource dataSource(ConnectionAttempt attempt) {
        return (DataSource) Proxy.newProxyInstance(DatabaseHealthIndicatorTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return attempt.connect();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
