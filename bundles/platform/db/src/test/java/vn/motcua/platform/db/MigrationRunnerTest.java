package vn.motcua.platform.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Runs every case on H2 (always) and on PostgreSQL (when {@code MOTCUA_TEST_DB_URL} is set; skipped otherwise).
 */
@RunWith(Parameterized.class)
public class MigrationRunnerTest {

    private static final ClassLoader CL = MigrationRunnerTest.class.getClassLoader();

    @Parameters(name = "{0}")
    public static Collection<Object[]> databases() {
        return Arrays.asList(new Object[][] {{Dialect.H2}, {Dialect.POSTGRESQL}});
    }

    private final Dialect dialect;
    private TestDatabase db;
    private MigrationRunner runner;

    public MigrationRunnerTest(Dialect dialect) {
        this.dialect = dialect;
    }

    @Before
    public void createDatabase() {
        Assume.assumeTrue("PostgreSQL tests need " + TestDatabase.URL_KEY,
                dialect != Dialect.POSTGRESQL || TestDatabase.postgresConfigured());
        db = TestDatabase.create(dialect);
        runner = new MigrationRunner(db.dataSource(), "test-node");
    }

    @After
    public void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    public void freshDatabaseGetsEveryVersionWithHistory() {
        List<Migration> scripts = MigrationScripts.fromClasspath(CL, "upgrade");

        MigrationResult result = runner.migrate("upgrade", scripts);

        assertEquals(0, result.fromVersion());
        assertEquals(5, result.toVersion());
        assertEquals(List.of(1, 2, 3, 4, 5), result.applied().stream().map(MigrationResult.Applied::version).toList());
        assertEquals(List.of("1", "2", "3", "4", "5"),
                db.queryStrings("select version from motcua_schema_history where module = 'upgrade' order by version"));
        assertEquals(List.of("create agency", "test-node"), db.queryStrings(
                "select description from motcua_schema_history where module = 'upgrade' and version = 1 union all "
                        + "select applied_by from motcua_schema_history where module = 'upgrade' and version = 1"));
        assertEquals(scripts.get(0).generic().checksum(), db.queryStrings(
                "select checksum from motcua_schema_history where module = 'upgrade' and version = 1").get(0));
        assertEquals(0, db.queryInt("select count(*) from motcua_schema_history where applied_at is null"));
        assertTrue(db.tableExists("agency_contact"));

        MigrationResult again = runner.migrate("upgrade", scripts);
        assertEquals(5, again.fromVersion());
        assertEquals(5, again.toVersion());
        assertTrue("nothing is re-run", again.applied().isEmpty());
        assertEquals(5, db.queryInt("select count(*) from motcua_schema_history"));
    }

    @Test
    public void upgradeOfOlderSchemaKeepsAndMovesData() {
        List<Migration> scripts = MigrationScripts.fromClasspath(CL, "upgrade");
        MigrationResult release1 = runner.migrate("upgrade", scripts, 2);
        assertEquals(2, release1.toVersion());
        assertFalse(db.tableExists("agency_contact"));
        db.execute("insert into agency (id, code, name, phone) values (1, 'sotp', 'Sở Tư pháp', '0236 3822 111')");
        db.execute("insert into agency (id, code, name, phone) values (2, 'soxd', 'Sở Xây dựng', null)");
        db.execute("insert into procedure_item (id, agency_id, title, fee_vnd) "
                + "values (10, 1, 'Cấp phiếu lý lịch tư pháp', 200000)");

        MigrationResult release2 = runner.migrate("upgrade", scripts);

        assertEquals(2, release2.fromVersion());
        assertEquals(5, release2.toVersion());
        assertEquals(List.of(3, 4, 5), release2.applied().stream().map(MigrationResult.Applied::version).toList());
        assertEquals(List.of("Sở Tư pháp|SOTP", "Sở Xây dựng|SOXD"),
                db.queryStrings("select name || '|' || short_name from agency order by id"));
        assertEquals(List.of("1|phone|0236 3822 111"),
                db.queryStrings("select agency_id || '|' || kind || '|' || contact_value from agency_contact"));
        assertEquals(200000, db.queryInt("select cast(fee as int) from procedure_item where id = 10"));
        assertColumnMissing("select phone from agency");
        assertColumnMissing("select fee_vnd from procedure_item");
        assertEquals(List.of("Sở Tư pháp (SOTP)", "Sở Xây dựng (SOXD)"),
                db.queryStrings("select display_name from agency_display order by code"));
    }

