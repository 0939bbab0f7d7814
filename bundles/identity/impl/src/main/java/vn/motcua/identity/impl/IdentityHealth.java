package vn.motcua.identity.impl;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.health.HealthIndicator;
import vn.motcua.platform.api.health.HealthStatus;

/** Reports that identity can read its tables, with the number of accounts and open sessions. */
@Component(service = HealthIndicator.class)
public class IdentityHealth implements HealthIndicator {
    @Reference(target = "(osgi.unit.name=motcua-identity)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=identity)")
    MigratedSchema schema;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public HealthStatus check() {
        try {
            return jpa.txExpr(TransactionType.Supports, em -> {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("schemaVersion", schema.version());
                details.put("accounts", em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class)
                    .getSingleResult());
                details.put("openSessions", em.createQuery("SELECT COUNT(s) FROM SessionEntity s "
                        + "WHERE s.revokedAt IS NULL AND s.expiresAt > :now", Long.class)
                    .setParameter("now", Support.ts(clock.instant())).getSingleResult());
                return HealthStatus.up(details);
            });
        } catch (RuntimeException e) {
            return HealthStatus.down("identity tables unreadable: " + e.getMessage(), Map.of());
        }
    }
}
