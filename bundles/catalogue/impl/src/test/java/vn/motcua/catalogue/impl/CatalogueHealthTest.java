package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.lang.reflect.Proxy;

import org.apache.aries.jpa.template.JpaTemplate;
import org.junit.Test;

import vn.motcua.platform.api.health.HealthStatus;
import vn.motcua.testing.TestDatabase;

public class CatalogueHealthTest extends CatalogueTestSupport {

    @Test
    public void reportsTheSchemaVersionAndTheCatalogueSize() {
        standardCatalogue();
        cat.procedures.create(procedure("1.000001", "Thủ tục").agencies(DEPT_CONSTRUCTION).build());
        HealthStatus status = cat.health.check();
        assertEquals("catalogue", cat.health.name());
        assertEquals(HealthStatus.State.UP, status.state());
        assertEquals(cat.db.schemaVersion(), status.details().get("schemaVersion"));
        assertTrue(cat.db.schemaVersion() >= 1);
        assertEquals(1L, status.details().get("procedures"));
        assertEquals(6L, status.details().get("agencies"));
        assertEquals(3L, status.details().get("sectors"));
        assertEquals("the test runs on the configured database", TestDatabase.isPostgresConfigured(),
            cat.db.isPostgres());
    }

    @Test
    public void isDownWhenTheTablesCannotBeRead() {
        CatalogueHealth broken = new CatalogueHealth();
        broken.schema = cat.health.schema;
        broken.jpa = (JpaTemplate) Proxy.newProxyInstance(JpaTemplate.class.getClassLoader(),
            new Class<?>[] {JpaTemplate.class}, (proxy, method, args) -> {
                throw new IllegalStateException("connection refused");
            });
        HealthStatus status = broken.check();
        assertEquals(HealthStatus.State.DOWN, status.state());
        assertTrue(status.message(), status.message().contains("connection refused"));
    }
}
