package vn.motcua.connectors.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.motcua.connectors.oidc.OidcProviderConfig.ClientAuth;

/**
 * A provider's configuration, checked once: a bad file must fail loudly at activation (logged by DS, the provider
 * stays unavailable), not half-work at a citizen's first login.
 */
record ProviderSettings(String provider, String name, String nameEn, URI issuer, String clientId, String clientSecret,
                        ClientAuth clientAuth, URI redirectUri, List<String> scopes, String acrValues,
                        String idNumberClaim, String nameClaim, String emailClaim, String phoneClaim,
                        boolean userInfo, List<String> allowedReturnUrls, Duration requestLifetime,
                        Duration clockSkew, Duration httpTimeout) {
    private static final Pattern PROVIDER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");

    static ProviderSettings from(OidcProviderConfig c) {
        List<String> problems = new ArrayList<>();
        String provider = trim(c.provider());
        if (provider == null || !PROVIDER_ID.matcher(provider).matches()) {
            problems.add("provider must be 2-32 of a-z, 0-9, '-' (was '" + c.provider() + "')");
        }
        URI issuer = uri("issuer", c.issuer(), problems);
        URI redirect = uri("redirectUri", c.redirectUri(), problems);
        String clientId = trim(c.clientId());
        if (clientId == null) {
            problems.add("clientId is required");
        }
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add("openid");
        if (c.scopes() != null) {
            Arrays.stream(c.scopes().trim().split("\\s+")).filter(s -> !s.isEmpty()).forEach(scopes::add);
        }
        List<String> returns = new ArrayList<>();
        if (c.allowedReturnUrls() != null && !c.allowedReturnUrls().isBlank()) {
            for (String prefix : c.allowedReturnUrls().trim().split("\\s+")) {
                URI u = uri("allowedReturnUrls", prefix, problems);
                if (u != null && (u.getPath() == null || u.getPath().isEmpty())) {
                    // "https://portal.vn" would also accept "https://portal.vn.attacker.example"
                    problems.add("allowedReturnUrls: '" + prefix + "' must end with a path, at least '/'");
                }
                returns.add(prefix);
            }
        }
        positive("requestMinutes", c.requestMinutes(), 60, problems);
        positive("clockSkewSeconds", c.clockSkewSeconds() + 1, 601, problems);
        positive("httpTimeoutSeconds", c.httpTimeoutSeconds(), 120, problems);
        for (String claim : List.of(c.idNumberClaim(), c.nameClaim(), c.emailClaim(), c.phoneClaim())) {
            if (trim(claim) == null) {
                problems.add("claim names must not be empty");
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("OpenID Connect provider '" + c.provider() + "' is misconfigured: "
                + String.join("; ", problems));
        }
        String name = trim(c.name()) == null ? provider : c.name().trim();
        return new ProviderSettings(provider, name, trim(c.nameEn()) == null ? name : c.nameEn().trim(), issuer,
            clientId, c._clientSecret() == null ? "" : c._clientSecret(), c.clientAuth(), redirect,
            List.copyOf(scopes), trim(c.acrValues()), c.idNumberClaim().trim(), c.nameClaim().trim(),
            c.emailClaim().trim(), c.phoneClaim().trim(), c.userInfo(), List.copyOf(returns),
            Duration.ofMinutes(c.requestMinutes()), Duration.ofSeconds(c.clockSkewSeconds()),
            Duration.ofSeconds(c.httpTimeoutSeconds()));
    }

    /** Whether the browser may be sent back to {@code url} after login (open redirects are refused). */
    boolean allowsReturnTo(String url) {
        URI u;
        try {
            u = new URI(url).normalize();
        } catch (URISyntaxException e) {
            return false;
        }
        if (u.getRawUserInfo() != null || u.getRawFragment() != null) {
            return false;
        }
        String normalised = u.toString();
        return allowedReturnUrls.stream().anyMatch(normalised::startsWith);
    }

    /** https, or http to this host only (a relay or a test provider on loopback). */
    private static URI uri(String key, String value, List<String> problems) {
        String v = trim(value);
        if (v == null) {
            problems.add(key + " is required");
            return null;
        }
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            boolean loopback = "localhost".equals(u.getHost()) || "127.0.0.1".equals(u.getHost());
            if (u.getHost() == null || !("https".equals(scheme) || "http".equals(scheme) && loopback)) {
                problems.add(key + " must be an https URL (http only for localhost): " + v);
                return null;
            }
            return u;
        } catch (URISyntaxException e) {
            problems.add(key + " is not a URL: " + v);
            return null;
        }
    }

    private static void positive(String key, int value, int max, List<String> problems) {
        if (value < 1 || value > max) {
            problems.add(key + " out of range");
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
