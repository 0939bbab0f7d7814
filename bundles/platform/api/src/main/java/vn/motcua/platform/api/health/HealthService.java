package vn.motcua.platform.api.health;

import org.osgi.annotation.versioning.ProviderType;

/** Collects every {@link HealthIndicator} and the component states into one report (REST and shell use it). */
@ProviderType
public interface HealthService {
    HealthReport report();
}
