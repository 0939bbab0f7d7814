package vn.motcua.identity.rest;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import javax.ws.rs.core.Response;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.identity.api.Position;
import vn.motcua.identity.api.StaffCreated;
import vn.motcua.identity.api.StaffInput;
import vn.motcua.platform.api.security.Role;

public class StaffResourceTest {
    private final Fakes.Staff service = new Fakes.Staff();
    private final StaffResource resource = new StaffResource();

    @Before
    public void wire() {
        resource.staff = service;
    }

    @Test
    public void createAnswers201WithLocationAndTheTemporaryPassword() {
        StaffInput input = new StaffInput("chuyen.vien", "Cán bộ", null, null,
            new Position("000.00.05.H06", Set.of(Role.SPECIALIST), Set.of(), Set.of()));
        Response response = resource.create(input);
        assertEquals(201, response.getStatus());
        assertEquals("staff/s%2F1%20", response.getLocation().toString());
        assertEquals("Tam7thoi8MatKhau", ((StaffCreated) response.getEntity()).temporaryPassword());
        assertEquals(List.of(input), service.calls);
        AuthResourceTest.assertBody400(() -> resource.create(null));
    }

    @Test
    public void aBlankAgencyMeansTheCallersOwn() {
        resource.list(" ");
        resource.list(null);
        resource.list(" 000.00.05.H06 ");
        assertEquals(List.of("list null", "list null", "list 000.00.05.H06"), service.calls);
    }

    @Test
    public void actionsReachTheService() {
        resource.get("s-1");
        resource.move("s-1", new Position("000.01.05.H06", Set.of(Role.SPECIALIST), Set.of(), Set.of()));
        resource.lock("s-1", new LockRequest("Nghỉ việc", null));
        resource.lock("s-2", new LockRequest("Nghỉ phép", java.time.Instant.parse("2025-09-01T00:00:00Z")));
        resource.unlock("s-1");
        assertEquals("Tam7thoi8MatKhau", resource.resetPassword("s-1").temporaryPassword());
        assertEquals(List.of("get s-1", "move s-1 to 000.01.05.H06", "lock s-1: Nghỉ việc",
            "lock s-2: Nghỉ phép until 2025-09-01T00:00:00Z", "unlock s-1", "reset s-1"),
            service.calls);
        AuthResourceTest.assertBody400(() -> resource.lock("s-1", null));
        AuthResourceTest.assertBody400(() -> resource.move("s-1", null));
    }
}
