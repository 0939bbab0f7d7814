package vn.motcua.audit.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.audit.api.VerificationReport;
import vn.motcua.audit.api.VerificationReport.Problem;
import vn.motcua.audit.impl.entity.AuditRecordEntity;
import vn.motcua.platform.api.audit.AuditRecord.Outcome;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/** Verification finds the first place where the stored trail differs from what was sealed. */
public class VerificationTest extends AuditTestSupport {

    @Before
    public void sixSealedRecords() {
        recordAs(OFFICER, "act", 6);
        assertEquals(6, sealAll());
    }

    private static VerificationReport verify(Long from, Long to) {
        return CallerContext.callAs(SUPERVISOR, () -> audit.trail.verify(from, to));
    }

    private static void assertBroken(VerificationReport report, long position, Problem problem) {
        assertFalse(report.reasonEn(), report.intact());
        assertEquals(report.reasonEn(), Long.valueOf(position), report.firstBrokenPosition());
        assertEquals(report.reasonEn(), problem, report.problem());
        assertTrue(report.reasonVi(), report.reasonVi() != null && !report.reasonVi().isBlank());
    }

    private static String hashAt(long position) {
        return (String) audit.db.queryRow("select hash from audit_record where chain_position = ?", position).get(0);
    }

    @Test
    public void anUntouchedChainIsIntact() {
        VerificationReport report = verify(null, null);
        assertTrue(report.reasonEn(), report.intact());
        assertEquals(1, report.fromPosition());
        assertEquals(6, report.toPosition());
        assertEquals(6, report.checked());
        assertNull(report.firstBrokenPosition());
        assertNull(report.problem());
        assertEquals(audit.clock.instant(), report.verifiedAt());
        assertEquals("Chain intact: 6 records from position 1 to 6", report.reasonEn());
    }

    @Test
    public void anEmptyChainIsIntact() {
        audit.reset();
        VerificationReport report = verify(null, null);
        assertTrue(report.intact());
        assertEquals(0, report.checked());
    }

    @Test
    public void anEditedFieldIsDetected() {
        assertEquals(1, audit.tamper("update audit_record set detail = ? where chain_position = 3", "đã sửa"));
        assertBroken(verify(null, null), 3, Problem.HASH_MISMATCH);
        assertEquals("the records before the edit still check", 2, verify(null, null).checked());
    }

    @Test
    public void anEditedTimeOrActorIsDetected() {
        audit.tamper("update audit_record set recorded_at = recorded_at + interval '1' second "
            + "where chain_position = 2");
        assertBroken(verify(null, null), 2, Problem.HASH_MISMATCH);
        audit.reset();
        sixSealedRecords();
        audit.tamper("update audit_record set actor_id = 'u-sup' where chain_position = 5");
        assertBroken(verify(null, null), 5, Problem.HASH_MISMATCH);
    }

    /** A citizen acting for an organisation: the organisation is the actor, the citizen is recorded beside it. */
    static final Caller ACTING = new Caller("org-1", Caller.Kind.APPLICANT, "Công ty TNHH An Bình", Set.of(Role.APPLICANT),
        null, Set.of(), Set.of(), Set.of(), "sess-org", "203.0.113.9").actedBy(new Caller.ActingPerson("cit-1",
        "Nguyễn Văn An", "AUTHORISED", "rep-1"));

    // clauses: 003-16.1b-p3#1
    @Test
    public void theCitizenActingForAnOrganisationIsChainedAndAnEditOfItDetected() {
        recordAs(ACTING, "dossier.submit", 2);
        assertEquals(2, sealAll());
        AuditRecordEntity row = chain().get(6);
        assertEquals("org-1", row.getActorId());
        assertEquals("cit-1", row.getActingPersonId());
        assertEquals("Nguyễn Văn An", row.getActingPersonName());
        assertNull("others have none", chain().get(0).getActingPersonId());
        assertTrue(verify(null, null).intact());
        audit.tamper("update audit_record set acting_person_name = ? where chain_position = 7", "Người khác");
        assertBroken(verify(null, null), 7, Problem.HASH_MISMATCH);
        audit.tamper("update audit_record set acting_person_name = ? where chain_position = 7", "Nguyễn Văn An");
        assertTrue(verify(null, null).intact());
        // removing the citizen, or adding one to a record that had none, is an edit too
        audit.tamper("update audit_record set acting_person_id = null, acting_person_name = null "
            + "where chain_position = 8");
        assertBroken(verify(null, null), 8, Problem.HASH_MISMATCH);
        audit.reset();
        sixSealedRecords();
        audit.tamper("update audit_record set acting_person_id = 'cit-1' where chain_position = 2");
        assertBroken(verify(null, null), 2, Problem.HASH_MISMATCH);
    }

    @Test
    public void aDeletedRecordIsDetected() {
        assertEquals(1, audit.tamper("delete from audit_record where chain_position = 4"));
        assertBroken(verify(null, null), 4, Problem.MISSING_POSITION);
    }

    @Test
    public void aDeletedLastRecordIsDetected() {
        audit.tamper("delete from audit_record where chain_position = 6");
        assertBroken(verify(null, null), 6, Problem.MISSING_POSITION);
    }

    @Test
    public void swappedHashesAreDetected() {
        String h2 = hashAt(2);
        String h3 = hashAt(3);
        audit.tamper("update audit_record set hash = ? where chain_position = 2", h3);
        audit.tamper("update audit_record set hash = ? where chain_position = 3", h2);
        assertBroken(verify(null, null), 2, Problem.HASH_MISMATCH);
    }

