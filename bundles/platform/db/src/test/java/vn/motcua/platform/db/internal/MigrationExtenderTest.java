package vn.motcua.platform.db.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.db.TestDatabase;

/** Drives the extender through a fake framework (no OSGi container) against in-memory H2. */
public class MigrationExtenderTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final FakeFramework framework = new FakeFramework();
    private final Set<String> connectionThreads = ConcurrentHashMap.newKeySet();
    private TestDatabase db;
    private MigrationExtender extender;
    private Path testResources;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.h2();
        extender = new MigrationExtender();
        extender.dataSource = recordingThreads(db.dataSource());
        testResources = Paths.get(getClass().getResource("/db/migration/upgrade").toURI()).getParent().getParent()
                .getParent();
    }

    @After
    public void tearDown() {
        db.close();
    }

    @Test
    public void migratesBundlesWithHeaderOnBackgroundThreadAndRegistersSchema() throws Exception {
        framework.install("vn.motcua.upgrade.impl", Map.of("MotCua-Schema", "upgrade"), testResources).start();
        framework.install("vn.motcua.no.schema", Map.of(), testResources).start();

        extender.activate(framework.context);
        FakeFramework.FakeBundle late = framework.install("vn.motcua.dialects.impl",
                Map.of("MotCua-Schema", " dialects "), testResources);
        late.start();
        idle();

        assertEquals(Set.of("motcua-db-migrations"), connectionThreads);
        assertEquals(2, framework.live().size());
        FakeFramework.Registration upgrade = registration("upgrade");
        assertEquals(5, upgrade.properties.get("motcua.schema.version"));
        assertEquals("vn.motcua.upgrade.impl", upgrade.properties.get("motcua.schema.bundle"));
        MigratedSchema schema = (MigratedSchema) upgrade.service;
        assertEquals("upgrade", schema.module());
        assertEquals(5, schema.version());
        assertEquals(3, registration("dialects").properties.get("motcua.schema.version"));

        Map<String, SchemaStatus> statuses = extender.schemaStatuses();
        assertEquals(List.of("dialects", "upgrade"), List.copyOf(statuses.keySet()));
        assertEquals(SchemaStatus.State.MIGRATED, statuses.get("upgrade").state());
        assertEquals(5, statuses.get("upgrade").version());
        assertEquals("vn.motcua.upgrade.impl/1.0.0", statuses.get("upgrade").bundle());
        assertEquals(8, db.queryInt("select count(*) from motcua_schema_history"));
    }

    @Test
    public void failedMigrationRegistersNothingAndIsRetriedWhenTheBundleIsUpdated() throws Exception {
        Path root = tmp.newFolder("bundle").toPath();
        Path dir = Files.createDirectories(root.resolve("db/migration/fragile"));
        write(dir.resolve("V1__create_fragile.sql"), "create table fragile (id int primary key);");
        write(dir.resolve("V2__seed_fragile.sql"), "insert into fragile (id) values (1);\ninsert into fragile (id) values ('x');");
        extender.activate(framework.context);
        FakeFramework.FakeBundle bundle = framework.install("vn.motcua.fragile", Map.of("MotCua-Schema", "fragile"), root);

        bundle.start();
        idle();

        assertTrue(framework.live().isEmpty());
        SchemaStatus failed = extender.schemaStatuses().get("fragile");
        assertEquals(SchemaStatus.State.FAILED, failed.state());
        assertEquals(1, failed.version());
        assertTrue(failed.error(), failed.error().contains("V2__seed_fragile.sql, statement 2"));
        assertEquals(0, db.queryInt("select count(*) from fragile"));

        // "bundle:update": the new jar fixes V2 (never applied, so it may still change); update = stop + start
        write(dir.resolve("V2__seed_fragile.sql"), "insert into fragile (id) values (1);\ninsert into fragile (id) values (2);");
        bundle.stop();
        bundle.start();
        idle();

        assertEquals(1, framework.live().size());
        assertEquals(2, registration("fragile").properties.get("motcua.schema.version"));
        assertEquals(SchemaStatus.State.MIGRATED, extender.schemaStatuses().get("fragile").state());
        assertEquals(2, db.queryInt("select count(*) from fragile"));
    }

    @Test
    public void stoppingTheBundleOrTheExtenderUnregistersTheSchema() throws Exception {
        FakeFramework.FakeBundle upgrade =
                framework.install("vn.motcua.upgrade.impl", Map.of("MotCua-Schema", "upgrade"), testResources);
        FakeFramework.FakeBundle dialects =
                framework.install("vn.motcua.dialects.impl", Map.of("MotCua-Schema", "dialects"), testResources);
        upgrade.start();
        dialects.start();
        extender.activate(framework.context);
        idle();
        assertEquals(2, framework.live().size());

        upgrade.stop();
        assertEquals(1, framework.live().size());
        assertNull(extender.schemaStatuses().get("upgrade"));

        extender.deactivate();
        assertTrue(framework.live().isEmpty());
        assertTrue(extender.schemaStatuses().isEmpty());
    }

    @Test
    public void headerWithoutScriptsFails() throws Exception {
        extender.activate(framework.context);
        framework.install("vn.motcua.empty", Map.of("MotCua-Schema", "empty"), tmp.newFolder().toPath()).start();
        idle();

        SchemaStatus status = extender.schemaStatuses().get("empty");
        assertEquals(SchemaStatus.State.FAILED, status.state());
        assertTrue(status.error(), status.error().contains("ships no scripts at db/migration/empty/"));
        assertTrue(framework.live().isEmpty());
    }

    @Test
    public void secondBundleClaimingTheSameModuleIsIgnored() throws Exception {
        extender.activate(framework.context);
        framework.install("vn.motcua.first", Map.of("MotCua-Schema", "dialects"), testResources).start();
        framework.install("vn.motcua.second", Map.of("MotCua-Schema", "dialects"), testResources).start();
        idle();

        assertEquals(1, framework.live().size());
        assertEquals("vn.motcua.first", registration("dialects").properties.get("motcua.schema.bundle"));
        assertEquals("vn.motcua.first/1.0.0", extender.schemaStatuses().get("dialects").bundle());
    }

    private void idle() throws Exception {
        extender.awaitIdle(60, TimeUnit.SECONDS);
    }

    private FakeFramework.Registration registration(String module) {
        List<FakeFramework.Registration> found = framework.live().stream()
                .filter(r -> module.equals(r.properties.get(MigratedSchema.MODULE_PROPERTY))).toList();
        assertEquals("registrations of " + module, 1, found.size());
        return found.get(0);
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Wraps a DataSource to record which threads ask it for connections. */
    private DataSource recordingThreads(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (p, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connectionThreads.add(Thread.currentThread().getName());
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
