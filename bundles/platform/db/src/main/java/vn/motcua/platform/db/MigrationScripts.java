package vn.motcua.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns shipped files into {@link Migration}s: the naming convention, dialect variants and the duplicate check live
 * here so that the OSGi extender and plain tests (which read from the class path) apply exactly the same rules.
 *
 * <p>Convention: {@code db/migration/<module>/V<version>__<description>.sql}, version a positive integer (leading
 * zeros allowed, {@code V001} = {@code V1}), description words separated by {@code _}; optional
 * {@code V<version>__<description>.postgresql.sql} / {@code .h2.sql} replace the generic file on that database.
 */
public final class MigrationScripts {

    /** Where a bundle keeps its scripts; followed by {@code /<module>}. */
    public static final String LOCATION = "db/migration";

    /** Module names end up in {@code motcua_schema_history.module varchar(64)} and in resource paths. */
    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern FILE = Pattern.compile("V(\\d+)__([A-Za-z0-9]+(?:_[A-Za-z0-9]+)*)(?:\\.([a-z0-9]+))?\\.sql");

    private MigrationScripts() {
    }

    /** The resource folder of a module's scripts, e.g. {@code db/migration/catalogue}. */
    public static String locationOf(String module) {
        return LOCATION + "/" + validateModule(module);
    }

    /**
     * @return the trimmed module name
     * @throws MigrationException when it is not lower-case letters, digits, {@code _} or {@code -} (max. 64)
     */
    public static String validateModule(String module) {
        String m = module == null ? "" : module.trim();
        if (!MODULE.matcher(m).matches()) {
            throw new MigrationException(module, null, 0, -1, "Invalid schema module name '" + module
                    + "': use lower-case letters, digits, '_' or '-', starting with a letter, at most 64 characters",
                    null);
        }
        return m;
    }

    /**
     * Builds the migrations of a module from its files.
     *
     * @param module module, for error messages
     * @param files  file name (without directory) to script text; files not ending in {@code .sql} are ignored
     * @return migrations sorted by version
     * @throws MigrationException when a {@code .sql} file does not follow the naming convention (a misnamed script
     *                            would otherwise be skipped without anyone noticing), names an unknown database, or
     *                            two files claim the same version
     */
    public static List<Migration> parse(String module, Map<String, String> files) {
        Map<Integer, Group> byVersion = new TreeMap<>();
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            String name = file.getKey();
            if (!name.endsWith(".sql")) {
                continue;
            }
            Matcher m = FILE.matcher(name);
            if (!m.matches()) {
                throw new MigrationException(module, name, 0, -1, "Migration file '" + name + "' of module '" + module
                        + "' does not match V<version>__<words_separated_by_underscores>[.postgresql|.h2].sql", null);
            }
            int version;
            try {
                version = Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                version = 0;
            }
            if (version <= 0) {
                throw new MigrationException(module, name, 0, -1,
                        "Migration file '" + name + "' of module '" + module + "' needs a positive version", null);
            }
            String description = m.group(2).replace('_', ' ');
            Dialect dialect = null;
            if (m.group(3) != null) {
                dialect = Dialect.ofFileSuffix(m.group(3));
                if (dialect == null) {
                    throw new MigrationException(module, name, 0, -1, "Migration file '" + name + "' of module '"
                            + module + "' names unknown database '" + m.group(3) + "' (use postgresql or h2)", null);
                }
            }
            Group group = byVersion.computeIfAbsent(version, v -> new Group());
            String sql = stripBom(file.getValue());
            if (group.description != null && !group.description.equals(description)) {
                throw duplicate(module, version, group.firstFile, name);
            }
            group.description = description;
            if (group.firstFile == null) {
                group.firstFile = name;
            }
            MigrationScript script = new MigrationScript(name, sql);
            if (dialect == null) {
                if (group.generic != null) {
                    throw duplicate(module, version, group.generic.fileName(), name);
                }
                group.generic = script;
            } else {
                MigrationScript previous = group.variants.putIfAbsent(dialect, script);
                if (previous != null) {
                    throw duplicate(module, version, previous.fileName(), name);
                }
            }
        }
        List<Migration> migrations = new ArrayList<>();
        byVersion.forEach((version, g) -> migrations.add(new Migration(version, g.description, g.generic, g.variants)));
        return Collections.unmodifiableList(migrations);
    }

    /**
     * Reads a module's scripts from {@code db/migration/<module>/} on a class path, for tests of bundles that ship
     * migrations (the extender reads the same folder from the bundle). Directories and jars are both supported
     * (a jar needs its directory entries, which Maven-built jars have); several class path entries holding the
     * folder are merged.
     *
     * @throws MigrationException when no script is found or the files break the convention
     */
    public static List<Migration> fromClasspath(ClassLoader classLoader, String module) {
        String location = locationOf(module);
        Map<String, String> files = new LinkedHashMap<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(location);
            while (roots.hasMoreElements()) {
                readFolder(roots.nextElement(), location, module, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location + " from the class path", e);
        }
        if (files.isEmpty()) {
            throw new MigrationException(module, null, 0, -1, "No migration scripts found at " + location, null);
        }
        return parse(module, files);
    }

    private static void readFolder(URL root, String location, String module, Map<String, String> files)
            throws IOException {
        if ("file".equals(root.getProtocol())) {
            Path dir;
            try {
                dir = Paths.get(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("Bad folder URL " + root, e);
            }
            try (Stream<Path> list = Files.list(dir)) {
                for (Path p : (Iterable<Path>) list.filter(Files::isRegularFile).sorted()::iterator) {
                    put(files, module, p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } else if ("jar".equals(root.getProtocol())) {
            URLConnection connection = root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
                String prefix = location + "/";
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            put(files, module, name.substring(prefix.length()),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } else {
            throw new IOException("Cannot list class path folder " + root + " (protocol " + root.getProtocol() + ")");
        }
    }

    private static void put(Map<String, String> files, String module, String name, String text) {
        if (files.putIfAbsent(name, text) != null) {
            throw new MigrationException(module, name, 0, -1,
                    "Migration file '" + name + "' of module '" + module + "' is on the class path twice", null);
        }
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static MigrationException duplicate(String module, int version, String first, String second) {
        return new MigrationException(module, second, 0, -1, "Duplicate migration version " + version + " in module '"
                + module + "': '" + first + "' and '" + second + "'", null);
    }

    private static final class Group {
        String description;
        String firstFile;
        MigrationScript generic;
        final Map<Dialect, MigrationScript> variants = new EnumMap<>(Dialect.class);
    }
}