    @Test
    public void dialectVariantReplacesGenericScript() {
        MigrationResult result = runner.migrate("dialects", MigrationScripts.fromClasspath(CL, "dialects"));

        String suffix = dialect.fileSuffix();
        assertEquals("V002__insert_marker." + suffix + ".sql", result.applied().get(1).fileName());
        assertEquals("V003__insert_generic_marker.sql", result.applied().get(2).fileName());
        assertEquals(List.of("generic-only", suffix), db.queryStrings("select name from marker order by name"));
        String variantChecksum = MigrationScripts.fromClasspath(CL, "dialects").get(1).variants().get(dialect).checksum();
        assertEquals(variantChecksum, db.queryStrings(
                "select checksum from motcua_schema_history where module = 'dialects' and version = 2").get(0));
    }

    @Test
    public void editedMigrationIsRejectedAndNothingRuns() {
        runner.migrate("edited", List.of(
                Migration.of(1, "create thing", "create table thing (id int primary key);"),
                Migration.of(2, "seed thing", "insert into thing values (1);")));

        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("edited", List.of(
                Migration.of(1, "create thing", "create table thing (id int primary key, name varchar(10));"),
                Migration.of(2, "seed thing", "insert into thing values (1);"),
                Migration.of(3, "more things", "insert into thing values (3);"))));

