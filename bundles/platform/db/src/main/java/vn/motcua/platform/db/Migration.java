package vn.motcua.platform.db;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One schema version of a module: a generic script and/or per-database variants. The variant is chosen only when
 * the runner knows which database it talks to, so the same list of migrations serves PostgreSQL and H2.
 */
public final class Migration implements Comparable<Migration> {

    /** Matches the history column {@code description varchar(200)}. */
    public static final int MAX_DESCRIPTION_LENGTH = 200;

    private final int version;
    private final String description;
    private final MigrationScript generic;
    private final Map<Dialect, MigrationScript> variants;

    /**
     * @param version     positive version
     * @param description human-readable description (the file name's words)
     * @param generic     script for every database without a variant; may be {@code null} if variants cover all
     *                    databases the module runs on
     * @param variants    scripts replacing {@code generic} for one database
     */
    public Migration(int version, String description, MigrationScript generic, Map<Dialect, MigrationScript> variants) {
        if (version <= 0) {
            throw new IllegalArgumentException("Migration version must be positive: " + version);
        }
        Objects.requireNonNull(description, "description");
        if (description.isBlank() || description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("Migration V" + version + " description must be 1.."
                    + MAX_DESCRIPTION_LENGTH + " characters: '" + description + "'");
        }
        if (generic == null && (variants == null || variants.isEmpty())) {
            throw new IllegalArgumentException("Migration V" + version + " has no script");
        }
        this.version = version;
        this.description = description;
        this.generic = generic;
        EnumMap<Dialect, MigrationScript> copy = new EnumMap<>(Dialect.class);
        if (variants != null) {
            copy.putAll(variants);
        }
        this.variants = Collections.unmodifiableMap(copy);
    }

    /** A migration with one script for every database; handy in tests and for scripts built in code. */
    public static Migration of(int version, String description, String sql) {
        String fileName = String.format("V%03d__%s.sql", version, description.trim().replaceAll("\\s+", "_"));
        return new Migration(version, description, new MigrationScript(fileName, sql), Map.of());
    }

    public int version() {
        return version;
    }

    public String description() {
        return description;
    }

    /** The generic script, or {@code null} when only variants exist. */
    public MigrationScript generic() {
        return generic;
    }

    public Map<Dialect, MigrationScript> variants() {
        return variants;
    }

    /**
     * The script to run on {@code dialect}: its variant if shipped, else the generic script.
     *
     * @throws MigrationException when neither exists (only variants for other databases were shipped)
     */
    public MigrationScript scriptFor(Dialect dialect, String module) {
        MigrationScript variant = variants.get(dialect);
        if (variant != null) {
            return variant;
        }
        if (generic != null) {
            return generic;
        }
        throw new MigrationException(module, null, 0, -1,
                "Migration V" + version + " of module '" + module + "' ships only variants for " + variants.keySet()
                        + " and no generic script for " + dialect, null);
    }

    @Override
    public int compareTo(Migration other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public String toString() {
        return "V" + version + " " + description;
    }
}
