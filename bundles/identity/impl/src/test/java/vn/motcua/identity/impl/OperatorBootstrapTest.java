package vn.motcua.identity.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.Test;

import vn.motcua.identity.api.Session;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.health.HealthStatus;
import vn.motcua.platform.api.security.Role;

/** First start: one provincial operator when there is none, never a second one; and the health indicator. */
public class OperatorBootstrapTest extends IdentityTestSupport {

    private static OperatorBootstrap.Config config(String username, String agency) {
        return Configs.of(OperatorBootstrap.Config.class, Map.of("username", username,
            "email", "cntt@bacninh.gov.vn", "agencyCode", agency));
    }

    @Test
    public void createsTheFirstOperatorOnceWithAForcedPasswordChange() {
        Optional<StaffCreated> created = id.node.bootstrap.run(config("quantri", FakeAgencyService.PROVINCE));
        assertTrue(created.isPresent());
        StaffCreated c = created.get();
        assertEquals("quantri", c.account().login());
        assertEquals("Quản trị hệ thống tỉnh", c.account().displayName());
        assertEquals(Set.of(Role.PROVINCIAL_OPERATOR), c.account().roles());
        assertEquals(FakeAgencyService.PROVINCE, c.account().position().agencyCode());
        assertTrue(c.account().mustChangePassword());
        assertTrue(c.temporaryPassword().length() >= 14);
        AuditRecord record = id.audit.of("identity.bootstrap").get(0).record();
        assertTrue(String.valueOf(record), !String.valueOf(record).contains(c.temporaryPassword()));

        // a restart, another node, or another user name in the cfg: nothing more
        assertTrue(id.node.bootstrap.run(config("quantri", FakeAgencyService.PROVINCE)).isEmpty());
        assertTrue(id.newNodeBootstrap().run(config("quantri2", FakeAgencyService.PROVINCE)).isEmpty());
        assertEquals(1, id.db.count("identity_account"));

        Session first = login("quantri", c.temporaryPassword());
        assertTrue(authenticate(first).roles().isEmpty());
        Session full = firstLogin(c);
        assertEquals(Set.of(Role.PROVINCIAL_OPERATOR), authenticate(full).roles());
    }

    @Test
    public void anEmptyCatalogueDoesNotBlockTheFirstOperator() {
        String root = "000.00.00.H99";
        StaffCreated c = id.node.bootstrap.run(config("quantri", root)).orElseThrow();
        assertEquals(root, c.account().position().agencyCode());
        Session full = firstLogin(c);
        vn.motcua.platform.api.security.Caller op = actAs(full);
        assertEquals(Set.of(root), op.agencyScope());
        // province-wide by role: it issues accounts anywhere, also before the catalogue is imported
        assertEquals("van.thu", id.node.staff.create(staffInput("van.thu", FakeAgencyService.DEPT_CONSTRUCTION,
            Role.CLERK)).account().login());
    }

    @Test
    public void aBadConfigurationCreatesNothing() {
        assertTrue(id.node.bootstrap.run(config("Quản trị", FakeAgencyService.PROVINCE)).isEmpty());
        assertTrue(id.node.bootstrap.run(Configs.of(OperatorBootstrap.Config.class, Map.of())).isEmpty());
        assertEquals(0, id.db.count("identity_account"));
    }

    @Test
    public void healthCountsAccountsAndOpenSessions() {
        activeCitizen(CITIZEN_ID);
        login(CITIZEN_ID, PASSWORD);
        HealthStatus status = id.node.health.check();
        assertEquals("identity", id.node.health.name());
        assertEquals(String.valueOf(status), 1L, ((Number) status.details().get("accounts")).longValue());
        assertEquals(1L, ((Number) status.details().get("openSessions")).longValue());
        assertEquals(id.db.schemaVersion(), status.details().get("schemaVersion"));
    }
}
