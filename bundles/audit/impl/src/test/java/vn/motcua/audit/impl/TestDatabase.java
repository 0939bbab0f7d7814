package vn.motcua.audit.impl;

import vn.motcua.testing.PooledDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import vn.motcua.platform.db.MigrationResult;
import vn.motcua.platform.db.MigrationRunner;
import vn.motcua.platform.db.MigrationScripts;

/**
 * A fresh audit database: an in-memory H2 in PostgreSQL mode, or — when {@code MOTCUA_TEST_DB_URL} (+ {@code _USER},
 * {@code _PASSWORD}) is set as system property or environment variable — a new schema {@code x_<random>} in that
 * PostgreSQL database, dropped again by {@link #close()}. The schema is created by the project's own migration runner
 * from {@code db/migration/audit}, exactly as the OSGi extender does.
 *
 * <p>On PostgreSQL the trail is append-only by trigger; {@link #tamper} and {@link #reset} act as a database owner
 * would, disabling it inside their own transaction, so no other session ever sees it off.
 */
final class TestDatabase implements AutoCloseable {
    static final String URL_KEY = "MOTCUA_TEST_DB_URL";

    private final DataSource dataSource;
    private final boolean postgres;
    private final int schemaVersion;
    private final Runnable cleanup;

    private TestDatabase(DataSource dataSource, boolean postgres, Runnable cleanup) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.cleanup = cleanup;
        MigrationResult result;
        try {
            result = new MigrationRunner(dataSource, "audit-impl-tests").migrate("audit",
                MigrationScripts.fromClasspath(TestDatabase.class.getClassLoader(), "audit"));
        } catch (RuntimeException e) {
            cleanup.run();
            throw e;
        }
        this.schemaVersion = result.toVersion();
    }

    static TestDatabase create() {
        return setting(URL_KEY) == null ? h2() : postgres(setting(URL_KEY));
    }

    private static TestDatabase h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit_" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDatabase(ds, false, () -> execute(ds, "shutdown"));
    }

    private static TestDatabase postgres(String url) {
        String schema = "x_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource admin = postgresDataSource(url);
        execute(admin, "create schema " + schema);
        PGSimpleDataSource ds = postgresDataSource(url);
        ds.setCurrentSchema(schema);
        return new TestDatabase(new PooledDataSource(ds), true, () -> execute(admin, "drop schema " + schema + " cascade"));
    }

    private static PGSimpleDataSource postgresDataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        String user = setting("MOTCUA_TEST_DB_USER");
        String password = setting("MOTCUA_TEST_DB_PASSWORD");
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        return ds;
    }

    /** System property first, then environment; unresolved Maven placeholders count as unset. */
    static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            value = System.getenv(key);
        }
        return value == null || value.isBlank() || value.startsWith("${") ? null : value.trim();
    }

    DataSource dataSource() {
        return dataSource;
    }

    boolean isPostgres() {
        return postgres;
    }

    int schemaVersion() {
        return schemaVersion;
    }

    /** Empties the trail and rewinds the chain head, as a database owner could. */
    void reset() {
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
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                if (postgres) {
                    st.execute("alter table audit_record disable trigger user");
                }
                int changed;
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.length; i++) {
                        ps.setObject(i + 1, params[i]);
                    }
                    changed = ps.executeUpdate();
                }
                if (postgres) {
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

    /** Runs one statement as the application's database role would (no trigger switched off). */
    int update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** The first column of every row of a query, straight from JDBC. */
    List<Object> column(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long count(String sql, Object... params) {
        return ((Number) column(sql, params).get(0)).longValue();
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (dataSource instanceof PooledDataSource pool) {
            pool.close();
        }
        cleanup.run();
    }

    @Override
    public String toString() {
        return postgres ? "postgresql" : "h2";
    }
}
