package vn.motcua.connectors.oidc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

import com.nimbusds.jwt.JWTClaimsSet;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import vn.motcua.identity.api.Account;
import vn.motcua.identity.api.ExternalIdentity;
import vn.motcua.identity.api.ExternalSignInService;
import vn.motcua.identity.api.Session;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.error.MotCuaException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.testing.LocalJpaTemplate;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TypedConfig;

/**
 * The relying party against a real OpenID Connect provider (navikt mock-oauth2-server: discovery, JWKS, authorization
 * code with an interactive login form, RSA-signed ID tokens) and the real login-request store on H2 or PostgreSQL.
 * The identity bundle is the one thing replaced: a recorder of the sign-ins the connector asks for.
 */
// clauses: 000-12bis.3, 002-3.2, 003-5.4
public class OidcLoginTest {
    private static final String CITIZEN = "001099012345";
    private static final String PORTAL = "https://dichvucong.bacninh.gov.vn/";
    private static MockOAuth2Server provider;
    private static TestDatabase db;
    private static EntityManagerFactory emf;

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<ExternalIdentity> signedIn = new CopyOnWriteArrayList<>();
    private final List<AuditRecord> audited = new CopyOnWriteArrayList<>();
    private LoginRequests requests;
    private OidcLogin login;

    @BeforeClass
    public static void startProvider() {
        provider = new MockOAuth2Server(new OAuth2Config(true));
        provider.start();
        db = TestDatabase.create("oidc", List.of("oidc_login_request", "oidc_identity_link"));
        Map<String, Object> properties = new HashMap<>();
        properties.put("openjpa.ConnectionFactory", db.dataSource());
        emf = Persistence.createEntityManagerFactory("motcua-oidc-test", properties);
    }

    @AfterClass
    public static void stopProvider() {
        emf.close();
        db.close();
        provider.shutdown();
    }

    @Before
    public void wire() {
        requests = new LoginRequests();
        requests.jpa = new LocalJpaTemplate(emf);
        login = new OidcLogin();
        login.providers = List.of(configured(config()));
        login.requests = requests;
        login.signIn = new ExternalSignInService() {
            @Override
            public Session signIn(ExternalIdentity identity, String clientAddress) {
                if (identity.idNumber() == null || !identity.idNumber().matches("\\d{12}")) {
                    throw ValidationException.of("idNumber", "invalid", "sai", "invalid");
                }
                signedIn.add(identity);
                Account account = new Account("acc-" + identity.idNumber(), Account.AccountKind.CITIZEN,
                    identity.idNumber(), identity.displayName(), identity.email(), identity.phone(),
                    Account.AccountStatus.ACTIVE, java.util.Set.of(), null, false, Instant.now(), Instant.now());
                return new Session("token-" + signedIn.size(), "Bearer", Instant.now().plusSeconds(3600), account);
            }
        };
        login.audit = new AuditLog() {
            @Override
            public void record(AuditRecord record) {
                audited.add(record);
            }
        };
    }

    @After
    public void empty() {
        db.deleteAll();
    }

    private static Map<String, Object> config() {
        Map<String, Object> c = new HashMap<>();
        c.put("provider", "vneid");
        c.put("name", "VNeID");
        c.put("issuer", provider.issuerUrl("vneid").toString());
        c.put("clientId", "motcua-bacninh");
        c.put(".clientSecret", "s3cret");
        c.put("redirectUri", "https://dichvucong.bacninh.gov.vn/api/v1/auth/oidc/vneid/callback");
        c.put("idNumberClaim", "so_dinh_danh");
        c.put("allowedReturnUrls", PORTAL);
        return c;
    }

    private static OidcProvider configured(Map<String, Object> values) {
        OidcProvider p = new OidcProvider();
        p.configure(TypedConfig.of(OidcProviderConfig.class, values));
        return p;
    }

    /** What the provider sends the browser back with, after the person signs in on its login form. */
    private record Redirect(URI location, Map<String, String> query) {
    }

