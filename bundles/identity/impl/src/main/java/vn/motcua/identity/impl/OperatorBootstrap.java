package vn.motcua.identity.impl;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.identity.api.StaffCreated;
import vn.motcua.platform.api.error.MotCuaException;

/**
 * First start: the very first provincial operator, who then issues every other staff account.
 * <p>
 * Procedure: create {@code etc/vn.motcua.identity.bootstrap.cfg} with {@code username}, {@code email} and
 * {@code agencyCode} (the root agency; it may be imported into the catalogue afterwards). When no provincial operator
 * exists, this component creates one and logs its temporary password <b>once</b>, at WARN, in
 * {@code data/log/karaf.log}. Log in with it at {@code POST /api/v1/auth/login}; the session only allows
 * {@code POST /api/v1/auth/password}, after which the operator works normally. Then delete the cfg file. Nothing
 * happens (and nothing is logged but one INFO line) while an operator exists, so a cfg left behind cannot create a
 * second one.
 */
@Component(configurationPid = "vn.motcua.identity.bootstrap", configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OperatorBootstrap.Config.class)
public class OperatorBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(OperatorBootstrap.class);

    @ObjectClassDefinition(name = "MotCua first provincial operator",
        description = "Creates the first provincial operator when there is none; its temporary password is logged once")
    public @interface Config {
        @AttributeDefinition(description = "User name: lower-case letters, digits, '.', '_', '-'")
        String username();

        @AttributeDefinition(description = "Email of the operator")
        String email();

        @AttributeDefinition(description = "Code of the root agency (the province) in the catalogue")
        String agencyCode();

        @AttributeDefinition(description = "Display name")
        String fullName() default "Quản trị hệ thống tỉnh";
    }

    @Reference
    StaffAccountServiceImpl staff;

    @Activate
    void activate(Config config) {
        run(config);
    }

    /** Separate from {@link #activate} so that tests see the outcome. */
    Optional<StaffCreated> run(Config config) {
        try {
            Optional<StaffCreated> created = staff.bootstrapOperator(config.username(), config.fullName(),
                config.email(), config.agencyCode());
            if (created.isEmpty()) {
                LOG.info("A provincial operator exists; vn.motcua.identity.bootstrap has nothing to do and can be "
                    + "deleted");
                return created;
            }
            StaffCreated c = created.get();
            LOG.warn("FIRST START: provincial operator '{}' created at agency {} with the temporary password: {}  "
                    + "-- log in and change it now (POST /api/v1/auth/login, then /api/v1/auth/password), then delete "
                    + "etc/vn.motcua.identity.bootstrap.cfg. This password is not shown again.",
                c.account().login(), c.account().position().agencyCode(), c.temporaryPassword());
            return created;
        } catch (MotCuaException e) {
            LOG.error("vn.motcua.identity.bootstrap: no operator created: {} / {}", e.messageVi(), e.messageEn());
            return Optional.empty();
        }
    }
}
