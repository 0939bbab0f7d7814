package vn.motcua.audit.impl;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.audit.api.SealStatus;
import vn.motcua.platform.api.health.HealthIndicator;
import vn.motcua.platform.api.health.HealthStatus;

/**
 * Reports the chain head and the sealing backlog. DEGRADED when a record has waited longer than
 * {@value #STALE_SECONDS} s to be chained: then no node is sealing (all disabled, or failing), and records stay
 * unprotected by the chain until one does.
 */
@Component(service = HealthIndicator.class)
public class AuditHealth implements HealthIndicator {
    static final long STALE_SECONDS = 60;

    @Reference
    AuditTrailService trail;

    /** Replaced by tests. */
    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public HealthStatus check() {
        try {
            SealStatus s = trail.status();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("lastPosition", s.lastPosition());
            details.put("unsealed", s.unsealed());
            if (s.oldestUnsealedAt() != null) {
                long waiting = Duration.between(s.oldestUnsealedAt(), clock.instant()).toSeconds();
                details.put("oldestUnsealedSeconds", waiting);
                if (waiting > STALE_SECONDS) {
                    return new HealthStatus(HealthStatus.State.DEGRADED, "audit records wait " + waiting
                        + " s to be sealed; is sealing enabled on any node (vn.motcua.audit sealingEnabled)?", details);
                }
            }
            return HealthStatus.up(details);
        } catch (RuntimeException e) {
            return HealthStatus.down("audit trail unreadable: " + e.getMessage(), Map.of());
        }
    }
}
