package vn.motcua.platform.db.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;

/**
 * Just enough of an OSGi framework, built from dynamic proxies, to drive the extender's {@code BundleTracker} in a
 * plain unit test: bundles with headers, state and entries from a folder; bundle events; service registrations.
 */
final class FakeFramework {

    /** A registered service; {@link #unregistered} flips on unregister. */
    static final class Registration {
        final Object service;
        final Map<String, Object> properties;
        volatile boolean unregistered;

        Registration(Object service, Map<String, Object> properties) {
            this.service = service;
            this.properties = properties;
        }
    }

    /** A bundle whose entries are the files below {@code root}. */
    final class FakeBundle {
        final long id;
        final String symbolicName;
        final Map<String, String> headers;
        final Path root;
        volatile int state = Bundle.INSTALLED;
        final Bundle proxy;

        FakeBundle(long id, String symbolicName, Map<String, String> headers, Path root) {
            this.id = id;
            this.symbolicName = symbolicName;
            this.headers = headers;
            this.root = root;
            this.proxy = proxy(Bundle.class, (p, method, args) -> switch (method.getName()) {
                case "getBundleId" -> id;
                case "getSymbolicName" -> symbolicName;
                case "getVersion" -> new Version(1, 0, 0);
                case "getState" -> state;
                case "getHeaders" -> new Hashtable<>(headers);
                case "findEntries" -> findEntries((String) args[0], (String) args[1]);
                case "hashCode" -> Long.hashCode(id);
                case "equals" -> p == args[0];
                case "toString" -> symbolicName + " [" + id + "]";
                default -> throw new UnsupportedOperationException("Bundle." + method.getName());
            });
        }

        private Enumeration<URL> findEntries(String path, String pattern) {
            Path dir = root.resolve(path);
            if (!Files.isDirectory(dir)) {
                return null;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            List<URL> urls = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    if (Files.isRegularFile(f) && matcher.matches(f.getFileName())) {
                        urls.add(f.toUri().toURL());
                    }
                }
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return urls.isEmpty() ? null : Collections.enumeration(urls);
        }

        void start() {
            state = Bundle.STARTING;
            fire(BundleEvent.STARTING, this);
            state = Bundle.ACTIVE;
            fire(BundleEvent.STARTED, this);
        }

        void stop() {
            state = Bundle.STOPPING;
            fire(BundleEvent.STOPPING, this);
            state = Bundle.RESOLVED;
            fire(BundleEvent.STOPPED, this);
        }
    }

    final List<FakeBundle> bundles = new CopyOnWriteArrayList<>();
    final List<Registration> registrations = new CopyOnWriteArrayList<>();
    private final List<BundleListener> listeners = new CopyOnWriteArrayList<>();
    final BundleContext context = proxy(BundleContext.class, (p, method, args) -> switch (method.getName()) {
        case "addBundleListener" -> {
            listeners.add((BundleListener) args[0]);
            yield null;
        }
        case "removeBundleListener" -> {
            listeners.remove(args[0]);
            yield null;
        }
        case "getBundles" -> bundles.stream().map(b -> b.proxy).toArray(Bundle[]::new);
        case "registerService" -> register(args[1], (Dictionary<?, ?>) args[2]);
        case "hashCode" -> System.identityHashCode(p);
        case "equals" -> p == args[0];
        case "toString" -> "FakeBundleContext";
        default -> throw new UnsupportedOperationException("BundleContext." + method.getName());
    });

    FakeBundle install(String symbolicName, Map<String, String> headers, Path root) {
        FakeBundle b = new FakeBundle(bundles.size() + 1, symbolicName, headers, root);
        bundles.add(b);
        b.state = Bundle.RESOLVED;
        return b;
    }

    /** Live (not unregistered) registrations. */
    List<Registration> live() {
        return registrations.stream().filter(r -> !r.unregistered).toList();
    }

    private void fire(int type, FakeBundle bundle) {
        BundleEvent event = new BundleEvent(type, bundle.proxy);
        for (BundleListener l : listeners) {
            l.bundleChanged(event);
        }
    }

    private ServiceRegistration<?> register(Object service, Dictionary<?, ?> properties) {
        Map<String, Object> props = new java.util.HashMap<>();
        for (Enumeration<?> keys = properties.keys(); keys.hasMoreElements(); ) {
            Object key = keys.nextElement();
            props.put((String) key, properties.get(key));
        }
        Registration r = new Registration(service, props);
        registrations.add(r);
        return proxy(ServiceRegistration.class, (p, method, args) -> switch (method.getName()) {
            case "unregister" -> {
                if (r.unregistered) {
                    throw new IllegalStateException("already unregistered");
                }
                r.unregistered = true;
                yield null;
            }
            case "hashCode" -> System.identityHashCode(p);
            case "equals" -> p == args[0];
            case "toString" -> "Registration" + props;
            default -> throw new UnsupportedOperationException("ServiceRegistration." + method.getName());
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FakeFramework.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
