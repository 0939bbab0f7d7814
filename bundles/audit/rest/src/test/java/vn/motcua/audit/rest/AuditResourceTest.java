package vn.motcua.audit.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import vn.motcua.audit.api.AuditQuery;
import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.platform.api.audit.AuditRecord.Outcome;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.SortOrder;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

public class AuditResourceTest {
    static final Caller SUPERVISOR = staff("u-sup", Role.SUPERVISOR);
    static final Caller POLICE = staff("u-police", Role.POLICE_AUDITOR);

    private final FakeAuditTrailService service = new FakeAuditTrailService();
    private final AuditResource resource = new AuditResource();

    static Caller staff(String id, Role... roles) {
        return new Caller(id, Caller.Kind.STAFF, id, Set.of(roles), "A", Set.of("A"), Set.of(), Set.of(), "s", "::1");
    }

    @Before
    public void wire() {
        resource.trail = service;
        // 2025-06-30T18:00Z is already 1 July in Hanoi: the file name follows the province's calendar
        resource.clock = Clock.fixed(Instant.parse("2025-06-30T18:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @After
    public void clearCaller() {
        CallerContext.clear();
    }

    private static FieldError expect400(String field, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(400, e.httpStatus());
        return e.errors().stream().filter(x -> x.field().equals(field)).findFirst()
            .orElseThrow(() -> new AssertionError("no error names " + field + ": " + e.errors()));
    }

    @Test
    public void searchHandsTheFiltersAndPageToTheService() {
        resource.search("2025-07-01T08:00:00+07:00", "2025-07-02T00:00:00Z", " u-1 ", "login", "account", "u-1",
            Outcome.FAILURE, "security", true, 2, 50, List.of("position,asc"));
        assertEquals(new AuditQuery(Instant.parse("2025-07-01T01:00:00Z"), Instant.parse("2025-07-02T00:00:00Z"),
            "u-1", "login", "account", "u-1", Outcome.FAILURE, "security", true), service.searched);
        assertEquals(2, service.page.page());
        assertEquals(50, service.page.size());
        assertEquals(List.of(new SortOrder("position", true)), service.page.sort());
    }

    @Test
    public void blankFiltersMeanNoFilterAndTheDefaultIsNewestFirst() {
        resource.search("", " ", "", null, " ", null, null, "", null, null, null, null);
        assertEquals(AuditQuery.all(), service.searched);
        assertEquals(AuditTrailService.DEFAULT_SORT, service.page.sort());
        assertEquals(20, service.page.size());
    }

    @Test
    public void datesAreDaysInVietnamAndToIncludesItsDay() {
        assertEquals(Instant.parse("2025-06-30T17:00:00Z"), AuditResource.instant("from", "2025-07-01", false));
        assertEquals(Instant.parse("2025-07-01T17:00:00Z"), AuditResource.instant("to", "2025-07-01", true));
        assertEquals(Instant.parse("2025-07-01T01:30:00Z"), AuditResource.instant("from", "2025-07-01T08:30", false));
        assertEquals(Instant.parse("2025-07-01T08:30:00Z"), AuditResource.instant("from", "2025-07-01T08:30:00Z",
            false));
        assertNull(AuditResource.instant("from", null, false));
    }

    @Test
    public void badInputsAre400NamingTheParameter() {
        FieldError e = expect400("from", () -> resource.search("1/7/2025", null, null, null, null, null, null, null,
            null, null, null, null));
        assertTrue(e.messageVi(), e.messageVi().contains("2025-07-01"));
        expect400("to", () -> resource.search(null, "2025-13-01", null, null, null, null, null, null, null, null, null,
            null));
        expect400("to", () -> resource.search("2025-07-02", "2025-07-01", null, null, null, null, null, null, null,
            null, null, null));
        expect400("size", () -> resource.search(null, null, null, null, null, null, null, null, null, 0, 500, null));
        expect400("sort", () -> resource.search(null, null, null, null, null, null, null, null, null, null, null,
            List.of("detail,asc")));
        expect400("to", () -> resource.export("2025-07-02", "2025-07-01", null, null, null, null, null, null, null));
        assertNull("nothing reached the service", service.searched);
    }

    @Test
    public void exportStreamsCsvWithBomAsTheCaller() throws Exception {
        CallerContext.set(SUPERVISOR);
        Response response = resource.export("2025-07-01", null, "u-1", null, null, null, null, null, null);
        assertEquals(200, response.getStatus());
        assertEquals("attachment; filename=\"motcua-audit-2025-07-01.csv\"",
            response.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
        assertEquals(AuditResource.CSV_UTF8, response.getMediaType());
        CallerContext.clear(); // as the REST layer does before the body is written
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(body);
        byte[] bytes = body.toByteArray();
        assertArrayEquals(AuditResource.UTF8_BOM, Arrays.copyOf(bytes, 3));
        assertEquals("position,id\r\n1,a\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertSame("the service still sees who asked", SUPERVISOR, service.exportedAs);
        assertEquals("u-1", service.exported.actorId());
        assertEquals(Instant.parse("2025-06-30T17:00:00Z"), service.exported.from());
    }

    @Test
    public void thePoliceAuditorsExportIsConfinedAndAnotherCategoryRefusedBeforeStreaming() throws Exception {
        CallerContext.set(POLICE);
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> resource.export(null, null, null, null,
            null, null, null, "security", null));
        assertEquals(403, e.httpStatus());
        Response ok = resource.export(null, null, null, null, null, null, null, null, null);
        CallerContext.clear();
        ((StreamingOutput) ok.getEntity()).write(new ByteArrayOutputStream());
        assertEquals(AuditTrailService.POPULATION_LOOKUP, service.exported.category());
    }

    @Test
    public void verifyAndStatusDelegate() {
        assertTrue(resource.verify(3L, null).intact());
        assertEquals(Long.valueOf(3), service.verifiedFrom);
        assertNull(service.verifiedTo);
        assertEquals(6, resource.status().lastPosition());
    }
}
