package vn.motcua.dossier.impl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.junit.rules.ExternalResource;

import vn.motcua.testing.LocalJpaTemplate;
import vn.motcua.testing.TestDatabase;

/**
 * The dossier schema migrated on H2 (or PostgreSQL with MOTCUA_TEST_DB_URL) with the module's persistence unit, for a
 * test class: {@code @ClassRule public static final DossierTestDatabase UNIT = new DossierTestDatabase();}.
 */
final class DossierTestDatabase extends ExternalResource {
    /** Every table of the module that holds rows of a test, children first. */
    static final List<String> TABLES = List.of("dossier_notice", "dossier_attachment", "dossier_event",
        "dossier_transition", "dossier", "dossier_code_sequence");

    TestDatabase db;
    LocalJpaTemplate jpa;
    private EntityManagerFactory emf;

    @Override
    protected void before() {
        db = TestDatabase.create("dossier", TABLES);
        Map<String, Object> properties = new HashMap<>();
        properties.put("openjpa.ConnectionFactory", db.dataSource());
        emf = Persistence.createEntityManagerFactory("motcua-dossier-test", properties);
        jpa = new LocalJpaTemplate(emf);
    }

    @Override
    protected void after() {
        emf.close();
        db.close();
    }
}
