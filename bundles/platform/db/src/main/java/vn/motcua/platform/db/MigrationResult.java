package vn.motcua.platform.db;

import java.util.List;

/**
 * What one {@link MigrationRunner#migrate} call did.
 *
 * @param module      module migrated
 * @param fromVersion highest version applied before the run (0 = empty)
 * @param toVersion   highest version applied after the run
 * @param applied     migrations applied by this run, in order (empty when the schema was up to date, e.g. because
 *                    another node applied them while this one waited for the lock)
 * @param totalMillis wall time of the run, including waiting for the lock
 */
public record MigrationResult(String module, int fromVersion, int toVersion, List<Applied> applied, long totalMillis) {

    public MigrationResult {
        applied = List.copyOf(applied);
    }

    /** One applied migration. */
    public record Applied(int version, String description, String fileName, long durationMillis) {
    }
}
