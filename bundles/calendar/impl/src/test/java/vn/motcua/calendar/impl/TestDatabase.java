package vn.motcua.calendar.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import vn.motcua.platform.db.MigrationRunner;
import vn.motcua.platform.db.MigrationScripts;
import vn.motcua.testing.PooledDataSource;

/**
 * A fresh calendar database migrated by the project's own runner: in-memory H2 (PostgreSQL mode), or a new schema in
 * the PostgreSQL database named by {@code MOTCUA_TEST_DB_URL} (+ {@code _USER}, {@code _PASSWORD}), dropped on close.
 */
final class TestDatabase implements AutoCloseable {
    final DataSource dataSource;
    final int schemaVersion;
    private final Runnable cleanup;

    private TestDatabase(DataSource dataSource, Runnable cleanup) {
        this.dataSource = dataSource;
        this.cleanup = cleanup;
        try {
            schemaVersion = new MigrationRunner(dataSource, "calendar-impl-tests")
                .migrate("calendar", MigrationScripts.fromClasspath(TestDatabase.class.getClassLoader(), "calendar"))
                .toVersion();
        } catch (RuntimeException e) {
            cleanup.run();
            throw e;
        }
    }

    static TestDatabase create() {
        String url = setting("MOTCUA_TEST_DB_URL");
        if (url == null) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:calendar_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            return new TestDatabase(h2, () -> execute(h2, "shutdown"));
        }
        String schema = "x_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource admin = postgres(url);
        execute(admin, "create schema " + schema);
        PGSimpleDataSource ds = postgres(url);
        ds.setCurrentSchema(schema);
        PooledDataSource pool = new PooledDataSource(ds);
        return new TestDatabase(pool, () -> {
            pool.close();
            execute(admin, "drop schema " + schema + " cascade");
        });
    }

    void deleteAll() {
        execute(dataSource, "delete from calendar_year");
        execute(dataSource, "delete from calendar_province");
    }

    private static PGSimpleDataSource postgres(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        if (setting("MOTCUA_TEST_DB_USER") != null) {
            ds.setUser(setting("MOTCUA_TEST_DB_USER"));
        }
        if (setting("MOTCUA_TEST_DB_PASSWORD") != null) {
            ds.setPassword(setting("MOTCUA_TEST_DB_PASSWORD"));
        }
        return ds;
    }

    /** System property first, then environment; unresolved Maven placeholders count as unset. */
    private static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            value = System.getenv(key);
        }
        return value == null || value.isBlank() || value.startsWith("${") ? null : value.trim();
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
        cleanup.run();
    }
}
