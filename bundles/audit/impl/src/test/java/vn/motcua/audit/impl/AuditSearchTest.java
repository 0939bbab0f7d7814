package vn.motcua.audit.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.api.AuditQuery;
import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.audit.AuditRecord.Outcome;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;

/** Search and CSV export: filters, paging, the police auditor's scope, and every read recorded. */
public class AuditSearchTest extends AuditTestSupport {
    static final Instant T0 = Instant.parse("2025-07-01T01:00:00Z");
    static final String CITIZEN = "001090012345";

    /**
     * At T0+0..2 min an officer reads three dossiers (personal data), at T0+10..11 min the same officer makes two
     * population-database lookups, at T0+20 min a supervisor's login fails. The first four are sealed.
     */
    @Before
    public void sampleTrail() {
        audit.clock.set(T0);
        CallerContext.callAs(OFFICER, () -> {
            for (int i = 0; i < 3; i++) {
                audit.log.record(AuditRecord.success("dossier.read", "dossier", "HS-" + i, "xem hồ sơ " + i).personal()
                    .inCategory("dossier"));
                audit.clock.advance(Duration.ofMinutes(1));
            }
            audit.clock.set(T0.plusSeconds(600));
            for (int i = 0; i < 2; i++) {
                audit.log.record(AuditRecord.success("population.lookup", "citizen", CITIZEN, "tra cứu CSDL dân cư")
                    .personal().inCategory(AuditTrailService.POPULATION_LOOKUP));
                audit.clock.advance(Duration.ofMinutes(1));
            }
            return null;
        });
        audit.clock.set(T0.plusSeconds(1200));
        CallerContext.callAs(SUPERVISOR, () -> {
            audit.log.record(AuditRecord.failure("login", "account", "u-sup", "sai mật khẩu"));
            return null;
        });
        audit.sealer.configure(TestAudit.config(true, 1000, 0, 4));
        assertEquals(4, audit.sealer.sealBatch());
        audit.sealer.configure(TestAudit.config(true, 1000, 0, 500));
        audit.clock.set(T0.plusSeconds(3600));
    }

    private static Page<AuditEntry> search(Caller caller, AuditQuery query, int page, int size, String... sort) {
        PageRequest request = PageRequest.parse(page, size, List.of(sort), AuditTrailService.SORT_PROPERTIES,
            AuditTrailService.DEFAULT_SORT);
        return CallerContext.callAs(caller, () -> audit.trail.search(query, request));
    }

    private static List<String> actions(Page<AuditEntry> page) {
        return page.items().stream().map(e -> e.action() + ":" + e.targetId()).toList();
    }

    private static AuditQuery query() {
        return AuditQuery.all();
    }

    @Test
    public void everythingNewestFirstByDefault() {
        Page<AuditEntry> page = search(SUPERVISOR, query(), 0, 20);
        assertEquals(6, page.totalItems());
        assertEquals(List.of("login:u-sup", "population.lookup:" + CITIZEN, "population.lookup:" + CITIZEN,
            "dossier.read:HS-2", "dossier.read:HS-1", "dossier.read:HS-0"), actions(page));
        AuditEntry sealed = page.items().get(5);
        assertEquals(Long.valueOf(1), sealed.position());
        assertTrue(sealed.sealed());
        assertEquals(AuditChain.GENESIS, sealed.prevHash());
        assertTrue(!page.items().get(0).sealed() && page.items().get(0).position() == null);
    }

    @Test
    public void filtersCombine() {
        assertEquals(3, search(SUPERVISOR, new AuditQuery(null, null, null, "dossier.read", null, null, null, null,
            null), 0, 20).totalItems());
        assertEquals(5, search(SUPERVISOR, new AuditQuery(null, null, "u-off", null, null, null, null, null, null), 0,
            20).totalItems());
        assertEquals(List.of("dossier.read:HS-1"), actions(search(SUPERVISOR, new AuditQuery(null, null, null, null,
            "dossier", "HS-1", null, null, null), 0, 20)));
        assertEquals(List.of("login:u-sup"), actions(search(SUPERVISOR, new AuditQuery(null, null, null, null, null,
            null, Outcome.FAILURE, null, null), 0, 20)));
        assertEquals(2, search(SUPERVISOR, query().inCategory(AuditTrailService.POPULATION_LOOKUP), 0, 20)
            .totalItems());
        // (the reads of this test are themselves personal-data records, by u-sup)
        assertEquals(5, search(SUPERVISOR, new AuditQuery(null, null, "u-off", null, null, null, null, null, true), 0,
            20).totalItems());
        assertEquals(List.of("login:u-sup"), actions(search(SUPERVISOR, new AuditQuery(null, null, null, null, null,
            null, null, null, false), 0, 20)));
        // from inclusive, to exclusive: T0+1 min .. T0+11 min holds HS-1, HS-2 and the first lookup
        Page<AuditEntry> window = search(SUPERVISOR, new AuditQuery(T0.plusSeconds(60), T0.plusSeconds(660), null,
            null, null, null, null, null, null), 0, 20, "recordedAt,asc");
        assertEquals(List.of("dossier.read:HS-1", "dossier.read:HS-2", "population.lookup:" + CITIZEN),
            actions(window));
        assertEquals(0, search(SUPERVISOR, new AuditQuery(null, null, "u-off", "login", null, null, null, null, null),
            0, 20).totalItems());
    }

