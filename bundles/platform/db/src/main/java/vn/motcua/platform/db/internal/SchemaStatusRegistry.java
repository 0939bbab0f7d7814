package vn.motcua.platform.db.internal;

import java.util.Map;

/**
 * Bundle-internal service through which the extender tells the health indicator how each module's schema stands.
 * A service rather than a static field so that it follows the extender's life cycle and DataSource retargeting.
 */
public interface SchemaStatusRegistry {

    /** Snapshot by module name, sorted. */
    Map<String, SchemaStatus> schemaStatuses();
}
