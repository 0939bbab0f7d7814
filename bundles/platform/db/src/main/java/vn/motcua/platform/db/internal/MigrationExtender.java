package vn.motcua.platform.db.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.db.Migration;
import vn.motcua.platform.db.MigrationException;
import vn.motcua.platform.db.MigrationResult;
import vn.motcua.platform.db.MigrationRunner;
import vn.motcua.platform.db.MigrationScripts;

/**
 * Extender: migrates the schema of every started bundle that declares {@value #SCHEMA_HEADER}{@code : <module>},
 * from the scripts it ships under {@code db/migration/<module>/}, then registers a {@link MigratedSchema} service
 * with {@value MigratedSchema#MODULE_PROPERTY}{@code =<module>}. The module's components reference that service, so
 * they start only on a migrated schema and never start on a failed one.
 *
 * <p>Why an extender: each hot-deployable bundle owns its schema, and deploying a new version of the bundle is what
 * upgrades it (the tracker sees the update as stop + start and migrates again). Why one background thread: bundle
 * events arrive on the framework's threads, which must not block on the database, and running modules one after
 * the other keeps the log readable and the database load modest.
 */
@Component(immediate = true, configurationPid = MigrationExtender.PID, service = SchemaStatusRegistry.class)
@Designate(ocd = MigrationsConfig.class)
public class MigrationExtender implements SchemaStatusRegistry {

    public static final String PID = "vn.motcua.db.migrations";

    /** Manifest header naming the schema module a bundle owns. */
    public static final String SCHEMA_HEADER = "MotCua-Schema";

    /** Service property with the version the schema is at. */
    public static final String VERSION_PROPERTY = "motcua.schema.version";

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 10;

    @Reference(target = MigrationsConfig.DEFAULT_DATA_SOURCE_TARGET)
    DataSource dataSource;

