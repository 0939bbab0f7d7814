package vn.motcua.platform.rest;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.platform.api.health.HealthIndicator;
import vn.motcua.platform.api.health.HealthReport;
import vn.motcua.platform.api.health.HealthService;
import vn.motcua.platform.api.health.HealthStatus;

/** Aggregates the health indicators of all bundles and the state of every MotCua component. */
@Component(service = HealthService.class)
public class SystemHealth implements HealthService {
    private static final Logger LOG = LoggerFactory.getLogger(SystemHealth.class);

    private final List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();

    @Reference
    private ServiceComponentRuntime scr;

    private BundleContext context;
    private String node;

    @Activate
    void activate(BundleContext ctx) {
        this.context = ctx;
        String configured = System.getProperty("motcua.node.name");
        if (configured == null || configured.isBlank()) {
            try {
                configured = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                configured = "unknown";
            }
        }
        this.node = configured;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(HealthIndicator indicator) {
        indicators.add(indicator);
    }

    void removeIndicator(HealthIndicator indicator) {
        indicators.remove(indicator);
    }

    @Override
    public HealthReport report() {
        Map<String, HealthStatus> checks = new TreeMap<>();
        HealthStatus.State overall = HealthStatus.State.UP;
        for (HealthIndicator indicator : indicators) {
            HealthStatus status;
            try {
                status = indicator.check();
            } catch (RuntimeException e) {
                LOG.warn("Health indicator {} failed", indicator.name(), e);
                status = HealthStatus.down(e.toString(), Map.of());
            }
            checks.put(indicator.name(), status);
            overall = worst(overall, status.state());
        }
        List<HealthReport.ComponentState> components = components();
        // UNCONFIGURED is a choice (e.g. an SMS connector nobody has set up yet), not a fault.
        if (overall == HealthStatus.State.UP && components.stream().anyMatch(c -> !c.state().equals("ACTIVE")
            && !c.state().equals("SATISFIED") && !c.state().equals("UNCONFIGURED"))) {
            overall = HealthStatus.State.DEGRADED;
        }
        return new HealthReport(overall, Instant.now(), node, checks, components);
    }

    private List<HealthReport.ComponentState> components() {
        List<HealthReport.ComponentState> out = new ArrayList<>();
        Bundle[] bundles = context.getBundles();
        List<Bundle> ours = new ArrayList<>();
        for (Bundle b : bundles) {
            if (b.getSymbolicName() != null && b.getSymbolicName().startsWith("vn.motcua.")) {
                ours.add(b);
            }
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(ours.toArray(new Bundle[0]))) {
            if (!scr.isComponentEnabled(description)) {
                out.add(new HealthReport.ComponentState(description.bundle.symbolicName, description.name, "DISABLED",
                    List.of()));
                continue;
            }
            var configurations = scr.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty()) {
                // Configuration required but none given: not started on purpose, not broken.
                out.add(new HealthReport.ComponentState(description.bundle.symbolicName, description.name,
                    "UNCONFIGURED", List.of()));
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                List<String> missing = new ArrayList<>();
                for (UnsatisfiedReferenceDTO ref : configuration.unsatisfiedReferences) {
                    missing.add(ref.name + (ref.target == null ? "" : " " + ref.target));
                }
                out.add(new HealthReport.ComponentState(description.bundle.symbolicName, description.name,
                    state(configuration.state), missing));
            }
        }
        out.sort((a, b) -> (a.bundle() + a.name()).compareTo(b.bundle() + b.name()));
        return out;
    }

    private static String state(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "UNKNOWN";
        };
    }

    private static HealthStatus.State worst(HealthStatus.State a, HealthStatus.State b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