    @Test
    public void anAccountsActionsIncludeThoseItDidForAnOrganisation() {
        recordAs(VerificationTest.ACTING, "dossier.submit", 2);
        Page<AuditEntry> byCitizen = search(SUPERVISOR, new AuditQuery(null, null, "cit-1", null, null, null, null,
            null, null), 0, 20);
        assertEquals(2, byCitizen.items().size());
        AuditEntry e = byCitizen.items().get(0);
        assertEquals("org-1", e.actorId());
        assertEquals("cit-1", e.actingPersonId());
        assertEquals("Nguyễn Văn An", e.actingPersonName());
        assertEquals(2, search(SUPERVISOR, new AuditQuery(null, null, "org-1", null, null, null, null, null, null), 0,
            20).items().size());
    }

    @Test
    public void pagesAndSortOrders() {
        Page<AuditEntry> second = search(SUPERVISOR, query(), 1, 4, "recordedAt,asc");
        assertEquals(6, second.totalItems());
        assertEquals(2, second.totalPages());
        assertEquals(List.of("population.lookup:" + CITIZEN, "login:u-sup"), actions(second));
        AuditQuery officer = new AuditQuery(null, null, "u-off", null, null, null, null, null, null);
        List<Long> desc = search(SUPERVISOR, officer, 0, 6, "position,desc").items().stream()
            .map(AuditEntry::position).toList();
        assertEquals("unsealed records sort first descending", java.util.Arrays.asList(null, 4L, 3L, 2L, 1L), desc);
        List<Long> asc = search(SUPERVISOR, officer, 0, 6, "position,asc").items().stream()
            .map(AuditEntry::position).toList();
        assertEquals("and last ascending", java.util.Arrays.asList(1L, 2L, 3L, 4L, null), asc);
        ValidationException bad = assertThrows(ValidationException.class, () -> search(SUPERVISOR, query(), 0, 5,
            "actorId,asc"));
        assertEquals("sort", bad.errors().get(0).field());
    }

    @Test
    public void fromMustComeBeforeTo() {
        ValidationException e = assertThrows(ValidationException.class, () -> search(SUPERVISOR, new AuditQuery(T0, T0,
            null, null, null, null, null, null, null), 0, 20));
        assertEquals("to", e.errors().get(0).field());
    }

    @Test
    public void everyReadIsItselfRecorded() {
        search(SUPERVISOR, new AuditQuery(null, null, "u-off", null, null, null, null, null, null), 0, 2);
        List<AuditEntry> reads = withAction(AuditTrailService.ACTION_READ);
        assertEquals(1, reads.size());
        AuditEntry read = reads.get(0);
        assertEquals("u-sup", read.actorId());
        assertEquals(Outcome.SUCCESS, read.outcome());
        assertTrue(read.personalData());
        assertEquals("audit-trail", read.targetType());
        assertEquals("search [actorId=u-off]; page 0 size 2; 5 matching", read.detail());
    }

    @Test
    public void thePoliceAuditorSeesPopulationLookupsOnly() {
        Page<AuditEntry> page = search(POLICE, query(), 0, 20);
        assertEquals(2, page.totalItems());
        assertTrue(page.items().stream().allMatch(e -> e.category().equals(AuditTrailService.POPULATION_LOOKUP)));
        assertEquals(2, search(POLICE, query().inCategory(AuditTrailService.POPULATION_LOOKUP), 0, 20).totalItems());
        assertEquals(1, search(POLICE, new AuditQuery(null, null, null, null, null, null, null, null, null), 0, 1)
            .items().size());

        ForbiddenException e = assertThrows(ForbiddenException.class, () -> search(POLICE, query().inCategory("dossier"),
            0, 20));
        assertEquals("audit-category-forbidden", e.code());
        assertEquals(403, e.httpStatus());
        assertTrue(e.messageVi(), e.messageVi().startsWith("Cán bộ công an chỉ được xem"));
        AuditEntry denied = withAction(AuditTrailService.ACTION_READ).stream()
            .filter(r -> r.outcome() == Outcome.DENIED).findFirst().orElseThrow();
        assertEquals("u-police", denied.actorId());
        assertTrue(denied.detail(), denied.detail().contains("category dossier"));
    }

    @Test
    public void aPoliceAuditorWhoIsAlsoSupervisorSeesEverything() {
        Caller both = staff("u-both", "B", "A", vn.motcua.platform.api.security.Role.POLICE_AUDITOR,
            vn.motcua.platform.api.security.Role.SUPERVISOR);
        assertEquals(6, search(both, query(), 0, 20).totalItems());
    }

    @Test
    public void othersMayNotReadTheTrail() {
        Supplier<Object> read = () -> audit.trail.search(query(), PageRequest.of(0, 20));
        assertThrows(ForbiddenException.class, () -> CallerContext.callAs(OFFICER, read));
        assertThrows(ForbiddenException.class, () -> CallerContext.callAs(Caller.anonymous("198.51.100.1"), read));
        assertThrows(ForbiddenException.class, () -> CallerContext.callAs(OFFICER,
            () -> {
                audit.trail.export(query(), new StringWriter());
                return null;
            }));
        assertEquals(3, withAction(AuditTrailService.ACTION_READ).stream()
            .filter(r -> r.outcome() == Outcome.DENIED).count());
    }

    @Test
    public void restrictToCallerIsWhatTheServiceApplies() {
        assertEquals(query(), CallerContext.callAs(SUPERVISOR, () -> audit.trail.restrictToCaller(query())));
        assertEquals(query(), CallerContext.callAs(SYSTEM, () -> audit.trail.restrictToCaller(null)));
        assertEquals(AuditTrailService.POPULATION_LOOKUP, CallerContext.callAs(POLICE,
            () -> audit.trail.restrictToCaller(query())).category());
        assertEquals(Set.of(), withAction(AuditTrailService.ACTION_READ).stream().map(AuditEntry::id)
            .collect(java.util.stream.Collectors.toSet()));
    }
}
