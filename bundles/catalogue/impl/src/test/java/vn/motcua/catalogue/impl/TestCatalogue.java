package vn.motcua.catalogue.impl;

import vn.motcua.testing.LocalJpaTemplate;
import vn.motcua.testing.TestDatabase;

import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import vn.motcua.platform.api.db.MigratedSchema;

/**
 * The catalogue components wired as Declarative Services would wire them, without OSGi: a fresh migrated database,
 * the {@code motcua-catalogue-test} persistence unit over it, a {@link LocalJpaTemplate}, and each component's
 * package-private {@code @Reference} fields set by hand.
 */
final class TestCatalogue implements AutoCloseable {
    final TestDatabase db;
    final EntityManagerFactory emf;
    final LocalJpaTemplate jpa;
    final SectorServiceImpl sectors = new SectorServiceImpl();
    final AgencyServiceImpl agencies = new AgencyServiceImpl();
    final ProcedureServiceImpl procedures = new ProcedureServiceImpl();
    final ProcessDefinitionServiceImpl processes = new ProcessDefinitionServiceImpl();
    final CatalogueTransferServiceImpl transfer = new CatalogueTransferServiceImpl();
    final CatalogueHealth health = new CatalogueHealth();
    final FormTemplateServiceImpl forms = new FormTemplateServiceImpl();
    final EFormServiceImpl eforms = new EFormServiceImpl();

    /** Catalogue tables, children before parents; cat_agency is emptied by {@link #reset()} (agencies link to each other). */
    private static final List<String> TABLES = List.of("cat_eform", "cat_form_template", "cat_process_definition",
        "cat_procedure_version_agency", "cat_procedure_version", "cat_procedure", "cat_agency_event", "cat_sector");

    /** What the migration extender registers once the schema is current. */
    record Schema(String module, int version) implements MigratedSchema {
    }

    TestCatalogue() {
        this(8);
    }

    TestCatalogue(int workingHoursPerDay) {
        db = TestDatabase.create("catalogue", TABLES);
        try {
            Map<String, Object> properties = new HashMap<>();
            properties.put("openjpa.ConnectionFactory", db.dataSource());
            properties.put("openjpa.RuntimeUnenhancedClasses", "unsupported");
            emf = Persistence.createEntityManagerFactory("motcua-catalogue-test", properties);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        jpa = new LocalJpaTemplate(emf);
        MigratedSchema schema = new Schema("catalogue", db.schemaVersion());

        sectors.jpa = jpa;
        sectors.schema = schema;
        procedures.jpa = jpa;
        procedures.schema = schema;
        agencies.jpa = jpa;
        agencies.schema = schema;
        agencies.procedures = procedures;
        processes.jpa = jpa;
        processes.schema = schema;
        processes.configure(config(workingHoursPerDay));
        transfer.jpa = jpa;
        transfer.schema = schema;
        transfer.agencies = agencies;
        transfer.sectors = sectors;
        transfer.procedures = procedures;
        transfer.processes = processes;
        health.jpa = jpa;
        health.schema = schema;
        forms.jpa = jpa;
        forms.schema = schema;
        forms.configure(formsConfig(64 * 1024));
        eforms.jpa = jpa;
        eforms.schema = schema;
    }

    /** The form service's configuration as SCR would hand it over (a small limit, so tests can exceed it). */
    static FormTemplateServiceImpl.Config formsConfig(long maxFileBytes) {
        return new FormTemplateServiceImpl.Config() {
            @Override
            public long maxFileBytes() {
                return maxFileBytes;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return FormTemplateServiceImpl.Config.class;
            }
        };
    }

    /** The component's configuration as SCR would hand it over. */
    static ProcessDefinitionServiceImpl.Config config(int workingHoursPerDay) {
        return new ProcessDefinitionServiceImpl.Config() {
            @Override
            public int workingHoursPerDay() {
                return workingHoursPerDay;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return ProcessDefinitionServiceImpl.Config.class;
            }
        };
    }

    /** Empties every table, for a clean start of the next test on the same database. */
    void reset() {
        jpa.setView(em -> em);
        db.deleteAll();
        db.update("update cat_agency set parent_code = null, successor_code = null");
        db.update("delete from cat_agency");
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            db.close();
        }
    }
}
