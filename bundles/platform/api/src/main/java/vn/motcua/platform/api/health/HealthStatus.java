package vn.motcua.platform.api.health;

import java.util.Map;

/** What one part of the system says about itself. */
public record HealthStatus(State state, String message, Map<String, Object> details) {
    public enum State { UP, DEGRADED, DOWN }

    public HealthStatus {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static HealthStatus up(Map<String, Object> details) {
        return new HealthStatus(State.UP, "OK", details);
    }

    public static HealthStatus down(String message, Map<String, Object> details) {
        return new HealthStatus(State.DOWN, message, details);
    }
}
