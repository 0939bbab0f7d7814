package vn.motcua.platform.db;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases we tell apart. Scripts are written for PostgreSQL (production) and must also run on embedded H2 in
 * {@code MODE=PostgreSQL}; where they cannot, a script may ship a variant file ({@code .postgresql.sql} /
 * {@code .h2.sql}) that replaces the generic one for that database.
 */
public enum Dialect {
    POSTGRESQL("postgresql"),
    H2("h2"),
    /** Anything else: only generic scripts apply, and only an in-JVM lock protects concurrent runs. */
    OTHER(null);

    private final String fileSuffix;

    Dialect(String fileSuffix) {
        this.fileSuffix = fileSuffix;
    }

    /** The name used in variant file names ({@code V1__x.<suffix>.sql}), or {@code null} for {@link #OTHER}. */
    public String fileSuffix() {
        return fileSuffix;
    }

    /** The dialect of a variant file suffix, e.g. {@code postgresql}; {@code null} when unknown. */
    public static Dialect ofFileSuffix(String suffix) {
        for (Dialect d : values()) {
            if (d.fileSuffix != null && d.fileSuffix.equalsIgnoreCase(suffix)) {
                return d;
            }
        }
        return null;
    }

    /** Detects the dialect from the JDBC product name, so callers never have to configure it. */
    public static Dialect of(DatabaseMetaData metaData) throws SQLException {
        return ofProductName(metaData.getDatabaseProductName());
    }

    static Dialect ofProductName(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2") || name.startsWith("h2 ")) {
            return H2;
        }
        return OTHER;
    }
}
