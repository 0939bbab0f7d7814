package vn.motcua.platform.api.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The whole system's health: the overall state (DOWN if any check is DOWN, DEGRADED if a check is degraded or a
 * MotCua component is not active), each check, and the state of each MotCua DS component.
 */
public record HealthReport(HealthStatus.State status, Instant checkedAt, String node, Map<String, HealthStatus> checks,
                           List<ComponentState> components) {
    public HealthReport {
        checks = Map.copyOf(checks);
        components = List.copyOf(components);
    }

    /** One Declarative Services component of a MotCua bundle, e.g. ACTIVE or UNSATISFIED_REFERENCE. */
    public record ComponentState(String bundle, String name, String state, List<String> unsatisfiedReferences) {
        public ComponentState {
            unsatisfiedReferences = unsatisfiedReferences == null ? List.of() : List.copyOf(unsatisfiedReferences);
        }
    }
}
