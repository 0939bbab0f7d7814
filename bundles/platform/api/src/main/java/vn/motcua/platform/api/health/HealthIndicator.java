package vn.motcua.platform.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: every component that can tell whether it works registers one; {@code GET /api/v1/health}
 * and {@code motcua:health} report them all. A check must be quick (it runs on every health call) and must not throw.
 */
@ConsumerType
public interface HealthIndicator {
    /** Short stable name, e.g. {@code database}, {@code catalogue}. */
    String name();

    HealthStatus check();
}
