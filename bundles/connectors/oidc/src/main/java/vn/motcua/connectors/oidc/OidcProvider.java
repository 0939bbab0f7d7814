package vn.motcua.connectors.oidc;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured provider (one {@code etc/vn.motcua.connectors.oidc-<name>.cfg}): adding the file makes its login
 * available at once, editing it applies to the next login, deleting it withdraws it. A misconfigured file fails
 * activation with the reason in the log.
 */
@Component(service = OidcProvider.class, configurationPid = OidcProviderConfig.FACTORY_PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OidcProviderConfig.class, factory = true)
public class OidcProvider {
    private static final Logger LOG = LoggerFactory.getLogger(OidcProvider.class);

    private volatile OidcClient client;

    @Activate
    @Modified
    void configure(OidcProviderConfig config) {
        ProviderSettings settings;
        try {
            settings = ProviderSettings.from(config);
        } catch (IllegalArgumentException e) {
            LOG.error(e.getMessage());
            throw e;
        }
        client = new OidcClient(settings, Clock.systemUTC());
        LOG.info("OpenID Connect login '{}' ({}) available, issuer {}", settings.provider(), settings.name(),
            settings.issuer());
    }

    OidcClient client() {
        return client;
    }

    String id() {
        return client.settings().provider();
    }
}
