package vn.motcua.catalogue.shell;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import vn.motcua.platform.api.health.HealthReport;
import vn.motcua.platform.api.health.HealthReport.ComponentState;
import vn.motcua.platform.api.health.HealthStatus;

public class HealthCommandTest {
    @Test
    public void printsChecksAndOnlyTheComponentsThatAreNotWorking() throws Exception {
        HealthReport report = new HealthReport(HealthStatus.State.DEGRADED, Instant.parse("2025-07-01T01:00:00Z"),
            "node-1", Map.of("database", HealthStatus.up(Map.of("product", "H2", "latencyMs", 3))),
            List.of(new ComponentState("vn.motcua.catalogue.impl", "AgencyServiceImpl", "ACTIVE", List.of()),
                new ComponentState("vn.motcua.catalogue.rest", "ProcedureResource", "UNSATISFIED_REFERENCE",
                    List.of("processes"))));
        HealthCommand cmd = new HealthCommand();
        cmd.health = () -> report;
        String out = new Console().run(cmd).out();
        assertTrue(out, out.startsWith("Tình trạng / Status: DEGRADED  (node-1, 2025-07-01T01:00:00Z)"));
        assertTrue(out, out.contains("latencyMs=3, product=H2"));
        assertTrue(out, out.contains("ProcedureResource"));
        assertTrue(out, out.contains("UNSATISFIED_REFERENCE"));
        assertFalse(out, out.contains("AgencyServiceImpl"));
    }

    @Test
    public void saysSoWhenEveryComponentWorks() throws Exception {
        HealthCommand cmd = new HealthCommand();
        cmd.health = () -> new HealthReport(HealthStatus.State.UP, Instant.EPOCH, "n", Map.of(),
            List.of(new ComponentState("b", "c", "SATISFIED", null)));
        String out = new Console().run(cmd).out();
        assertTrue(out, out.contains("Mọi thành phần MotCua đều hoạt động / All MotCua components are active"));
    }
}
