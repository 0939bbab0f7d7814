package vn.motcua.platform.db.api;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job that every node schedules but one node at a time runs, once per interval for the whole cluster. Its state is
 * a row of a module's job table ({@code name, last_started_at, last_finished_at, last_node, last_result}):
 * {@link #claim} locks the row with {@code FOR UPDATE SKIP LOCKED} — a node that finds it locked skips at once, with
 * no waiting and nothing done twice — and claims the run only while the last start is older than the interval (less a
 * tenth of slack for schedules that drift apart), so a stale read can never run it twice. Call {@link #claim} and
 * {@link #finish} in the run's transaction; {@link #schedule} runs it periodically on a daemon thread, logging a
 * failure once until a run works again.
 */
public final class ClusterJob {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterJob.class);

    private final String table;
    private final String name;
    private final String node;
    private ScheduledExecutorService executor;
    private boolean failing;

    /** The outcome of a claim: {@code claimed}, or why this node skipped. */
    public record Claim(boolean claimed, String skippedBecause) {
    }

    /**
     * @param table the module's job table (a constant of the module, never input)
     * @param name  the job's row
     */
    public ClusterJob(String table, String name) {
        this(table, name, nodeName());
    }

    /** With an explicit node name (tests that play several nodes in one JVM). */
    public ClusterJob(String table, String name, String node) {
        this.table = table;
        this.name = name;
        this.node = node;
    }

    /** This node's name in the job table: system property {@code motcua.node.name}, else the host name. */
    public String node() {
        return node;
    }

    /**
     * Claims this interval's run. {@code forced} (an operator's run on demand) only needs no run to have started
     * after {@code now}.
     */
    public Claim claim(EntityManager em, Instant now, Duration interval, boolean forced) {
        List<?> row = em.createNativeQuery("SELECT last_started_at FROM " + table + " WHERE name = ?1 "
            + "FOR UPDATE SKIP LOCKED").setParameter(1, name).getResultList();
        if (row.isEmpty()) {
            return new Claim(false, "another node is running " + name);
        }
        Instant due = forced ? now.plusMillis(1) : now.minus(interval.minus(interval.dividedBy(10)));
        int claimed = em.createNativeQuery("UPDATE " + table + " SET last_started_at = ?1, last_node = ?2 "
                + "WHERE name = ?3 AND (last_started_at IS NULL OR last_started_at < ?4)")
            .setParameter(1, Timestamp.from(now)).setParameter(2, node).setParameter(3, name)
            .setParameter(4, Timestamp.from(due)).executeUpdate();
        if (claimed == 0) {
            Object last = row.get(0);
            return new Claim(false, name + " ran at " + (last == null ? "?" : ((Timestamp) last).toInstant())
                + ", less than an interval ago");
        }
        return new Claim(true, null);
    }

    /** Records the end of a claimed run and what it did. */
    public void finish(EntityManager em, Instant at, String result) {
        em.createNativeQuery("UPDATE " + table + " SET last_finished_at = ?1, last_result = ?2 WHERE name = ?3")
            .setParameter(1, Timestamp.from(at))
            .setParameter(2, result.length() > 1000 ? result.substring(0, 1000) : result)
            .setParameter(3, name).executeUpdate();
    }

    /**
     * Runs {@code run} every {@code interval}, the first time after {@code min(interval, 5 min)} so that a restarted
     * cluster does not run everything at once. {@code run} returns what to log at INFO, or null for nothing.
     */
    public synchronized void schedule(Duration interval, Supplier<String> run) {
        cancel();
        long minutes = Math.max(1, interval.toMinutes());
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-job-" + name);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> runLogged(run), Math.min(minutes, 5), minutes, TimeUnit.MINUTES);
    }

    /** Stops the schedule, waiting up to 10 s for a run in progress. */
    public synchronized void cancel() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Job {} did not stop within 10 s", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    private void runLogged(Supplier<String> run) {
        try {
            String done = run.get();
            if (failing) {
                LOG.info("Job {} works again", name);
                failing = false;
            }
            if (done != null) {
                LOG.info("Job {}: {}", name, done);
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Job {} failed; retrying at the next interval", name, e);
                failing = true;
            } else {
                LOG.debug("Job {} still failing", name, e);
            }
        }
    }

    private static String nodeName() {
        String configured = System.getProperty("motcua.node.name");
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
