package vn.motcua.connectors.oidc;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import vn.motcua.identity.api.ExternalIdentity;
import vn.motcua.platform.api.error.UnauthorizedException;

/**
 * The relying-party side of one provider: discovery, the authorization URL, the code exchange, ID-token validation
 * (signature by the provider's JWKS, issuer, audience, expiry, nonce) and claim mapping. No state of its own besides
 * caches of the provider's public documents; the login requests live in the database.
 */
final class OidcClient {
    private static final Logger LOG = LoggerFactory.getLogger(OidcClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Asymmetric algorithms only: an HMAC-signed ID token would be verifiable by anyone holding the client secret. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
        JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
        JWSAlgorithm.ES384, JWSAlgorithm.ES512);
    private static final Duration METADATA_LIFETIME = Duration.ofHours(1);
    private static final int MAX_DOCUMENT_BYTES = 512 * 1024;

    private final ProviderSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private volatile Metadata metadata;

    /** What the provider's discovery document says, with the key source built from its jwks_uri. */
    record Metadata(URI authorizationEndpoint, URI tokenEndpoint, URI userInfoEndpoint,
                    JWKSource<SecurityContext> keys, Instant fetchedAt) {
    }

    record Tokens(String idToken, String accessToken) {
    }

    OidcClient(ProviderSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.httpTimeout())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    ProviderSettings settings() {
        return settings;
    }

    /** Discovery, fetched at first use and again after an hour; a failed fetch is not cached. */
    Metadata metadata() {
        Metadata m = metadata;
        if (m != null && clock.instant().isBefore(m.fetchedAt().plus(METADATA_LIFETIME))) {
            return m;
        }
        synchronized (this) {
            m = metadata;
            if (m == null || !clock.instant().isBefore(m.fetchedAt().plus(METADATA_LIFETIME))) {
                metadata = m = discover();
            }
            return m;
        }
    }

