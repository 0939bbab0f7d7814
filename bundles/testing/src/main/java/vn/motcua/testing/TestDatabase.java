package vn.motcua.testing;

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

import vn.motcua.platform.db.MigrationRunner;
import vn.motcua.platform.db.MigrationScripts;

/**
 * A fresh database for one module's plain JUnit tests: an in-memory H2 in PostgreSQL mode, or — when
 * {@code MOTCUA_TEST_DB_URL} (+ {@code _USER}, {@code _PASSWORD}) is set as system property or environment variable —
 * a new schema {@code x_<random>} in that PostgreSQL database, dropped again by {@link #close()}. The schema is created
 * by the project's own migration runner from {@code db/migration/<module>}, exactly as the OSGi extender does.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String URL_KEY = "MOTCUA_TEST_DB_URL";

    private final DataSource dataSource;
    private final boolean postgres;
    private final List<String> tables;
    private final int schemaVersion;
    private final Runnable cleanup;

    private TestDatabase(DataSource dataSource, boolean postgres, String module, List<String> tables,
                         Runnable cleanup) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.tables = List.copyOf(tables);
        this.cleanup = cleanup;
        try {
            this.schemaVersion = new MigrationRunner(dataSource, module + "-tests").migrate(module,
                MigrationScripts.fromClasspath(Thread.currentThread().getContextClassLoader(), module)).toVersion();
        } catch (RuntimeException e) {
            cleanup.run();
            throw e;
        }
    }

    /**
     * @param module the migration module ({@code db/migration/<module>} on the test class path)
     * @param tables the module's tables, children before parents, emptied by {@link #deleteAll()}
     */
    public static TestDatabase create(String module, List<String> tables) {
        String url = setting(URL_KEY);
        return url == null ? h2(module, tables) : postgres(url, module, tables);
    }

    private static TestDatabase h2(String module, List<String> tables) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + module + "_" + UUID.randomUUID().toString().replace("-", "")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDatabase(ds, false, module, tables, () -> execute(ds, "shutdown"));
    }

    private static TestDatabase postgres(String url, String module, List<String> tables) {
        String schema = "x_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource admin = postgresDataSource(url);
        execute(admin, "create schema " + schema);
        PGSimpleDataSource ds = postgresDataSource(url);
        ds.setCurrentSchema(schema);
        return new TestDatabase(new PooledDataSource(ds), true, module, tables,
            () -> execute(admin, "drop schema " + schema + " cascade"));
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
    public static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            value = System.getenv(key);
        }
        return value == null || value.isBlank() || value.startsWith("${") ? null : value.trim();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Whether {@link #create} will use PostgreSQL rather than H2 (a test can check it ran where it was meant to). */
    public static boolean isPostgresConfigured() {
        return setting(URL_KEY) != null;
    }

    /** The schema version the migrations brought the module to, as the extender's {@code MigratedSchema} reports it. */
    public int schemaVersion() {
        return schemaVersion;
    }

    public void deleteAll() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String table : tables) {
                st.executeUpdate("delete from " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty " + tables + ": " + e.getMessage(), e);
        }
    }

    public long count(String table) {
        return queryLong("select count(*) from " + table);
    }

    public long queryLong(String sql, Object... args) {
        List<Object> row = queryRow(sql, args);
        return ((Number) row.get(0)).longValue();
    }

    /** The first row of a query as a list of column values, straight from JDBC (independent of OpenJPA). */
    public List<Object> queryRow(String sql, Object... args) {
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

    public int update(String sql, Object... args) {
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