    private Redirect signInAtProvider(URI authorization, String subject, String claimsJson) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(authorization).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(page.body(), 200, page.statusCode());
        assertTrue("the provider shows its login form", page.body().contains("<form"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", subject);
        form.put("claims", claimsJson);
        HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(OidcClient.form(form))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(posted.body(), 302, posted.statusCode());
        URI location = URI.create(posted.headers().firstValue("Location").orElseThrow());
        return new Redirect(location, query(location));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return q;
    }

    private static String claims(String idNumber) {
        return "{\"so_dinh_danh\": \"" + idNumber + "\", \"name\": \"Lê Thị Hoa\", \"email\": \"hoa.le@example.vn\","
            + " \"acr\": \"level2\"}";
    }

    private OidcLogin.Completion fullLogin(String subject, String idNumber) throws Exception {
        Redirect back = signInAtProvider(login.begin("vneid", null, "203.0.113.5"), subject, claims(idNumber));
        return login.complete("vneid", back.query().get("code"), back.query().get("state"), null, null,
            "203.0.113.5");
    }

    @Test
    public void aCitizenSignsInThroughTheProviderAndGetsASession() throws Exception {
        URI authorization = login.begin("vneid", null, "203.0.113.5");
        Map<String, String> asked = query(authorization);
        assertEquals("code", asked.get("response_type"));
        assertEquals("motcua-bacninh", asked.get("client_id"));
        assertEquals("S256", asked.get("code_challenge_method"));
        assertEquals("openid profile", asked.get("scope"));
        assertEquals(1, db.count("oidc_login_request"));
        assertEquals("the verifier never leaves the server", 0, authorization.toString().chars().filter(c -> c == '#')
            .count());

        Redirect back = signInAtProvider(authorization, "vneid-sub-1", claims(CITIZEN));
        assertTrue(back.location().toString(), back.location().toString()
            .startsWith("https://dichvucong.bacninh.gov.vn/api/v1/auth/oidc/vneid/callback?"));
        assertEquals(asked.get("state"), back.query().get("state"));

        OidcLogin.Completion done = login.complete("vneid", back.query().get("code"), back.query().get("state"),
            null, null, "203.0.113.5");
        assertNull(done.failure());
        assertNull(done.returnTo());
        assertEquals("token-1", done.session().token());
        ExternalIdentity person = signedIn.get(0);
        assertEquals("vneid", person.provider());
        assertEquals("vneid-sub-1", person.subject());
        assertEquals(CITIZEN, person.idNumber());
        assertEquals("Lê Thị Hoa", person.displayName());
        assertEquals("hoa.le@example.vn", person.email());
        assertEquals("level2", person.assurance());
        assertEquals("the login request is used up", 0, db.count("oidc_login_request"));
        assertEquals(CITIZEN, db.queryRow("select id_number from oidc_identity_link where subject = ?",
            "vneid-sub-1").get(0));
    }

    @Test
    public void aStateWorksOnceSoAReplayedCallbackIsRefused() throws Exception {
        Redirect back = signInAtProvider(login.begin("vneid", null, null), "vneid-sub-1", claims(CITIZEN));
        String code = back.query().get("code");
        String state = back.query().get("state");
        assertNull(login.complete("vneid", code, state, null, null, null).failure());
        UnauthorizedException replay = assertThrows(UnauthorizedException.class,
            () -> login.complete("vneid", code, state, null, null, null));
        assertEquals("oidc-unknown-state", replay.code());
        assertEquals(1, signedIn.size());
        assertTrue(audited.stream().anyMatch(r -> r.action().equals("oidc.login")
            && r.outcome() == AuditRecord.Outcome.DENIED));
        assertEquals("oidc-unknown-state", assertThrows(UnauthorizedException.class,
            () -> login.complete("vneid", code, "made-up-state", null, null, null)).code());
        assertEquals("state", assertThrows(ValidationException.class,
            () -> login.complete("vneid", code, " ", null, null, null)).errors().get(0).field());
    }

    @Test
    public void aLoginNotFinishedInTimeExpires() throws Exception {
        URI authorization = login.begin("vneid", null, null);
        Redirect back = signInAtProvider(authorization, "vneid-sub-1", claims(CITIZEN));
        requests.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11));
        assertEquals("oidc-unknown-state", assertThrows(UnauthorizedException.class,
            () -> login.complete("vneid", back.query().get("code"), back.query().get("state"), null, null, null))
            .code());
        // the next login sweeps the expired rows
        login.begin("vneid", null, null);
        assertEquals(1, db.count("oidc_login_request"));
    }

    @Test
    public void theProvidersRefusalIsReportedAndTheBrowserSentBackToThePortal() throws Exception {
        URI authorization = login.begin("vneid", PORTAL + "dang-nhap", null);
        String state = query(authorization).get("state");
        OidcLogin.Completion done = login.complete("vneid", null, state, "access_denied",
            "The user cancelled", null);
        assertEquals(PORTAL + "dang-nhap", done.returnTo());
        assertEquals("oidc-denied", done.failure().code());
        assertTrue(done.failure().messageVi(), done.failure().messageVi().startsWith("Đăng nhập qua VNeID"));
        assertTrue(signedIn.isEmpty());
        assertTrue(audited.stream().anyMatch(r -> r.outcome() == AuditRecord.Outcome.FAILURE
            && r.detail().contains("access_denied")));
    }

    @Test
    public void onlyAllowedReturnAddressesAreAccepted() {
        for (String bad : List.of("https://evil.example/", "https://dichvucong.bacninh.gov.vn.evil.example/",
            "https://user@dichvucong.bacninh.gov.vn/", "javascript:alert(1)", PORTAL + "../../x#frag")) {
            ValidationException e = assertThrows(bad, ValidationException.class,
                () -> login.begin("vneid", bad, null));
            assertEquals("returnTo", e.errors().get(0).field());
        }
        assertEquals("nothing stored for refused starts", 0, db.count("oidc_login_request"));
        assertNotNull(login.begin("vneid", PORTAL + "ho-so?tab=1", null));
    }

    @Test
    public void aSubjectCannotMoveToAnotherIdNumber() throws Exception {
        assertNull(fullLogin("vneid-sub-1", CITIZEN).failure());
        OidcLogin.Completion second = fullLogin("vneid-sub-1", "001099099999");
        assertEquals("oidc-identity-mismatch", second.failure().code());
        assertEquals(401, second.failure().httpStatus());
        assertEquals(1, signedIn.size());
        assertNull("the same subject and number again is fine", fullLogin("vneid-sub-1", CITIZEN).failure());
        assertEquals(2L, db.queryLong("select sign_ins from oidc_identity_link where subject = ?", "vneid-sub-1"));
    }

    @Test
    public void claimsWithoutAValidIdNumberAreRefusedByIdentity() throws Exception {
        OidcLogin.Completion done = fullLogin("vneid-sub-2", "12ab");
        assertEquals("validation-failed", done.failure().code());
        assertEquals(0, db.count("oidc_identity_link"));
    }

    @Test
    public void unknownProvidersAre404AndUnreachableOnes502WithNothingStored() {
        assertThrows(NotFoundException.class, () -> login.begin("khong-co", null, null));
        Map<String, Object> down = config();
        down.put("provider", "dvcqg");
        down.put("issuer", "http://localhost:1/dvcqg");
        down.put("httpTimeoutSeconds", "2");
        login.providers = List.of(configured(config()), configured(down));
        MotCuaException e = assertThrows(ProviderException.class, () -> login.begin("dvcqg", null, null));
        assertEquals(502, e.httpStatus());
        assertEquals(0, db.count("oidc_login_request"));
        assertEquals(List.of("dvcqg", "vneid"), login.providers().stream().map(ProviderInfo::id).toList());
    }

    @Test
    public void idTokensAreCheckedForSignatureIssuerAudienceExpiryAndNonce() throws Exception {
        OidcClient client = login.providers.get(0).client();
        String nonce = "n-" + System.nanoTime();
        URI authorization = client.authorizationUri("s-1", nonce, "v".repeat(43));
        Redirect back = signInAtProvider(authorization, "vneid-sub-3", claims(CITIZEN));
        OidcClient.Tokens tokens = client.exchange(back.query().get("code"), "v".repeat(43));

        JWTClaimsSet good = client.validateIdToken(tokens.idToken(), nonce);
        assertEquals("vneid-sub-3", good.getSubject());
        assertEquals(List.of("motcua-bacninh"), good.getAudience());

        assertRefused(() -> client.validateIdToken(tokens.idToken(), "another-nonce"));
        assertRefused(() -> client.validateIdToken(tampered(tokens.idToken()), nonce));
        assertRefused(() -> client.validateIdToken(withoutSignature(tokens.idToken()), nonce));
        assertRefused(() -> client.validateIdToken("not.a.jwt", nonce));

        OidcClient later = new OidcClient(client.settings(), Clock.fixed(Instant.now().plus(Duration.ofHours(3)),
            ZoneOffset.UTC));
        assertRefused(() -> later.validateIdToken(tokens.idToken(), nonce));

        Map<String, Object> otherAudience = config();
        otherAudience.put("clientId", "another-client");
        OidcClient other = configured(otherAudience).client();
        assertRefused(() -> other.validateIdToken(tokens.idToken(), nonce));

        Map<String, Object> otherIssuer = config();
        otherIssuer.put("issuer", provider.issuerUrl("dvcqg").toString());
        OidcClient fromOther = configured(otherIssuer).client();
        assertRefused(() -> fromOther.validateIdToken(tokens.idToken(), nonce));
    }

    private static void assertRefused(org.junit.function.ThrowingRunnable call) {
        UnauthorizedException e = assertThrows(UnauthorizedException.class, call);
        assertEquals("oidc-invalid-id-token", e.code());
    }

    /** The payload changed to another ID number, the signature kept. */
    private static String tampered(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace(CITIZEN, "001099099999");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** alg "none" (RFC 7519 unsecured JWT): must never be accepted. */
    private static String withoutSignature(String jwt) {
        String[] parts = jwt.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    @Test
    public void aMisconfiguredProviderFailsActivationSayingWhy() {
        Map<String, Object> bad = config();
        bad.put("provider", "VNeID!");
        bad.put("issuer", "http://sso.example.vn/");
        bad.put("allowedReturnUrls", "https://dichvucong.bacninh.gov.vn");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> configured(bad));
        assertTrue(e.getMessage(), e.getMessage().contains("provider must be"));
        assertTrue(e.getMessage(), e.getMessage().contains("issuer must be an https URL"));
        assertTrue(e.getMessage(), e.getMessage().contains("must end with a path"));
    }
}
