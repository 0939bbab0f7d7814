package vn.motcua.identity.impl;

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
 * A fresh identity database: an in-memory H2 in PostgreSQL mode, or — when {@code MOTCUA_TEST_DB_URL} (+ {@code _USER},
 * {@code _PASSWORD}) is set as system property or environment variable — a new schema {@code x_<random>} in that
 * PostgreSQL database, dropped again by {@link #close()}. The schema is created by the project's own migration runner
 * from {@code db/migration/identity}, exactly as the OSGi extender does.
 */
final class TestDatabase implements AutoCloseable {
    static final String URL_KEY = "MOTCUA_TEST_DB_URL";

    /** Identity tables, children before parents, for emptying between tests. */
    private static final List<String> TABLES = List.of("identity_session", "identity_representative",
        "identity_verification", "identity_position", "identity_account", "identity_login_throttle",
        "identity_signing_key");

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
            result = new MigrationRunner(dataSource, "identity-impl-tests").migrate("identity",
                MigrationScripts.fromClasspath(TestDatabase.class.getClassLoader(), "identity"));
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
        ds.setURL("jdbc:h2:mem:identity_" + UUID.randomUUID().toString().replace("-", "")
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

    void deleteAll() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                st.executeUpdate("delete from " + table);
            }
            st.executeUpdate("update identity_job set last_started_at = null, last_finished_at = null, "
                + "last_node = null, last_result = null");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the identity tables: " + e.getMessage(), e);
        }
    }

    long count(String table) {
        return queryLong("select count(*) from " + table);
    }

    long queryLong(String sql, Object... args) {
        List<Object> row = queryRow(sql, args);
        return ((Number) row.get(0)).longValue();
    }

    /** The first row of a query as a list of column values, straight from JDBC (independent of OpenJPA). */
    List<Object> queryRow(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
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
