package vn.motcua.catalogue.impl;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.health.HealthIndicator;
import vn.motcua.platform.api.health.HealthStatus;

/** Reports that the catalogue can read its tables, with its size. */
@Component(service = HealthIndicator.class)
public class CatalogueHealth implements HealthIndicator {
    @Reference(target = "(osgi.unit.name=motcua-catalogue)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=catalogue)")
    MigratedSchema schema;

    @Override
    public String name() {
        return "catalogue";
    }

    @Override
    public HealthStatus check() {
        try {
            return jpa.txExpr(TransactionType.Supports, em -> {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("schemaVersion", schema.version());
                details.put("procedures", em.createQuery("SELECT COUNT(p) FROM ProcedureEntity p", Long.class)
                    .getSingleResult());
                details.put("agencies", em.createQuery("SELECT COUNT(a) FROM AgencyEntity a", Long.class)
                    .getSingleResult());
                details.put("sectors", em.createQuery("SELECT COUNT(s) FROM SectorEntity s", Long.class)
                    .getSingleResult());
                return HealthStatus.up(details);
            });
        } catch (RuntimeException e) {
            return HealthStatus.down("catalogue tables unreadable: " + e.getMessage(), Map.of());
        }
    }
}
