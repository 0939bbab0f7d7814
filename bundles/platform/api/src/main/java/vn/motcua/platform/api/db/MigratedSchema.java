package vn.motcua.platform.api.db;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the migration extender once a bundle's schema (header {@code MotCua-Schema: <module>}) is at the
 * newest version the bundle ships, with service property {@value #MODULE_PROPERTY}={@code <module>}. Components that
 * use the tables reference it, e.g. {@code @Reference(target = "(motcua.schema.module=catalogue)")}, so they only
 * start on a migrated database.
 */
@ProviderType
public interface MigratedSchema {
    String MODULE_PROPERTY = "motcua.schema.module";

    String module();

    /** Highest applied migration version. */
    int version();
}
