package vn.motcua.itests;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The OpenID Connect provider of {@link OidcLoginIT}, running in the test driver JVM (where Pax Exam evaluates the
 * configuration) for the whole run. Only this class names the provider's types: the test class also runs inside
 * Karaf, where they don't exist, and reaches the provider over HTTP.
 */
final class OidcTestProvider {
    private static MockOAuth2Server server;

    private OidcTestProvider() {
    }

    /** The issuer URL of provider {@code id}, starting the server at first use (interactive login form enabled). */
    static synchronized String issuer(String id) {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(true));
            server.start();
            MockOAuth2Server started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
        }
        return server.issuerUrl(id).toString();
    }
}