    private Metadata discover() {
        String base = settings.issuer().toString();
        URI discovery = URI.create((base.endsWith("/") ? base : base + "/") + ".well-known/openid-configuration");
        JsonNode doc = getJson(discovery, null, "discovery");
        // OpenID Connect Discovery 1.0 §4.3: the issuer in the document must be exactly the configured one
        if (!settings.issuer().toString().equals(doc.path("issuer").asText())) {
            throw unusable("discovery names issuer '" + doc.path("issuer").asText() + "', configured '"
                + settings.issuer() + "'");
        }
        URI authorization = endpoint(doc, "authorization_endpoint", true);
        URI token = endpoint(doc, "token_endpoint", true);
        URI jwks = endpoint(doc, "jwks_uri", true);
        URI userInfo = endpoint(doc, "userinfo_endpoint", false);
        int timeout = (int) settings.httpTimeout().toMillis();
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(jwks.toURL(),
                    new DefaultResourceRetriever(timeout, timeout, MAX_DOCUMENT_BYTES))
                .retrying(true).build();
        } catch (MalformedURLException e) {
            throw unusable("jwks_uri " + jwks);
        }
        LOG.info("OpenID Connect provider {}: issuer {} discovered", settings.provider(), settings.issuer());
        return new Metadata(authorization, token, userInfo, keys, clock.instant());
    }

    /** Where to send the browser: authorization code flow with PKCE (S256), state and nonce. */
    URI authorizationUri(String state, String nonce, String codeVerifier) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", settings.clientId());
        q.put("redirect_uri", settings.redirectUri().toString());
        q.put("scope", String.join(" ", settings.scopes()));
        q.put("state", state);
        q.put("nonce", nonce);
        q.put("code_challenge", Pkce.challenge(codeVerifier));
        q.put("code_challenge_method", "S256");
        if (settings.acrValues() != null) {
            q.put("acr_values", settings.acrValues());
        }
        String base = metadata().authorizationEndpoint().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + form(q));
    }

    /** Exchanges the code at the token endpoint; a code the provider refuses (used, expired, wrong) is a 401. */
    Tokens exchange(String code, String codeVerifier) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", settings.redirectUri().toString());
        body.put("code_verifier", codeVerifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(metadata().tokenEndpoint())
            .timeout(settings.httpTimeout())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
        if (settings.clientAuth() == OidcProviderConfig.ClientAuth.CLIENT_SECRET_POST) {
            body.put("client_id", settings.clientId());
            body.put("client_secret", settings.clientSecret());
        } else {
            // RFC 6749 §2.3.1: both parts form-encoded before Base64
            String credentials = URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
            request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = send(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build(),
            "token endpoint");
        JsonNode json = parse(response.body(), "token endpoint");
        if (response.statusCode() == 400 || response.statusCode() == 401) {
            LOG.warn("Provider {} refused the authorization code: {} {}", settings.provider(),
                json.path("error").asText(), json.path("error_description").asText());
            throw new UnauthorizedException("oidc-code-rejected",
                "Phiên đăng nhập qua " + settings.name() + " không còn hiệu lực; vui lòng đăng nhập lại",
                "The " + settings.nameEn() + " login is no longer valid; please log in again");
        }
        if (response.statusCode() != 200) {
            throw unusable("token endpoint answered HTTP " + response.statusCode());
        }
        String idToken = json.path("id_token").asText(null);
        if (idToken == null || idToken.isBlank()) {
            throw unusable("token endpoint returned no id_token");
        }
        return new Tokens(idToken, json.path("access_token").asText(null));
    }

    /**
     * Validates the ID token (OpenID Connect Core §3.1.3.7): signature by a key of the provider's JWKS with an
     * asymmetric algorithm, iss exactly the issuer, aud containing this client (azp when several), exp/iat within the
     * tolerated skew, nonce of this login, sub present.
     */
    JWTClaimsSet validateIdToken(String idToken, String nonce) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, metadata().keys()));
        // mutable sets: the verifier asks them whether they contain null, which Set.of answers with an NPE
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
            new HashSet<>(Set.of(settings.clientId())),
            new JWTClaimsSet.Builder().issuer(settings.issuer().toString()).claim("nonce", nonce).build(),
            new HashSet<>(Set.of("sub", "iat", "exp")), null) {
            @Override
            protected java.util.Date currentTime() {
                return java.util.Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        JWTClaimsSet set;
        try {
            set = processor.process(idToken, null);
        } catch (ParseException | BadJOSEException e) {
            LOG.warn("Provider {}: ID token refused: {}", settings.provider(), e.getMessage());
            throw invalidToken(e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            LOG.warn("Provider {}: ID token could not be checked: {}", settings.provider(), e.getMessage());
            throw unusable("keys: " + e.getMessage());
        }
        if (set.getAudience().size() > 1 && !settings.clientId().equals(set.getClaim("azp"))) {
            throw invalidToken("several audiences and azp is not this client");
        }
        return set;
    }

    /** Claims of the UserInfo endpoint, only if its subject is the ID token's (Core §5.3.2). */
    Map<String, Object> userInfo(String accessToken, String subject) {
        URI endpoint = metadata().userInfoEndpoint();
        if (endpoint == null || accessToken == null) {
            throw unusable("userInfo is configured but the provider offers no userinfo_endpoint or access token");
        }
        JsonNode json = getJson(endpoint, accessToken, "userinfo");
        if (!subject.equals(json.path("sub").asText())) {
            throw invalidToken("userinfo subject differs from the ID token's");
        }
        Map<String, Object> claims = new HashMap<>();
        json.fields().forEachRemaining(e -> claims.put(e.getKey(), e.getValue().isTextual()
            ? e.getValue().asText() : e.getValue().toString()));
        return claims;
    }

    /** The person per the configured claim mapping; ID-token claims win over UserInfo ones. */
    ExternalIdentity identity(JWTClaimsSet idClaims, Map<String, Object> userInfo) {
        Map<String, Object> all = new HashMap<>(userInfo);
        all.putAll(idClaims.getClaims());
        return new ExternalIdentity(settings.provider(), idClaims.getSubject(), text(all, settings.idNumberClaim()),
            text(all, settings.nameClaim()), text(all, settings.emailClaim()), text(all, settings.phoneClaim()),
            text(all, "acr"));
    }

    private static String text(Map<String, Object> claims, String name) {
        Object v = claims.get(name);
        return v == null ? null : v.toString();
    }

    private JsonNode getJson(URI uri, String bearer, String what) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.httpTimeout())
            .header("Accept", "application/json").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = send(request.build(), what);
        if (response.statusCode() != 200) {
            throw unusable(what + " answered HTTP " + response.statusCode());
        }
        return parse(response.body(), what);
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.body() != null && response.body().length() > MAX_DOCUMENT_BYTES) {
                throw unusable(what + " answer too large");
            }
            return response;
        } catch (IOException e) {
            LOG.warn("Provider {}: {} at {} failed: {}", settings.provider(), what, request.uri(), e.toString());
            throw unusable(what + " unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unusable(what + " interrupted");
        }
    }

    private JsonNode parse(String body, String what) {
        try {
            JsonNode node = JSON.readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) {
                throw unusable(what + " answer is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw unusable(what + " answer is not JSON");
        }
    }

    private URI endpoint(JsonNode doc, String field, boolean required) {
        String value = doc.path(field).asText(null);
        if (value == null || value.isBlank()) {
            if (required) {
                throw unusable("discovery lacks " + field);
            }
            return null;
        }
        try {
            URI u = URI.create(value);
            if (u.getHost() == null) {
                throw unusable("discovery " + field + " is not absolute");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw unusable("discovery " + field + " is not a URL");
        }
    }

    private ProviderException unusable(String detail) {
        LOG.warn("OpenID Connect provider {} unusable: {}", settings.provider(), detail);
        return new ProviderException(settings.name(), detail);
    }

    private UnauthorizedException invalidToken(String detail) {
        return new UnauthorizedException("oidc-invalid-id-token",
            "Không xác nhận được danh tính do " + settings.name() + " gửi về; vui lòng đăng nhập lại",
            "The identity sent by " + settings.nameEn() + " could not be verified (" + detail + ")");
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }
}