    @Test
    public void reorderedRecordsAreDetected() {
        audit.tamper("update audit_record set chain_position = -2 where chain_position = 2");
        audit.tamper("update audit_record set chain_position = 2 where chain_position = 5");
        audit.tamper("update audit_record set chain_position = 5 where chain_position = -2");
        assertBroken(verify(null, null), 2, Problem.HASH_MISMATCH);
    }

    @Test
    public void aRecordRehashedAfterAnEditBreaksTheNextLink() {
        audit.tamper("update audit_record set detail = ? where chain_position = 3", "đã sửa");
        AuditRecordEntity edited = audit.jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
            "SELECT r FROM AuditRecordEntity r WHERE r.chainPosition = 3", AuditRecordEntity.class).getSingleResult());
        audit.tamper("update audit_record set hash = ? where chain_position = 3",
            AuditChain.hash(edited, 3, edited.getPrevHash()));
        assertBroken(verify(null, null), 4, Problem.BROKEN_LINK);
    }

    @Test
    public void anEditedHeadIsDetected() {
        audit.tamper("update audit_chain_head set last_hash = ?", "f".repeat(64));
        assertBroken(verify(null, null), 6, Problem.HEAD_MISMATCH);
    }

    @Test
    public void aRewoundHeadIsDetected() {
        audit.tamper("update audit_chain_head set last_position = 4, last_hash = ?", hashAt(4));
        assertBroken(verify(null, null), 5, Problem.HEAD_MISMATCH);
    }

    @Test
    public void aRangeIsAnchoredOnTheRecordBeforeIt() {
        VerificationReport part = verify(3L, 5L);
        assertTrue(part.reasonEn(), part.intact());
        assertEquals(3, part.checked());
        audit.tamper("update audit_record set detail = ? where chain_position = 2", "đã sửa");
        assertTrue("an edit before the range is outside it", verify(3L, 5L).intact());
        assertBroken(verify(1L, 5L), 2, Problem.HASH_MISMATCH);
        audit.tamper("delete from audit_record where chain_position = 2");
        assertBroken(verify(3L, 5L), 2, Problem.MISSING_POSITION);
    }

    @Test
    public void aRangeBeyondTheHeadStopsAtTheHead() {
        VerificationReport report = verify(2L, 100L);
        assertTrue(report.intact());
        assertEquals(6, report.toPosition());
        assertEquals(5, report.checked());
    }

    @Test
    public void badRangesAreRefusedNamingTheField() {
        assertEquals("from", assertThrows(ValidationException.class, () -> verify(0L, null)).errors().get(0).field());
        assertEquals("to", assertThrows(ValidationException.class, () -> verify(5L, 3L)).errors().get(0).field());
        assertEquals("from", assertThrows(ValidationException.class, () -> verify(7L, null)).errors().get(0).field());
    }

    @Test
    public void verificationIsRecorded() {
        verify(null, null);
        audit.tamper("update audit_record set detail = 'x' where chain_position = 1");
        verify(null, null);
        List<AuditEntry> records = withAction(AuditTrailService.ACTION_VERIFY);
        assertEquals(2, records.size());
        assertEquals(Outcome.SUCCESS, records.get(0).outcome());
        assertEquals("u-sup", records.get(0).actorId());
        assertEquals(Outcome.FAILURE, records.get(1).outcome());
        assertTrue(records.get(1).detail(), records.get(1).detail().contains("broken at 1 (HASH_MISMATCH)"));
    }

    @Test
    public void onlySupervisorsOperatorsAndTheSystemMayVerify() {
        for (var caller : List.of(POLICE, OFFICER)) {
            ForbiddenException e = assertThrows(ForbiddenException.class,
                () -> CallerContext.callAs(caller, () -> audit.trail.verify(null, null)));
            assertEquals(403, e.httpStatus());
        }
        CallerContext.clear();
        assertThrows(ForbiddenException.class, () -> audit.trail.verify(null, null));
        List<AuditEntry> denied = withAction(AuditTrailService.ACTION_VERIFY);
        assertEquals(3, denied.size());
        assertTrue(denied.stream().allMatch(e -> e.outcome() == Outcome.DENIED));
        assertTrue(CallerContext.callAs(SYSTEM, () -> audit.trail.verify(null, null)).intact());
    }

    @Test
    public void postgresRefusesToChangeOrDeleteTheTrail() {
        Assume.assumeTrue("the append-only trigger is PostgreSQL's", audit.db.isPostgres());
        SQLException edit = refused("a sealed record cannot be edited",
            "update audit_record set detail = 'x' where chain_position = 1");
        assertTrue(edit.getMessage(), edit.getMessage().contains("append-only"));
        refused("nor deleted", "delete from audit_record where chain_position = 1");
        refused("nor truncated", "truncate audit_record");
        refused("a sealed record cannot be sealed again",
            "update audit_record set chain_position = 99 where chain_position = 1");
        recordAs(OFFICER, "late", 1);
        refused("sealing may not change content", "update audit_record set chain_position = 7, prev_hash = 'a', "
            + "hash = 'b', detail = 'x' where chain_position is null");
        refused("nor who acted for an organisation", "update audit_record set chain_position = 7, prev_hash = 'a', "
            + "hash = 'b', acting_person_id = 'x' where chain_position is null");
        refused("nor the acting person's name of a sealed record",
            "update audit_record set acting_person_name = 'x' where chain_position = 2");
        assertTrue(verify(null, null).intact());
    }

    /** The database's refusal of one statement run as the application's role would run it (no trigger switched off). */
    private static SQLException refused(String message, String sql) {
        IllegalStateException e = assertThrows(message, IllegalStateException.class, () -> audit.db.update(sql));
        assertTrue(message + ": " + e.getCause(), e.getCause() instanceof SQLException);
        return (SQLException) e.getCause();
    }
}
