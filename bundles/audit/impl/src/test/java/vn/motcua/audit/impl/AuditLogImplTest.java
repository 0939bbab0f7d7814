package vn.motcua.audit.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.Test;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.impl.entity.AuditRecordEntity;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.audit.AuditRecord.Outcome;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;

/** Recording: who/when/from where come from the caller, and a record lives or dies with the caller's transaction. */
public class AuditLogImplTest extends AuditTestSupport {

    @Test
    public void recordsCarryTheCaller() {
        CallerContext.set(OFFICER);
        audit.log.record(AuditRecord.success("dossier.read", "dossier", "HS-001", "xem hồ sơ của công dân")
            .personal().inCategory("dossier"));
        List<AuditEntry> all = entries();
        assertEquals(1, all.size());
        AuditEntry e = all.get(0);
        assertEquals("u-off", e.actorId());
        assertEquals(Caller.Kind.STAFF, e.actorKind());
        assertEquals("Trần Thị Một Cửa", e.actorName());
        assertEquals("000.00.31.H06", e.actorAgency());
        assertEquals(List.of("ONE_STOP_OFFICER"), e.actorRoles());
        assertEquals("203.0.113.7", e.clientAddress());
        assertEquals("sess-u-off", e.sessionId());
        assertEquals("dossier.read", e.action());
        assertEquals(Outcome.SUCCESS, e.outcome());
        assertEquals("dossier", e.targetType());
        assertEquals("HS-001", e.targetId());
        assertEquals("xem hồ sơ của công dân", e.detail());
        assertTrue(e.personalData());
        assertEquals("dossier", e.category());
        assertEquals(audit.clock.instant(), e.recordedAt());
        assertFalse("sealed later, by the sealer", e.sealed());
        assertNull(e.position());
        assertNull(e.hash());
        assertNull(e.prevHash());
    }

    @Test
    public void rolesAreStoredSortedAndAnonymousCallersAsSuch() {
        CallerContext.set(staff("u-x", "X", "A", vn.motcua.platform.api.security.Role.SUPERVISOR,
            vn.motcua.platform.api.security.Role.AGENCY_ADMIN, vn.motcua.platform.api.security.Role.CLERK));
        audit.log.record(AuditRecord.success("a", null, null, null));
        CallerContext.clear();
        audit.log.record(AuditRecord.denied("http.denied", "operation", "GET /audit", "role"));
        List<AuditEntry> all = entries();
        assertEquals(List.of("AGENCY_ADMIN", "CLERK", "SUPERVISOR"), all.get(0).actorRoles());
        assertEquals(Caller.Kind.ANONYMOUS, all.get(1).actorKind());
        assertNull(all.get(1).actorId());
        assertEquals(List.of(), all.get(1).actorRoles());
        assertEquals(Outcome.DENIED, all.get(1).outcome());
        assertEquals("security", all.get(1).category());
    }

    @Test
    public void aRecordCommitsWithTheCallersTransaction() {
        audit.jpa.tx(TransactionType.Required, em -> {
            audit.log.record(AuditRecord.success("procedure.publish", "procedure", "1.001", null));
            audit.log.record(AuditRecord.success("procedure.amend", "procedure", "1.001", null));
            assertSame("recording joins, it does not open its own transaction", em, audit.jpa.current());
            assertEquals("nothing is visible before the caller commits", 0,
                audit.db.count("audit_record"));
        });
        assertEquals(2, audit.db.count("audit_record"));
    }

    @Test
    public void aRecordWhoseTransactionRollsBackIsNotInTheTrail() {
        IllegalStateException failure = new IllegalStateException("business rule failed");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
            () -> audit.jpa.tx(TransactionType.Required, em -> {
                audit.log.record(AuditRecord.success("staff.lock", "account", "u-9", null));
                em.flush();
                throw failure;
            }));
        assertSame(failure, thrown);
        assertEquals(0, audit.db.count("audit_record"));
        // what the caller then records outside any transaction commits on its own
        audit.log.record(AuditRecord.failure("staff.lock", "account", "u-9", "business rule failed"));
        assertEquals(1, audit.db.count("audit_record"));
        assertEquals(Outcome.FAILURE, entries().get(0).outcome());
    }

    @Test
    public void seqFollowsInsertOrder() {
        recordAs(OFFICER, "step", 5);
        List<AuditRecordEntity> rows = rows();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).getSeq() > rows.get(i - 1).getSeq());
            assertEquals("step." + i, rows.get(i).getAction());
        }
    }

    @Test
    public void overLongTextsAreCutNotRefused() {
        String detail = "đ".repeat(5000);
        audit.log.record(AuditRecord.success("x", "t", "id", detail + "\0tail"));
        audit.log.record(AuditRecord.success("y", "t", "id", "a\0b"));
        List<AuditEntry> all = entries();
        assertEquals(4000, all.get(0).detail().length());
        assertTrue(all.get(0).detail().endsWith("đ…"));
        assertEquals("a\uFFFDb", all.get(1).detail());
    }

    @Test
    public void aRecordWithoutActionOrOutcomeIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> audit.log.record(null));
        assertThrows(IllegalArgumentException.class,
            () -> audit.log.record(new AuditRecord(" ", Outcome.SUCCESS, null, null, null, false, "security")));
        assertThrows(IllegalArgumentException.class,
            () -> audit.log.record(new AuditRecord("x", null, null, null, null, false, "security")));
        audit.log.record(new AuditRecord("x", Outcome.SUCCESS, null, null, null, false, null));
        assertEquals("a missing category defaults to security", "security", entries().get(0).category());
    }
}
