package vn.motcua.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database per test: an in-memory H2 in PostgreSQL mode, or, when {@code MOTCUA_TEST_DB_URL}
 * (+ {@code _USER}, {@code _PASSWORD}) is set as system property or environment variable, a new schema in that
 * PostgreSQL database (dropped again on {@link #close()}).
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL_KEY = "MOTCUA_TEST_DB_URL";

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Runnable cleanup;

    private TestDatabase(DataSource dataSource, Dialect dialect, Runnable cleanup) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.cleanup = cleanup;
    }

    public static TestDatabase create(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? postgres() : h2();
    }

    public static TestDatabase h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return new TestDatabase(ds, Dialect.H2, () -> execute(ds, "shutdown"));
    }

    /** Whether a PostgreSQL database for tests is configured. */
    public static boolean postgresConfigured() {
        return setting(URL_KEY) != null;
    }

    public static TestDatabase postgres() {
        String url = setting(URL_KEY);
        if (url == null) {
            throw new IllegalStateException(URL_KEY + " is not set");
        }
        String schema = "motcua_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = postgresDataSource(url);
        execute(admin, "create schema " + schema);
        PGSimpleDataSource ds = postgresDataSource(url);
        ds.setCurrentSchema(schema);
        return new TestDatabase(ds, Dialect.POSTGRESQL, () -> execute(admin, "drop schema " + schema + " cascade"));
    }

    private static PGSimpleDataSource postgresDataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        String user = setting(URL_KEY.replace("_URL", "_USER"));
        String password = setting(URL_KEY.replace("_URL", "_PASSWORD"));
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

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    public void execute(String sql) {
        execute(dataSource, sql);
    }

    public int queryInt(String sql) {
        List<String> rows = queryStrings(sql);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row from '" + sql + "' but got " + rows);
        }
        return Integer.parseInt(rows.get(0));
    }

    /** First column of every row, as strings. */
    public List<String> queryStrings(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Whether a table exists in the test's schema. */
    public boolean tableExists(String table) {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table.toLowerCase(Locale.ROOT), null)) {
            return rs.next();
        } catch (SQLException e) {
            throw new AssertionError(e);
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
        cleanup.run();
    }

    @Override
    public String toString() {
        return dialect.name().toLowerCase(Locale.ROOT);
    }
}