        assertTrue(e.getMessage(), e.getMessage().contains("migration edited after it was applied"));
        assertTrue(e.getMessage(), e.getMessage().contains("V001__create_thing.sql"));
        assertEquals(2, e.currentVersion());
        assertEquals("V3 must not run", 1, db.queryInt("select count(*) from thing"));
        assertEquals(2, db.queryInt("select count(*) from motcua_schema_history where module = 'edited'"));
    }

    @Test
    public void lineEndingsDoNotCountAsEdits() {
        runner.migrate("crlf", List.of(Migration.of(1, "create thing", "create table thing (\n  id int\n);\n")));

        MigrationResult result = runner.migrate("crlf",
                List.of(Migration.of(1, "create thing", "create table thing (\r\n  id int\r\n);\r\n")));

        assertEquals(1, result.toVersion());
        assertTrue(result.applied().isEmpty());
    }

    @Test
    public void databaseNewerThanCodeIsRejected() {
        List<Migration> release2 = List.of(
                Migration.of(1, "create thing", "create table thing (id int);"),
                Migration.of(2, "add name", "alter table thing add column name varchar(10);"));
        runner.migrate("ahead", release2);

        MigrationException e = assertThrows(MigrationException.class,
                () -> runner.migrate("ahead", release2.subList(0, 1)));

        assertTrue(e.getMessage(), e.getMessage().contains("newer than the code"));
        assertTrue(e.getMessage(), e.getMessage().contains("[2]"));
        assertEquals(2, e.currentVersion());
    }

    @Test
    public void versionAddedBelowAppliedOneIsRejected() {
        runner.migrate("gap", List.of(
                Migration.of(1, "create thing", "create table thing (id int);"),
                Migration.of(3, "add name", "alter table thing add column name varchar(10);")));

        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("gap", List.of(
                Migration.of(1, "create thing", "create table thing (id int);"),
                Migration.of(2, "late", "insert into thing (id) values (2);"),
                Migration.of(3, "add name", "alter table thing add column name varchar(10);"))));

        assertTrue(e.getMessage(), e.getMessage().contains("V002__late.sql"));
        assertEquals(0, db.queryInt("select count(*) from thing"));
    }

    @Test
    public void failingScriptLeavesNoHistoryRowAndIsRetriedWhenFixed() {
        runner.migrate("failing", List.of(Migration.of(1, "create a", "create table a (id int primary key);")));
        db.execute("insert into a (id) values (1)");
        Migration broken = Migration.of(2, "create b", "create table b (id int primary key);\n"
                + "insert into a (id) values (2);\n"
                + "insert into no_such_table (id) values (1);\n");

        MigrationException e = assertThrows(MigrationException.class,
                () -> runner.migrate("failing", List.of(
                        Migration.of(1, "create a", "create table a (id int primary key);"), broken)));

        assertEquals("failing", e.module());
        assertEquals("V002__create_b.sql", e.fileName());
        assertEquals(3, e.statementNumber());
        assertEquals(1, e.currentVersion());
        assertTrue(e.getMessage(), e.getMessage().contains("module 'failing'"));
        assertTrue(e.getMessage(), e.getMessage().contains("V002__create_b.sql, statement 3 (line 3)"));
        assertTrue(e.getMessage(), e.getMessage().toLowerCase().contains("no_such_table"));
        assertNotNull(e.getCause());
        assertEquals(List.of("1"), db.queryStrings("select version from motcua_schema_history where module = 'failing'"));
        assertEquals("DML of the failed migration is rolled back", 1, db.queryInt("select count(*) from a"));
        if (dialect == Dialect.POSTGRESQL) {
            assertFalse("PostgreSQL rolls back the DDL too", db.tableExists("b"));
        }

        Migration fixed = Migration.of(3, "create b again", "create table if not exists b (id int primary key);\n"
                + "insert into a (id) values (2);");
        MigrationResult result = runner.migrate("failing", List.of(
                Migration.of(1, "create a", "create table a (id int primary key);"), fixed));
        assertEquals(3, result.toVersion());
        assertEquals(2, db.queryInt("select count(*) from a"));
    }

    @Test
    public void transactionControlInScriptIsRejectedBeforeAnythingRuns() {
        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("txn", List.of(
                Migration.of(1, "sneaky", "create table t (id int);\ncommit;\ninsert into t values (1);"))));

        assertEquals(2, e.statementNumber());
        assertFalse(db.tableExists("t"));
    }

    @Test
    public void modulesAreIndependent() {
        runner.migrate("alpha", List.of(Migration.of(1, "create alpha", "create table alpha (id int);")));
        MigrationResult beta = runner.migrate("beta", List.of(
                Migration.of(1, "create beta", "create table beta (id int);"),
                Migration.of(2, "seed beta", "insert into beta values (1);")));

        assertEquals(0, beta.fromVersion());
        assertEquals(2, beta.toVersion());
        assertEquals(1, db.queryInt("select max(version) from motcua_schema_history where module = 'alpha'"));
    }

    @Test
    public void concurrentRunsApplyEachVersionExactlyOnce() throws Exception {
        List<Migration> scripts = new ArrayList<>();
        scripts.add(Migration.of(1, "create hits", "create table hits (version int not null);"));
        for (int v = 2; v <= 12; v++) {
            scripts.add(Migration.of(v, "hit " + v, "insert into hits (version) values (" + v + ");"));
        }
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrationResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                MigrationRunner own = new MigrationRunner(db.dataSource(), "node-" + i);
                Callable<MigrationResult> run = () -> {
                    start.await();
                    return own.migrate("race", scripts);
                };
                results.add(pool.submit(run));
            }
            start.countDown();
            int appliedInTotal = 0;
            for (Future<MigrationResult> f : results) {
                MigrationResult r = f.get(60, TimeUnit.SECONDS);
                assertEquals(12, r.toVersion());
                appliedInTotal += r.applied().size();
            }
            assertEquals(12, appliedInTotal);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(11, db.queryInt("select count(*) from hits"));
        assertEquals(11, db.queryInt("select count(distinct version) from hits"));
        assertEquals(12, db.queryInt("select count(*) from motcua_schema_history where module = 'race'"));
    }

    /** PostgreSQL only: the run really waits for the advisory lock another node holds. */
    @Test
    public void waitsForAdvisoryLockHeldByAnotherNode() throws Exception {
        Assume.assumeTrue(dialect == Dialect.POSTGRESQL);
        List<Migration> scripts = List.of(Migration.of(1, "create locked", "create table locked (id int);"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection otherNode = db.dataSource().getConnection()) {
            lockQuery(otherNode, "select pg_advisory_lock(?)");
            Future<MigrationResult> run = pool.submit(() -> runner.migrate("locked", scripts));

            awaitAdvisoryLockWaiter(otherNode);
            assertFalse(run.isDone());
            assertFalse(db.tableExists("locked"));

            lockQuery(otherNode, "select pg_advisory_unlock(?)");
            assertEquals(1, run.get(30, TimeUnit.SECONDS).toVersion());
            assertTrue(db.tableExists("locked"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void duplicateVersionsInOneModuleAreRejected() {
        MigrationException e = assertThrows(MigrationException.class, () -> runner.migrate("dup", List.of(
                Migration.of(1, "one", "create table one (id int);"),
                Migration.of(1, "other one", "create table other_one (id int);"))));

        assertTrue(e.getMessage(), e.getMessage().contains("Duplicate migration version 1"));
        assertFalse(db.tableExists("one"));
    }

    private void assertColumnMissing(String sql) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeQuery().close();
            fail("Expected the column to be gone: " + sql);
        } catch (SQLException expected) {
            // the column no longer exists
        }
    }

    private static void lockQuery(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, MigrationRunner.ADVISORY_LOCK_KEY);
            ps.execute();
        }
    }

    private static void awaitAdvisoryLockWaiter(Connection c) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long key = MigrationRunner.ADVISORY_LOCK_KEY;
        String sql = "select count(*) from pg_locks where locktype = 'advisory' and not granted"
                + " and classid::bigint = ? and objid::bigint = ?";
        while (System.nanoTime() < deadline) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, key >>> 32);
                ps.setLong(2, key & 0xFFFFFFFFL);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        fail("The migration never waited for the advisory lock");
    }
}
