package vn.motcua.platform.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class MigrationScriptsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private static Map<String, String> files(String... nameAndText) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            files.put(nameAndText[i], nameAndText[i + 1]);
        }
        return files;
    }

    @Test
    public void parsesVersionDescriptionAndSortsNumerically() {
        List<Migration> m = MigrationScripts.parse("catalogue", files(
                "V10__add_fee.sql", "b", "V002__create_procedure.sql", "a", "V1__create_agency.sql", "c",
                "README.txt", "ignored"));

        assertEquals(List.of(1, 2, 10), m.stream().map(Migration::version).toList());
        assertEquals("create agency", m.get(0).description());
        assertEquals("V002__create_procedure.sql", m.get(1).generic().fileName());
    }

    @Test
    public void variantsAreGroupedWithTheirGenericScript() {
        List<Migration> m = MigrationScripts.parse("catalogue", files(
                "V1__create.sql", "generic", "V1__create.postgresql.sql", "pg", "V1__create.h2.sql", "h2",
                "V2__only_pg.postgresql.sql", "pg2"));

        assertEquals(2, m.size());
        assertEquals("pg", m.get(0).scriptFor(Dialect.POSTGRESQL, "catalogue").sql());
        assertEquals("h2", m.get(0).scriptFor(Dialect.H2, "catalogue").sql());
        assertEquals("generic", m.get(0).scriptFor(Dialect.OTHER, "catalogue").sql());
        assertNull(m.get(1).generic());
        assertEquals("pg2", m.get(1).scriptFor(Dialect.POSTGRESQL, "catalogue").sql());
        MigrationException e = assertThrows(MigrationException.class, () -> m.get(1).scriptFor(Dialect.H2, "catalogue"));
        assertTrue(e.getMessage(), e.getMessage().contains("no generic script for H2"));
    }

    @Test
    public void duplicateVersionsAreErrors() {
        assertDuplicate(files("V1__create_agency.sql", "a", "V001__create_agency.sql", "b"));
        assertDuplicate(files("V1__create_agency.sql", "a", "V1__create_office.sql", "b"));
        assertDuplicate(files("V1__create_agency.sql", "a", "V1__other_name.h2.sql", "b"));
    }

    private static void assertDuplicate(Map<String, String> files) {
        MigrationException e = assertThrows(MigrationException.class, () -> MigrationScripts.parse("catalogue", files));
        assertTrue(e.getMessage(), e.getMessage().contains("Duplicate migration version 1 in module 'catalogue'"));
    }

    @Test
    public void misnamedScriptsAreErrorsNotSilentlySkipped() {
        for (String name : List.of("v1__lower_case.sql", "V1_single_underscore.sql", "V0__zero.sql",
                "V1__.sql", "V1__space in name.sql", "Vx__letters.sql", "V1__trailing_.sql")) {
            MigrationException e = assertThrows(name, MigrationException.class,
                    () -> MigrationScripts.parse("catalogue", files(name, "select 1")));
            assertEquals(name, e.fileName());
        }
        MigrationException e = assertThrows(MigrationException.class,
                () -> MigrationScripts.parse("catalogue", files("V1__create.oracle.sql", "x")));
        assertTrue(e.getMessage(), e.getMessage().contains("unknown database 'oracle'"));
    }

    @Test
    public void byteOrderMarkIsNotPartOfTheScript() {
        List<Migration> m = MigrationScripts.parse("catalogue", files("V1__bom.sql", "\uFEFFselect 1"));
        assertEquals("select 1", m.get(0).generic().sql());
    }

    @Test
    public void moduleNamesAreValidated() {
        assertEquals("catalogue", MigrationScripts.validateModule(" catalogue "));
        for (String bad : List.of("", "Catalogue", "1abc", "a/b", "x".repeat(65))) {
            assertThrows(bad, MigrationException.class, () -> MigrationScripts.validateModule(bad));
        }
    }

    @Test
    public void checksumIgnoresLineEndingsButNotContent() {
        assertEquals(MigrationScript.checksum("a\nb\n"), MigrationScript.checksum("a\r\nb\r\n"));
        assertEquals(MigrationScript.checksum("a\nb\n"), MigrationScript.checksum("a\rb\r"));
        assertNotEquals(MigrationScript.checksum("a\nb\n"), MigrationScript.checksum("a\nb \n"));
        assertEquals(64, MigrationScript.checksum("").length());
        // SHA-256 of the empty string
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", MigrationScript.checksum(""));
    }

    @Test
    public void readsFromClasspathFolder() {
        List<Migration> m = MigrationScripts.fromClasspath(getClass().getClassLoader(), "dialects");
        assertEquals(List.of(1, 2, 3), m.stream().map(Migration::version).toList());
        assertEquals(2, m.get(1).variants().size());
    }

    @Test
    public void readsFromJarOnClasspath() throws Exception {
        Path jar = tmp.getRoot().toPath().resolve("module.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // Maven-built jars carry directory entries; class loaders find folders only through them
            for (String dir : List.of("db/", "db/migration/", "db/migration/injar/", "db/migration/injar/nested/")) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
            put(out, "db/migration/injar/V1__create_x.sql", "create table x (id int);");
            put(out, "db/migration/injar/V2__seed_x.sql", "insert into x values (1);");
            put(out, "db/migration/injar/nested/V3__ignored.sql", "not read");
            put(out, "db/migration/other/V1__other.sql", "not read");
        }
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<Migration> m = MigrationScripts.fromClasspath(cl, "injar");
            assertEquals(List.of(1, 2), m.stream().map(Migration::version).toList());
            assertEquals("insert into x values (1);", m.get(1).generic().sql());
        }
    }

    @Test
    public void missingFolderIsAnError() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> MigrationScripts.fromClasspath(getClass().getClassLoader(), "nothing-here"));
        assertTrue(e.getMessage(), e.getMessage().contains("db/migration/nothing-here"));
    }

    @Test
    public void dialectDetectionFromProductName() {
        assertSame(Dialect.POSTGRESQL, Dialect.ofProductName("PostgreSQL"));
        assertSame(Dialect.H2, Dialect.ofProductName("H2"));
        assertSame(Dialect.OTHER, Dialect.ofProductName("Apache Derby"));
        assertSame(Dialect.OTHER, Dialect.ofProductName(null));
    }

    @Test
    public void advisoryLockKeyIsDerivedFromTheName() {
        assertEquals(MigrationRunner.lockKey("motcua-migrations"), MigrationRunner.ADVISORY_LOCK_KEY);
        assertNotEquals(MigrationRunner.lockKey("motcua-migration"), MigrationRunner.ADVISORY_LOCK_KEY);
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
