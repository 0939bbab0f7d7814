package vn.motcua.platform.db.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.platform.api.health.HealthIndicator;
import vn.motcua.platform.api.health.HealthStatus;

/**
 * Health indicator {@code database}: can we get a valid connection within {@value #TIMEOUT_SECONDS} s, what database
 * is it, and how does each module's schema stand.
 *
 * <p>Why the references are optional: a missing data source or a failed extender is exactly what the health report
 * must show (DOWN), rather than the indicator silently disappearing with them. It shares configuration
 * {@value MigrationExtender#PID} with the extender, so retargeting {@code dataSource.target} moves both.
 *
 * <p>State: DOWN when there is no data source or no valid connection in time; DEGRADED when the database answers
 * but a module's migration FAILED (that module is down); UP otherwise.
 */
@Component(configurationPid = MigrationExtender.PID, service = HealthIndicator.class)
public class DatabaseHealthIndicator implements HealthIndicator {

    static final int TIMEOUT_SECONDS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealthIndicator.class);

    /** {@code password=...} in URL parameters ({@code ?a=b&password=x}) and H2 settings ({@code ;PASSWORD=x}). */
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)([?&;:]\\s*[a-z_]*(?:password|passwd|pwd)\\s*=)[^&;]*");
    /** {@code //user:password@host}. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?;]*:)[^/@?;]*@");

    @Reference(target = MigrationsConfig.DEFAULT_DATA_SOURCE_TARGET, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchemaStatusRegistry schemas;

    /** Runs the JDBC calls so that a hanging pool or network cannot hold the caller longer than the timeout. */
    private ExecutorService executor;

    @Activate
    void activate() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "motcua-db-health");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthStatus check() {
        Map<String, Object> details = new LinkedHashMap<>();
        DataSource ds = dataSource;
        HealthStatus status;
        if (ds == null) {
            status = HealthStatus.down("No data source matches " + MigrationExtender.PID + " dataSource.target", details);
        } else {
            status = probe(ds, details);
        }
        Map<String, Object> modules = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        SchemaStatusRegistry registry = schemas;
        if (registry != null) {
            for (SchemaStatus s : registry.schemaStatuses().values()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("state", s.state().name());
                m.put("version", s.version());
                m.put("bundle", s.bundle());
                if (!s.error().isEmpty()) {
                    m.put("error", s.error());
                }
                modules.put(s.module(), m);
                if (s.state() == SchemaStatus.State.FAILED) {
                    failed.add(s.module());
                }
            }
        }
        details.put("schemas", modules);
        if (status.state() == HealthStatus.State.UP && !failed.isEmpty()) {
            return new HealthStatus(HealthStatus.State.DEGRADED, "Schema migration failed for " + failed, details);
        }
        return new HealthStatus(status.state(), status.message(), details);
    }

    private HealthStatus probe(DataSource ds, Map<String, Object> details) {
        Future<Probe> result;
        try {
            result = executor.submit(() -> {
                try (Connection c = ds.getConnection()) {
                    DatabaseMetaData meta = c.getMetaData();
                    return new Probe(c.isValid(TIMEOUT_SECONDS),
                            meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion(),
                            redactUrl(meta.getURL()));
                }
            });
        } catch (RejectedExecutionException e) {
            return HealthStatus.down("Health indicator is stopping", details);
        }
        try {
            Probe probe = result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            details.put("database", probe.database());
            details.put("url", probe.url());
            return probe.valid() ? HealthStatus.up(details) : HealthStatus.down("Connection is not valid", details);
        } catch (TimeoutException e) {
            result.cancel(true);
            return HealthStatus.down("No valid connection within " + TIMEOUT_SECONDS + " s", details);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.debug("Database health check failed", cause);
            String message = cause instanceof SQLException && ((SQLException) cause).getSQLState() != null
                    ? "[" + ((SQLException) cause).getSQLState() + "] " + cause.getMessage()
                    : String.valueOf(cause);
            return HealthStatus.down(message, details);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthStatus.down("Interrupted", details);
        }
    }

    private record Probe(boolean valid, String database, String url) {
    }

    /** The JDBC URL without any password it may carry; never show credentials in a health report. */
    static String redactUrl(String url) {
        if (url == null) {
            return "";
        }
        String redacted = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(redacted).replaceAll("$1***@");
    }
}
