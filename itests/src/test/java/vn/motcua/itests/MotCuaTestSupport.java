package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the real MotCua distribution (the karaf-assembly archive) in a fresh Karaf per test class, on PostgreSQL when
 * {@code motcua.itest.db.url} is set (CI) and on the embedded H2 default otherwise, and talks to it over HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class MotCuaTestSupport {
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    protected BundleContext bundleContext;

    @Configuration
    public Option[] config() {
        // The archive this build just made (not whatever the local Maven repository holds from an earlier install).
        String distribution = new File(System.getProperty("motcua.distribution",
            "../karaf-assembly/target/motcua-karaf-assembly.tar.gz")).toURI().toString();
        String port = String.valueOf(freePort());
        String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
            System.getProperty("user.home") + "/.m2/repository");
        List<Option> options = new ArrayList<>(List.of(
            karafDistributionConfiguration().frameworkUrl(distribution).name("MotCua")
                .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.INFO),
            systemProperty("pax.exam.osgi.unresolved.fail").value("true"),
            // where tests leave files for a person to look at (e.g. a rendered receipt)
            systemProperty("motcua.itest.out").value(new File("target").getAbsolutePath()),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
            editConfigurationFilePut("etc/custom.system.properties", "motcua.http.port", port),
            editConfigurationFilePut("etc/custom.system.properties", "motcua.demo.enabled", "false")));
        String dbUrl = System.getProperty("motcua.itest.db.url", "");
        if (!dbUrl.isBlank() && usePostgres()) {
            options.add(editConfigurationFilePut("etc/custom.system.properties", "motcua.db.url", dbUrl));
            options.add(editConfigurationFilePut("etc/custom.system.properties", "motcua.db.driver",
                "PostgreSQL JDBC Driver"));
            options.add(editConfigurationFilePut("etc/custom.system.properties", "motcua.db.user",
                System.getProperty("motcua.itest.db.user", "motcua")));
            options.add(editConfigurationFilePut("etc/custom.system.properties", "motcua.db.password",
                System.getProperty("motcua.itest.db.password", "motcua")));
        }
        options.addAll(List.of(extraOptions()));
        return options.toArray(new Option[0]);
    }

    /** Whether this class runs on the shared PostgreSQL when one is configured (else on a fresh embedded H2). */
    protected boolean usePostgres() {
        return true;
    }

    /** Subclasses add container options here. */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- HTTP helpers (run inside the container) ---------------------------------------------------------------------

    protected static String base() {
        return "http://localhost:" + System.getProperty("motcua.http.port") + "/api/v1";
    }

    /** A response: status, headers we need, body text, and the body as JSON when it is JSON. */
    public record Reply(int status, String contentType, String location, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public Reply expect(int expected) {
            assertEquals("HTTP status; body: " + body, expected, status);
            return this;
        }
    }

    protected static Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    protected static Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    protected static Reply postJson(String path, Object body) {
        try {
            return post(path, "application/json", body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static Reply putJson(String path, Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A binary response (PDF, files): status, content type, ETag and the bytes. */
    public record Download(int status, String contentType, String etag, String disposition, byte[] bytes) {
        public Download expect(int expected) {
            assertEquals("HTTP status; body: " + new String(bytes, StandardCharsets.UTF_8), expected, status);
            return this;
        }
    }

    protected static Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("ETag").orElse(null),
                r.headers().firstValue("Content-Disposition").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bearer token sent with every request of the test (null = anonymous). */
    protected static volatile String token;

    protected static Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Location").orElse(null), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the API answers health with 200 and the catalogue resources are published. */
    protected static void awaitApi() {
        // every capability's resources are published (the server is rebuilt as bundles come up)
        await("the API to publish every capability", Duration.ofSeconds(120), () -> {
            try {
                String token0 = token;
                token = null;
                try {
                    Reply doc = get("/openapi.json");
                    return doc.status() == 200 && doc.body().contains("\"/procedures\"")
                        && doc.body().contains("\"/auth/login\"") && doc.body().contains("\"/staff\"")
                        && doc.body().contains("\"/audit\"") && doc.body().contains("\"/calendar/due-date\"")
                        && get("/procedures?size=1").status() == 200;
                } finally {
                    token = token0;
                }
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    protected static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(pause); // polling with backoff, bounded by the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
            pause = Math.min(pause * 2, 1000);
        }
        fail("timed out after " + timeout + " waiting for " + what);
    }

    /**
     * Logs in as a new staff member with the given position and returns the bearer token. The account is issued the
     * way an administrator would (the issuing caller is a provincial operator), then its one-time password is changed
     * at first login, as the product requires.
     */
    protected String staffToken(String agencyCode, vn.motcua.platform.api.security.Role... roles) {
        vn.motcua.identity.api.StaffAccountService staff = service(vn.motcua.identity.api.StaffAccountService.class);
        vn.motcua.identity.api.AuthenticationService auth = service(vn.motcua.identity.api.AuthenticationService.class);
        vn.motcua.platform.api.security.Caller issuer = new vn.motcua.platform.api.security.Caller("itest-issuer",
            vn.motcua.platform.api.security.Caller.Kind.STAFF, "itest", java.util.Set.of(
                vn.motcua.platform.api.security.Role.PROVINCIAL_OPERATOR), agencyCode, java.util.Set.of(),
            java.util.Set.of(), java.util.Set.of(), null, "127.0.0.1");
        String username = "cb" + unique();
        vn.motcua.identity.api.StaffCreated created = vn.motcua.platform.api.security.CallerContext.callAs(issuer,
            () -> staff.create(new vn.motcua.identity.api.StaffInput(username, "Cán bộ kiểm thử", username + "@example.vn",
                null, new vn.motcua.identity.api.Position(agencyCode, java.util.Set.of(roles), java.util.Set.of(),
                    java.util.Set.of()))));
        vn.motcua.identity.api.Session first = auth.login(new vn.motcua.identity.api.LoginRequest(username,
            created.temporaryPassword()), "127.0.0.1");
        return auth.changePassword(first.token(), new vn.motcua.identity.api.PasswordChange(created.temporaryPassword(),
            "MatKhau-" + unique() + "x9"), "127.0.0.1").token();
    }

    /** A provincial operator at a new root agency of its own (created through the service, as an import would). */
    protected String operatorToken() {
        String root = agencyCode();
        rootAgency = root;
        service(vn.motcua.catalogue.api.AgencyService.class).create(new vn.motcua.catalogue.api.AgencyInput(root, null,
            "Trung tâm Phục vụ hành chính công (kiểm thử)", "Public Administration Service Centre (test)",
            vn.motcua.catalogue.api.Enums.AgencyKind.ONE_STOP_CENTRE, vn.motcua.catalogue.api.Enums.AgencyLevel.PROVINCE,
            null, null, null, null, java.time.LocalDate.of(2025, 7, 1), null));
        return staffToken(root, vn.motcua.platform.api.security.Role.PROVINCIAL_OPERATOR);
    }

    /** The root agency made by the last {@link #operatorToken()}. */
    protected String rootAgency;

    /** Messages the identity service sends, caught instead of delivered (there is no mailbox in the test). */
    protected static final java.util.List<vn.motcua.platform.api.messaging.OutboundMessage> SENT =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    private org.osgi.framework.ServiceRegistration<?> recordingSender;

    /** A citizen who registered, confirmed the one-time code and logged in; returns the bearer token. */
    protected String applicantToken() {
        if (recordingSender == null) {
            java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
            props.put(vn.motcua.platform.api.messaging.MessageSender.CHANNEL_PROPERTY, "EMAIL");
            props.put(org.osgi.framework.Constants.SERVICE_RANKING, 1000);
            recordingSender = bundleContext.registerService(vn.motcua.platform.api.messaging.MessageSender.class,
                new vn.motcua.platform.api.messaging.MessageSender() {
                    @Override
                    public vn.motcua.platform.api.messaging.OutboundMessage.Channel channel() {
                        return vn.motcua.platform.api.messaging.OutboundMessage.Channel.EMAIL;
                    }

                    @Override
                    public void send(vn.motcua.platform.api.messaging.OutboundMessage message) {
                        SENT.add(message);
                    }
                }, props);
        }
        vn.motcua.identity.api.ApplicantAccountService applicants =
            service(vn.motcua.identity.api.ApplicantAccountService.class);
        String idNumber = "0" + String.format("%011d", Math.abs(new java.util.Random().nextLong()) % 100_000_000_000L);
        String email = "cd" + unique() + "@example.vn";
        String password = "MatKhau-" + unique() + "7";
        vn.motcua.identity.api.PendingVerification pending = applicants.register(
            new vn.motcua.identity.api.ApplicantRegistration(vn.motcua.identity.api.Account.AccountKind.CITIZEN,
                idNumber, null, "Nguyễn Văn Kiểm Thử", email, null, password,
                vn.motcua.identity.api.VerificationChannel.EMAIL));
        String code = null;
        for (vn.motcua.platform.api.messaging.OutboundMessage m : SENT) {
            if (m.to().equals(email)) {
                java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(m.text());
                if (digits.find()) {
                    code = digits.group(1);
                }
            }
        }
        if (code == null) {
            throw new AssertionError("no one-time code was sent to " + email);
        }
        applicants.verify(pending.verificationId(), code);
        return service(vn.motcua.identity.api.AuthenticationService.class)
            .login(new vn.motcua.identity.api.LoginRequest(idNumber, password), "127.0.0.1").token();
    }

    @org.junit.After
    public void forgetToken() {
        if (recordingSender != null) {
            recordingSender.unregister();
            recordingSender = null;
        }
        token = null;
    }

    protected <T> T service(Class<T> type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            org.osgi.framework.ServiceReference<T> ref = bundleContext.getServiceReference(type);
            if (ref != null) {
                T s = bundleContext.getService(ref);
                if (s != null) {
                    return s;
                }
            }
            try {
                Thread.sleep(200); // bounded wait for the component to come up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("service " + type.getName() + " not available");
    }

    /** Unique suffix so tests never depend on each other's data (the PostgreSQL database is shared). */
    protected static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A unique QCVN 102-shaped agency code, e.g. 123.45.67.T12. */
    protected static String agencyCode() {
        java.util.Random r = new java.util.Random();
        return String.format("%03d.%02d.%02d.%s%02d", r.nextInt(1000), r.nextInt(100), r.nextInt(100),
            (char) ('T' + r.nextInt(6)), r.nextInt(100));
    }
}
