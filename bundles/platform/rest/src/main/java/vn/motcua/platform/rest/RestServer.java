package vn.motcua.platform.rest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.endpoint.ServerImpl;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.Destination;
import org.apache.cxf.transport.MessageObserver;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Authenticator;
import vn.motcua.platform.rest.openapi.OpenApiInfo;

/**
 * Owns the one CXF JAX-RS server of the API. Resources are whiteboard services ({@link RestResource}); when they come
 * or go (a feature installed or removed at run time) the server is rebuilt once the burst of changes settles, with the
 * shared JSON provider, error mappers, request-id filter and the OpenAPI document of exactly what is published.
 */
@Component(immediate = true, configurationPid = "vn.motcua.rest")
@Designate(ocd = RestServer.Config.class)
public class RestServer {
    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);

    @ObjectClassDefinition(name = "MotCua REST API", description = "Address and limits of the HTTP API")
    public @interface Config {
        @AttributeDefinition(description = "Address below the CXF servlet context (org.apache.cxf.servlet.context)")
        String address() default "/v1";

        @AttributeDefinition(description = "Largest request body accepted, in bytes")
        long maxRequestBytes() default 32L * 1024 * 1024;

        @AttributeDefinition(description = "Public base URL of the API, shown in the OpenAPI document")
        String publicUrl() default "/api/v1";

        @AttributeDefinition(description = "Milliseconds to wait for a burst of resource changes before rebuilding")
        long rebuildDelayMillis() default 300;

        @AttributeDefinition(description = "Addresses of reverse proxies whose X-Forwarded-For is believed")
        String[] trustedProxies() default {"127.0.0.1", "::1", "0:0:0:0:0:0:0:1"};
    }

    private final Set<RestResource> resources = ConcurrentHashMap.newKeySet();
    private final ObjectMapper mapper = JsonMapper.create();
    private ScheduledExecutorService rebuilder;
    private ScheduledFuture<?> pending;
    private Server server;
    private Config config;
    private volatile OpenApiResource openApi;

    /** Optional: without an identity bundle every call is anonymous, and bearer tokens are refused with 503. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
        policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog auditLog;

    @Activate
    void activate(Config config) {
        this.config = config;
        this.rebuilder = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-rest-rebuild");
            t.setDaemon(true);
            return t;
        });
        scheduleRebuild();
    }

    @Deactivate
    synchronized void deactivate() {
        rebuilder.shutdownNow();
        destroyServer();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResource(RestResource resource) {
        resources.add(resource);
        scheduleRebuild();
    }

    void removeResource(RestResource resource) {
        resources.remove(resource);
        scheduleRebuild();
    }

    private synchronized void scheduleRebuild() {
        if (rebuilder == null || rebuilder.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = rebuilder.schedule(this::rebuild, config.rebuildDelayMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Builds the new server while the old one keeps serving, then swaps them on the shared HTTP destination: requests
     * see the old resources or the new ones, never "no service" (building the model takes up to a second or two).
     */
    private synchronized void rebuild() {
        List<Object> beans = new ArrayList<>(resources);
        beans.sort(Comparator.comparing(o -> o.getClass().getName()));
        List<Class<?>> documented = new ArrayList<>();
        for (Object bean : beans) {
            documented.add(bean.getClass());
        }
        openApi = new OpenApiResource(mapper, new OpenApiInfo("MotCua API",
            "1", "Hệ thống thông tin giải quyết thủ tục hành chính — API. Lỗi theo RFC 7807 (application/problem+json).",
            config.publicUrl()), documented);
        beans.add(openApi);

        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        // CXF's OSGi integration wires its servlet transport (context /api) into the default bus; it registers no Bus service.
        Bus bus = BusFactory.getDefaultBus(true);
        factory.setBus(bus);
        factory.setAddress(config.address());
        factory.setServiceBeans(beans);
        List<Object> providers = new ArrayList<>();
        providers.add(new JacksonJsonProvider(mapper));
        providers.add(new RequestContextFilter(config.maxRequestBytes()));
        providers.add(new AccessFilter(() -> authenticator, () -> auditLog, Set.of(config.trustedProxies())));
        providers.add(new StrictParamConverters());
        providers.addAll(ExceptionMappers.all());
        factory.setProviders(providers);
        // built without starting: a destination takes one server at a time (JAX-RS refuses a second one)
        factory.setStart(false);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // CXF looks up parts of itself through the context class loader.
            Thread.currentThread().setContextClassLoader(RestServer.class.getClassLoader());
            Server next = factory.create();
            Server old = server;
            Destination shared = next.getDestination();
            // the old server lets go of the destination but its observer keeps answering until the swap
            if (old instanceof ServerImpl impl) {
                impl.setDestination(new DetachedDestination(shared.getAddress()));
            }
            MessageObserver answering = shared.getMessageObserver();
            synchronized (shared) {
                shared.setMessageObserver(null);
                try {
                    next.start();
                } catch (RuntimeException e) {
                    shared.setMessageObserver(answering);
                    throw e;
                }
            }
            server = next;
            retire(old);
            LOG.info("REST API published at {} with {} resources", config.address(), resources.size());
        } catch (RuntimeException e) {
            LOG.error("Could not publish the REST API; the previous one keeps serving", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Releases a replaced server (registration, management beans, cleanup hooks); it is detached already. */
    private static void retire(Server old) {
        if (old == null) {
            return;
        }
        try {
            old.destroy();
        } catch (RuntimeException e) {
            LOG.warn("Error while releasing the replaced REST API server", e);
        }
    }

    private void destroyServer() {
        if (server != null) {
            try {
                server.destroy();
            } catch (RuntimeException e) {
                LOG.warn("Error while stopping the REST API", e);
            }
            server = null;
        }
    }

    /** Classes currently published, for tests and diagnostics. */
    Collection<RestResource> resources() {
        return Set.copyOf(resources);
    }
}
