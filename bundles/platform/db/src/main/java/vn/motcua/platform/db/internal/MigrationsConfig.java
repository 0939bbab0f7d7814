package vn.motcua.platform.db.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration {@value MigrationExtender#PID}, shared by the migration extender and the database health indicator
 * so that both always look at the same database.
 */
@ObjectClassDefinition(name = "MotCua database migrations",
        description = "Which data source the schema migrations and the database health check use")
public @interface MigrationsConfig {

    /** The pax-jdbc data source named {@code motcua} ({@code etc/org.ops4j.datasource-motcua.cfg}). */
    String DEFAULT_DATA_SOURCE_TARGET = "(osgi.jndi.service.name=motcua)";

    @AttributeDefinition(name = "Data source filter",
            description = "LDAP filter selecting the javax.sql.DataSource service")
    String dataSource_target() default DEFAULT_DATA_SOURCE_TARGET;
}
