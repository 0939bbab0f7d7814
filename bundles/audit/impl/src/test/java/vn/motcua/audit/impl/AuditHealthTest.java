package vn.motcua.audit.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;

import org.junit.Test;

import vn.motcua.platform.api.health.HealthStatus;

public class AuditHealthTest extends AuditTestSupport {

    @Test
    public void upWithTheHeadAndBacklog() {
        recordAs(OFFICER, "a", 3);
        sealAll();
        recordAs(OFFICER, "b", 1);
        HealthStatus s = audit.health.check();
        assertEquals(HealthStatus.State.UP, s.state());
        assertEquals(3L, s.details().get("lastPosition"));
        assertEquals(1L, s.details().get("unsealed"));
    }

    @Test
    public void degradedWhenNothingIsSealedForAMinute() {
        recordAs(OFFICER, "a", 1);
        audit.clock.advance(Duration.ofSeconds(61));
        HealthStatus s = audit.health.check();
        assertEquals(HealthStatus.State.DEGRADED, s.state());
        assertTrue(s.message(), s.message().contains("sealingEnabled"));
    }
}