    private final Map<String, SchemaStatus> statuses = new ConcurrentHashMap<>();
    /** Module to the bundle that owns it; guarded by {@code this}. */
    private final Map<String, ModuleBundle> owners = new HashMap<>();
    private BundleContext context;
    private ExecutorService executor;
    private BundleTracker<ModuleBundle> tracker;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "motcua-db-migrations");
            t.setDaemon(true);
            return t;
        });
        this.tracker = new BundleTracker<>(bundleContext, Bundle.STARTING | Bundle.ACTIVE, new Customizer());
        tracker.open();
        LOG.info("Schema migration extender started");
    }

    @Deactivate
    void deactivate() {
        // Closing the tracker removes every bundle: queued runs are cancelled, services unregistered.
        tracker.close();
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("A schema migration is still running after {} s; it continues in the background and its "
                        + "result will be discarded", SHUTDOWN_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        statuses.clear();
        LOG.info("Schema migration extender stopped");
    }

    @Override
    public Map<String, SchemaStatus> schemaStatuses() {
        return Collections.unmodifiableMap(new TreeMap<>(statuses));
    }

    /** Waits until every migration queued so far has finished; for tests. */
    void awaitIdle(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        executor.submit(() -> { }).get(timeout, unit);
    }

    // ---- bundle life cycle -------------------------------------------------------------------------------------

    private final class Customizer implements BundleTrackerCustomizer<ModuleBundle> {
        @Override
        public ModuleBundle addingBundle(Bundle bundle, BundleEvent event) {
            String module = bundle.getHeaders("").get(SCHEMA_HEADER);
            if (module == null || module.isBlank()) {
                return null;
            }
            ModuleBundle mb = new ModuleBundle(bundle, module.trim());
            schedule(mb);
            return mb;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, ModuleBundle mb) {
            // STARTING -> ACTIVE: nothing to do, the run was scheduled when the bundle started.
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, ModuleBundle mb) {
            unschedule(mb);
        }
    }

    private void schedule(ModuleBundle mb) {
        synchronized (this) {
            ModuleBundle owner = owners.putIfAbsent(mb.module, mb);
            if (owner != null) {
                mb.conflict = true;
                LOG.error("Bundle {} declares {}: {}, which bundle {} already owns; its migrations are ignored",
                        mb.name, SCHEMA_HEADER, mb.module, owner.name);
                return;
            }
        }
        statuses.put(mb.module, new SchemaStatus(mb.module, SchemaStatus.State.PENDING, 0, mb.name, null,
                Instant.now()));
        LOG.info("Bundle {} owns schema module {}; migration queued", mb.name, mb.module);
        mb.future = executor.submit(() -> migrate(mb));
    }

    private void unschedule(ModuleBundle mb) {
        if (mb.conflict) {
            return;
        }
        ServiceRegistration<MigratedSchema> registration;
        synchronized (mb) {
            mb.removed = true;
            registration = mb.registration;
            mb.registration = null;
        }
        if (mb.future != null) {
            mb.future.cancel(false);
        }
        unregister(registration);
        synchronized (this) {
            owners.remove(mb.module, mb);
        }
        statuses.remove(mb.module);
        LOG.debug("Bundle {} stopped; schema module {} released", mb.name, mb.module);
    }

    /** Runs on the extender thread. */
    private void migrate(ModuleBundle mb) {
        if (mb.isRemoved()) {
            return;
        }
        try {
            List<Migration> migrations = readScripts(mb.bundle, mb.module);
            MigrationResult result = new MigrationRunner(dataSource).migrate(mb.module, migrations);
            register(mb, result.toVersion());
        } catch (MigrationException e) {
            fail(mb, e.getMessage(), e.currentVersion(), e);
        } catch (RuntimeException | LinkageError e) {
            // anything else would vanish inside the executor's Future and leave the module PENDING forever
            fail(mb, e.toString(), -1, e);
        }
    }

    private void register(ModuleBundle mb, int version) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(MigratedSchema.MODULE_PROPERTY, mb.module);
        properties.put(VERSION_PROPERTY, version);
        properties.put("motcua.schema.bundle", mb.bundle.getSymbolicName());
        ServiceRegistration<MigratedSchema> registration;
        try {
            // Not under a lock: registering calls out to SCR, which may activate the module's components.
            registration = context.registerService(MigratedSchema.class, new Schema(mb.module, version), properties);
        } catch (IllegalStateException e) {
            LOG.debug("Extender stopped before schema module {} could be published", mb.module, e);
            return;
        }
        boolean keep;
        synchronized (mb) {
            keep = !mb.removed;
            if (keep) {
                mb.registration = registration;
            }
        }
        if (!keep) {
            unregister(registration);
            return;
        }
        statuses.put(mb.module, new SchemaStatus(mb.module, SchemaStatus.State.MIGRATED, version, mb.name, null,
                Instant.now()));
        LOG.info("Schema module {} of bundle {} is at version {}; MigratedSchema registered", mb.module, mb.name,
                version);
    }

    private void fail(ModuleBundle mb, String message, int version, Throwable e) {
        if (mb.isRemoved()) {
            LOG.debug("Migration of module {} ended after bundle {} stopped", mb.module, mb.name, e);
            return;
        }
        statuses.put(mb.module, new SchemaStatus(mb.module, SchemaStatus.State.FAILED, Math.max(0, version), mb.name,
                message, Instant.now()));
        LOG.error("Schema migration of module {} (bundle {}) failed; its components stay unsatisfied until the "
                + "bundle is fixed and updated: {}", mb.module, mb.name, message, e);
    }

    private static void unregister(ServiceRegistration<?> registration) {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already unregistered, e.g. because the extender bundle is stopping
            }
        }
    }

    /**
     * The module's scripts, from the bundle and its fragments (a fragment may add a dialect variant).
     *
     * @throws MigrationException when there are none or they break the naming rules
     */
    static List<Migration> readScripts(Bundle bundle, String module) {
        String location = MigrationScripts.locationOf(module);
        Map<String, String> files = new TreeMap<>();
        Enumeration<URL> entries = bundle.findEntries(location, "*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                if (files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)) != null) {
                    throw new MigrationException(module, name, 0, -1, "Migration file '" + name + "' of module '"
                            + module + "' is shipped twice (bundle and fragment?)", null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + url, e);
            }
        }
        if (files.isEmpty()) {
            throw new MigrationException(module, null, 0, -1, "Bundle " + bundle.getSymbolicName() + " declares "
                    + SCHEMA_HEADER + ": " + module + " but ships no scripts at " + location + "/", null);
        }
        return MigrationScripts.parse(module, files);
    }

    /** A tracked bundle with a schema module; fields written on framework threads and read on the extender's. */
    private static final class ModuleBundle {
        final Bundle bundle;
        final String module;
        final String name;
        volatile Future<?> future;
        volatile boolean conflict;
        /** Guarded by {@code this}. */
        boolean removed;
        /** Guarded by {@code this}. */
        ServiceRegistration<MigratedSchema> registration;

        ModuleBundle(Bundle bundle, String module) {
            this.bundle = bundle;
            this.module = module;
            this.name = bundle.getSymbolicName() + "/" + bundle.getVersion();
        }

        synchronized boolean isRemoved() {
            return removed;
        }
    }

    /** The service object; immutable. */
    private record Schema(String module, int version) implements MigratedSchema {
    }
}
