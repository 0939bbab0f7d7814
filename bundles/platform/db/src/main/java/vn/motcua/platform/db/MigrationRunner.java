package vn.motcua.platform.db;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one module's schema up to the newest (or a target) version: forward-only, each version once, in order.
 *
 * <p>Why each version in its own transaction together with its history row: on PostgreSQL DDL is transactional, so
 * a failing script leaves neither half its tables nor a history row, and the next start retries it cleanly. (H2
 * commits DDL implicitly; there only the history row is guaranteed absent.) Why the validations: a migration that
 * was edited after it ran, or a database that has versions this code does not know, means the code and the schema
 * disagree; running on would corrupt data, so the module must stay down until a human decides.
 *
 * <p>Why the locks: several Karaf nodes may start at once against one PostgreSQL database, so the whole run holds a
 * session-level {@code pg_advisory_lock(}{@link #ADVISORY_LOCK_KEY}{@code )} on a dedicated connection; whoever gets
 * it second then finds the versions already applied. H2 is embedded in one JVM, where a JVM lock is enough.
 *
 * <p>A run uses two connections of the data source at once (the lock connection and the work connection), so a
 * pool must allow at least two. Scripts must not contain transaction control ({@code commit}, {@code begin}...) nor
 * statements PostgreSQL refuses inside a transaction block ({@code create index concurrently}, {@code vacuum}).
 *
 * <p>Thread-safe; plain Java so that it runs in unit tests and in other modules' tests without OSGi.
 */
public final class MigrationRunner {

    /** Records every applied migration of every module. */
    public static final String HISTORY_TABLE = "motcua_schema_history";

    /** Name the advisory lock key is derived from. */
    public static final String LOCK_NAME = "motcua-migrations";

    /**
     * PostgreSQL advisory lock key: the first 8 bytes of SHA-256({@value #LOCK_NAME}). Derived rather than invented
     * so that it is unlikely to collide with another application's advisory locks on a shared database; find the
     * holder with {@code select * from pg_locks where locktype = 'advisory'}.
     */
    public static final long ADVISORY_LOCK_KEY = lockKey(LOCK_NAME);

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    /** Serialises runs inside this JVM where the database offers no cross-connection lock we use (H2, others). */
    private static final ReentrantLock JVM_LOCK = new ReentrantLock(true);

    private static final String CREATE_HISTORY = "create table if not exists " + HISTORY_TABLE + " ("
            + "module varchar(64) not null, "
            + "version int not null, "
            + "description varchar(200) not null, "
            + "checksum varchar(64) not null, "
            + "applied_at timestamp not null, "
            + "execution_ms int not null, "
            + "applied_by varchar(200) not null, "
            + "primary key (module, version))";

    private static final String SELECT_HISTORY = "select version, description, checksum from " + HISTORY_TABLE
            + " where module = ? order by version";

    private static final String INSERT_HISTORY = "insert into " + HISTORY_TABLE
            + " (module, version, description, checksum, applied_at, execution_ms, applied_by)"
            + " values (?, ?, ?, ?, current_timestamp, ?, ?)";

    /** Transaction control inside a script would break "one migration = one transaction". */
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?is)(begin|commit|rollback|abort|end|start\\s+transaction)(\\s+(work|transaction))?\\s*");

    private static final int MAX_STATEMENT_IN_MESSAGE = 500;

    private final DataSource dataSource;
    private final String appliedBy;

    /** Runner that records this host (and Karaf instance name) as {@code applied_by}. */
    public MigrationRunner(DataSource dataSource) {
        this(dataSource, NodeName.VALUE);
    }

    /**
     * @param appliedBy written to {@code applied_by}; truncated to 200 characters
     */
    public MigrationRunner(DataSource dataSource, String appliedBy) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        String by = appliedBy == null || appliedBy.isBlank() ? "unknown" : appliedBy;
        this.appliedBy = by.length() > 200 ? by.substring(0, 200) : by;
    }

    /**
     * Applies every shipped version the database does not have yet.
     *
     * @throws MigrationException when the scripts are inconsistent, the history disagrees with them, or a script
     *                            fails (the failed version is rolled back; earlier versions of this run stay)
     */
    public MigrationResult migrate(String module, List<Migration> migrations) {
        return migrate(module, migrations, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #migrate(String, List)} but stops after {@code targetVersion}; upgrade tests use it to build a
     * database as an older release of the bundle left it. Validation still covers all shipped migrations.
     */
    public MigrationResult migrate(String module, List<Migration> migrations, int targetVersion) {
        String name = MigrationScripts.validateModule(module);
        if (targetVersion <= 0) {
            throw new IllegalArgumentException("Target version must be positive: " + targetVersion);
        }
        NavigableMap<Integer, Migration> shipped = index(name, migrations);
        long started = System.nanoTime();
        try (Connection lockConnection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(lockConnection.getMetaData());
            Lock lock = lock(lockConnection, dialect, name);
            try (Connection connection = dataSource.getConnection()) {
                return migrateLocked(connection, dialect, name, shipped, targetVersion, started);
            } finally {
                lock.release();
            }
        } catch (SQLException e) {
            throw new MigrationException(name, null, 0, -1, "Cannot migrate module '" + name + "': "
                    + describe(e), e);
        }
    }

    private MigrationResult migrateLocked(Connection c, Dialect dialect, String module,
            NavigableMap<Integer, Migration> shipped,
            int target, long started) throws SQLException {
        ensureHistoryTable(c);
        NavigableMap<Integer, String[]> history = readHistory(c, module);
        int from = history.isEmpty() ? 0 : history.lastKey();
        validate(module, dialect, shipped, history, from);

        List<Migration> pending = new ArrayList<>();
        for (Migration m : shipped.values()) {
            if (m.version() > from && m.version() <= target) {
                pending.add(m);
            }
        }
        if (pending.isEmpty()) {
            LOG.info("Schema of module {} is up to date at version {}", module, from);
            return new MigrationResult(module, from, from, List.of(), elapsedMillis(started));
        }
        LOG.info("Migrating schema of module {} from version {} to {} on {} ({} migrations)", module, from,
                pending.get(pending.size() - 1).version(), dialect, pending.size());
        List<MigrationResult.Applied> applied = new ArrayList<>();
        int current = from;
        for (Migration m : pending) {
            applied.add(apply(c, dialect, module, m, current));
            current = m.version();
        }
        MigrationResult result = new MigrationResult(module, from, current, applied, elapsedMillis(started));
        LOG.info("Migrated schema of module {} from version {} to {} in {} ms", module, from, current,
                result.totalMillis());
        return result;
    }

    private MigrationResult.Applied apply(Connection c, Dialect dialect, String module, Migration m, int current)
            throws SQLException {
        MigrationScript script = m.scriptFor(dialect, module);
        List<SqlStatement> statements;
        try {
            statements = SqlScriptSplitter.split(script.sql());
        } catch (IllegalArgumentException e) {
            throw new MigrationException(module, script.fileName(), 0, current, "Migration of module '" + module
                    + "' cannot parse " + script.fileName() + ": " + e.getMessage(), e);
        }
        for (SqlStatement s : statements) {
            if (TRANSACTION_CONTROL.matcher(s.sql()).matches()) {
                throw new MigrationException(module, script.fileName(), s.number(), current, "Migration of module '"
                        + module + "' failed in " + script.fileName() + ", statement " + s.number() + " (line "
                        + s.line() + "): transaction control ('" + s.sql() + "') is not allowed; each migration "
                        + "already runs in its own transaction", null);
            }
        }
        LOG.info("Applying {} to module {} ({} statements)", script.fileName(), module, statements.size());
        boolean autoCommit = c.getAutoCommit();
        long t0 = System.nanoTime();
        SqlStatement running = null;
        try {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (SqlStatement s : statements) {
                    running = s;
                    LOG.debug("{} statement {} (line {}): {}", script.fileName(), s.number(), s.line(), s.sql());
                    st.execute(s.sql());
                }
            }
            running = null;
            long millis = elapsedMillis(t0);
            try (PreparedStatement ps = c.prepareStatement(INSERT_HISTORY)) {
                ps.setString(1, module);
                ps.setInt(2, m.version());
                ps.setString(3, m.description());
                ps.setString(4, script.checksum());
                ps.setInt(5, (int) Math.min(Integer.MAX_VALUE, millis));
                ps.setString(6, appliedBy);
                ps.executeUpdate();
            }
            c.commit();
            LOG.info("Applied {} to module {} in {} ms", script.fileName(), module, millis);
            return new MigrationResult.Applied(m.version(), m.description(), script.fileName(), millis);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, module, script.fileName());
            String where = running == null
                    ? "while recording it in " + HISTORY_TABLE
                    : "statement " + running.number() + " (line " + running.line() + ")";
            String message = "Migration of module '" + module + "' failed in " + script.fileName() + ", " + where
                    + ": " + (e instanceof SQLException ? describe((SQLException) e) : e.toString())
                    + (running == null ? "" : "\n  Statement: " + abbreviate(running.sql()))
                    + "\n  The migration was rolled back"
                    + (dialect == Dialect.POSTGRESQL ? "" : " (" + dialect + " commits DDL implicitly: statements "
                            + "before the failing one may remain)")
                    + "; the schema stays at version " + current + ".";
            throw new MigrationException(module, script.fileName(), running == null ? 0 : running.number(), current,
                    message, e);
        } finally {
            try {
                c.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                LOG.debug("Cannot restore auto-commit after {}", script.fileName(), e);
            }
        }
    }

    private static void validate(String module, Dialect dialect, NavigableMap<Integer, Migration> shipped,
            Map<Integer, String[]> history, int from) {
        List<String> edited = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (Map.Entry<Integer, String[]> row : history.entrySet()) {
            Migration m = shipped.get(row.getKey());
            if (m == null) {
                unknown.add(row.getKey());
                continue;
            }
            MigrationScript script = m.scriptFor(dialect, module);
            String stored = row.getValue()[1];
            if (!script.checksum().equalsIgnoreCase(stored)) {
                edited.add(script.fileName() + " (applied checksum " + stored + ", shipped " + script.checksum() + ")");
            }
        }
        if (!unknown.isEmpty()) {
            int highestShipped = shipped.isEmpty() ? 0 : shipped.lastKey();
            throw new MigrationException(module, null, 0, from, "Module '" + module + "': the database has applied "
                    + "version(s) " + unknown + " that the bundle does not ship (it ships up to version "
                    + highestShipped + "); the database schema is newer than the code. Deploy the matching bundle "
                    + "version or restore the database.", null);
        }
        if (!edited.isEmpty()) {
            throw new MigrationException(module, null, 0, from, "Module '" + module + "': migration edited after it "
                    + "was applied: " + String.join(", ", edited) + ". Migrations are forward-only: restore the "
                    + "original script and put the change into a new version.", null);
        }
        List<String> skipped = new ArrayList<>();
        for (Migration m : shipped.values()) {
            if (m.version() < from && !history.containsKey(m.version())) {
                skipped.add(m.scriptFor(dialect, module).fileName());
            }
        }
        if (!skipped.isEmpty()) {
            throw new MigrationException(module, null, 0, from, "Module '" + module + "': " + skipped + " were never "
                    + "applied but are older than the applied version " + from + ". Migrations are forward-only: "
                    + "give the change a version above " + from + ".", null);
        }
    }

    private static NavigableMap<Integer, Migration> index(String module, List<Migration> migrations) {
        NavigableMap<Integer, Migration> byVersion = new TreeMap<>();
        for (Migration m : Objects.requireNonNull(migrations, "migrations")) {
            Migration previous = byVersion.putIfAbsent(m.version(), m);
            if (previous != null) {
                throw new MigrationException(module, null, 0, -1, "Duplicate migration version " + m.version()
                        + " in module '" + module + "': '" + previous.description() + "' and '" + m.description()
                        + "'", null);
            }
        }
        return byVersion;
    }

    private static void ensureHistoryTable(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute(CREATE_HISTORY);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Version to {description, checksum}, sorted. */
    private static NavigableMap<Integer, String[]> readHistory(Connection c, String module) throws SQLException {
        NavigableMap<Integer, String[]> rows = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT_HISTORY)) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        return rows;
    }

    // ---- locking -----------------------------------------------------------------------------------------------

    private interface Lock {
        void release();
    }

    private static Lock lock(Connection lockConnection, Dialect dialect, String module) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            return advisoryLock(lockConnection, module);
        }
        if (dialect == Dialect.OTHER) {
            LOG.warn("Database {} is neither PostgreSQL nor H2: migrations of module {} are serialised in this JVM "
                    + "only", lockConnection.getMetaData().getDatabaseProductName(), module);
        }
        if (!JVM_LOCK.tryLock()) {
            LOG.info("Module {} waits for another migration run in this JVM", module);
            JVM_LOCK.lock();
        }
        return JVM_LOCK::unlock;
    }

    private static Lock advisoryLock(Connection c, String module) throws SQLException {
        // Autocommit, so that the lock connection does not sit "idle in transaction" for the whole run.
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
            c.setAutoCommit(true);
        }
        if (!queryBoolean(c, "select pg_try_advisory_lock(?)")) {
            LOG.info("Module {} waits for the migration lock (pg_advisory_lock {}) held by another run (another node or connection)", module,
                    ADVISORY_LOCK_KEY);
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_lock(?)")) {
                ps.setLong(1, ADVISORY_LOCK_KEY);
                ps.execute();
            }
        }
        LOG.debug("Holding migration lock {} for module {}", ADVISORY_LOCK_KEY, module);
        return () -> {
            try {
                if (!queryBoolean(c, "select pg_advisory_unlock(?)")) {
                    LOG.warn("Migration lock {} was not held when module {} released it", ADVISORY_LOCK_KEY, module);
                }
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
            } catch (SQLException e) {
                // The lock dies with the session; a pooled connection in this state should not be reused.
                LOG.warn("Cannot release migration lock {} after module {}", ADVISORY_LOCK_KEY, module, e);
            }
        };
    }

    private static boolean queryBoolean(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static long lockKey(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static void rollbackQuietly(Connection c, String module, String fileName) {
        try {
            c.rollback();
        } catch (SQLException e) {
            LOG.warn("Rollback after failed {} of module {} failed", fileName, module, e);
        }
    }

    private static String describe(SQLException e) {
        String state = e.getSQLState() == null ? "" : "[" + e.getSQLState() + "] ";
        return state + e.getMessage();
    }

    private static String abbreviate(String sql) {
        return sql.length() <= MAX_STATEMENT_IN_MESSAGE ? sql : sql.substring(0, MAX_STATEMENT_IN_MESSAGE) + "...";
    }

    private static long elapsedMillis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** Host name, plus the Karaf instance name when there is one; computed once because DNS may be slow. */
    private static final class NodeName {
        static final String VALUE = compute();

        private static String compute() {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = System.getenv().getOrDefault("HOSTNAME", "unknown-host");
            }
            String karaf = System.getProperty("karaf.name");
            return karaf == null || karaf.isBlank() ? host : host + "/" + karaf;
        }
    }
}
