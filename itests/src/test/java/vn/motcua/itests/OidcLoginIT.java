package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.exam.Option;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Login through an OpenID Connect provider (standing in for VNeID) on the real distribution: a real provider
 * (mock-oauth2-server: discovery, JWKS, login form, RSA-signed ID tokens) runs in the test driver JVM, the connector is
 * configured by a factory configuration file as an operator would, and the browser's part is played over HTTP.
 */
public class OidcLoginIT extends MotCuaTestSupport {
    private static final String RETURN_TO = "http://localhost/portal/";
    private static final String ISSUER_PROPERTY = "motcua.itest.oidc.issuer";

    /** Runs in the driver JVM: starts the provider there and configures the connector as an operator would. */
    @Override
    protected Option[] extraOptions() {
        String issuer = OidcTestProvider.issuer("vneid");
        String cfg = "etc/vn.motcua.connectors.oidc-vneid.cfg";
        return new Option[] {
            editConfigurationFilePut("etc/custom.system.properties", ISSUER_PROPERTY, issuer),
            editConfigurationFilePut(cfg, "provider", "vneid"),
            editConfigurationFilePut(cfg, "name", "VNeID"),
            editConfigurationFilePut(cfg, "issuer", issuer),
            editConfigurationFilePut(cfg, "clientId", "motcua-bacninh"),
            editConfigurationFilePut(cfg, ".clientSecret", "bi-mat-cua-tinh"),
            editConfigurationFilePut(cfg, "redirectUri", "http://localhost/api/v1/auth/oidc/vneid/callback"),
            editConfigurationFilePut(cfg, "idNumberClaim", "so_dinh_danh"),
            editConfigurationFilePut(cfg, "allowedReturnUrls", RETURN_TO)
        };
    }

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();

    @Before
    public void ready() {
        awaitApi();
        token = null;
        await("the VNeID login to be configured", Duration.ofSeconds(60),
            () -> get("/auth/oidc/providers").body().contains("\"vneid\""));
    }

    private static String idNumber() {
        return "0" + String.format("%011d", Math.abs(new Random().nextLong()) % 100_000_000_000L);
    }

    /** The person signs in on the provider's form; returns the query of the provider's redirect to our callback. */
    private Map<String, String> signInAtProvider(String authorizeUrl, String subject, String claimsJson)
        throws Exception {
        URI authorization = URI.create(authorizeUrl);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorization).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(page.body(), 200, page.statusCode());
        String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&claims="
            + URLEncoder.encode(claimsJson, StandardCharsets.UTF_8);
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(back.body(), 302, back.statusCode());
        URI location = URI.create(back.headers().firstValue("Location").orElseThrow());
        assertTrue(location.toString(), location.toString()
            .startsWith("http://localhost/api/v1/auth/oidc/vneid/callback?"));
        return parameters(location.getRawQuery());
    }

    private static Map<String, String> parameters(String raw) {
        Map<String, String> q = new HashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return q;
    }

    private static String claims(String idNumber, String name) {
        return "{\"so_dinh_danh\":\"" + idNumber + "\",\"name\":\"" + name + "\",\"acr\":\"level2\"}";
    }

    private static String callback(Map<String, String> redirect) {
        return "/auth/oidc/vneid/callback?code=" + URLEncoder.encode(redirect.get("code"), StandardCharsets.UTF_8)
            + "&state=" + URLEncoder.encode(redirect.get("state"), StandardCharsets.UTF_8);
    }

    @Test
    @Clauses({"000-12bis.3", "002-3.2", "003-5.4"})
    public void aCitizenLogsInWithVneidAndIsSentBackToThePortalWithASession() throws Exception {
        JsonNode providers = get("/auth/oidc/providers").expect(200).json();
        assertEquals("vneid", providers.get(0).get("id").asText());
        assertEquals("VNeID", providers.get(0).get("name").asText());

        Reply start = get("/auth/oidc/vneid/authorize?returnTo="
            + URLEncoder.encode(RETURN_TO + "ho-so", StandardCharsets.UTF_8)).expect(303);
        assertTrue(start.location(), start.location().startsWith(System.getProperty(ISSUER_PROPERTY)));
        String id = idNumber();
        Map<String, String> redirect = signInAtProvider(start.location(), "vneid-" + id, claims(id, "Phạm Văn Định"));

        Reply done = get(callback(redirect)).expect(303);
        assertTrue(done.location(), done.location().startsWith(RETURN_TO + "ho-so#token="));
        Map<String, String> fragment = parameters(URI.create(done.location()).getRawFragment());
        assertEquals("Bearer", fragment.get("token_type"));
        assertNotNull(fragment.get("expires_at"));

        token = fragment.get("token");
        JsonNode me = get("/me").expect(200).json();
        assertEquals("CITIZEN", me.get("kind").asText());
        assertEquals(id, me.get("login").asText());
        assertEquals("Phạm Văn Định", me.get("displayName").asText());
        assertEquals("ACTIVE", me.get("status").asText());

        token = null;
        Reply replay = get(callback(redirect)).expect(401);
        assertEquals("oidc-unknown-state", replay.json().get("code").asText());
    }

    @Test
    @Clauses({"000-12bis.3"})
    public void withoutAReturnAddressTheCallbackAnswersTheSessionAndTheSameAccountIsUsedAgain() throws Exception {
        String id = idNumber();
        String first = null;
        for (int i = 0; i < 2; i++) {
            Reply start = get("/auth/oidc/vneid/authorize").expect(303);
            Map<String, String> redirect = signInAtProvider(start.location(), "vneid-" + id, claims(id, "Đỗ Thu"));
            JsonNode session = get(callback(redirect)).expect(200).json();
            assertEquals(id, session.get("account").get("login").asText());
            if (first == null) {
                first = session.get("account").get("id").asText();
            } else {
                assertEquals("one account per ID number", first, session.get("account").get("id").asText());
            }
        }
    }

    @Test
    public void badInputIsRefusedWithTheFieldNamed() throws Exception {
        Reply notAllowed = get("/auth/oidc/vneid/authorize?returnTo="
            + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8)).expect(400);
        assertEquals("returnTo", notAllowed.json().get("errors").get(0).get("field").asText());
        get("/auth/oidc/khong-co/authorize").expect(404);
        assertEquals("state", get("/auth/oidc/vneid/callback?code=abc").expect(400).json().get("errors").get(0)
            .get("field").asText());
        assertEquals("oidc-unknown-state", get("/auth/oidc/vneid/callback?code=abc&state=bia-dat").expect(401)
            .json().get("code").asText());

        // the person cancels at the provider: the portal is told, no session
        Reply start = get("/auth/oidc/vneid/authorize?returnTo="
            + URLEncoder.encode(RETURN_TO, StandardCharsets.UTF_8)).expect(303);
        String state = parameters(URI.create(start.location()).getRawQuery()).get("state");
        Reply cancelled = get("/auth/oidc/vneid/callback?error=access_denied&state="
            + URLEncoder.encode(state, StandardCharsets.UTF_8)).expect(303);
        assertTrue(cancelled.location(), cancelled.location().startsWith(RETURN_TO + "#error=oidc-denied"));

        // claims without a valid ID number: refused by identity, the portal is told which field
        String id = idNumber();
        Reply again = get("/auth/oidc/vneid/authorize").expect(303);
        Map<String, String> redirect = signInAtProvider(again.location(), "vneid-x-" + id,
            "{\"so_dinh_danh\":\"12-34\"}");
        JsonNode refused = get(callback(redirect)).expect(400).json();
        assertEquals("idNumber", refused.get("errors").get(0).get("field").asText());
    }
}
