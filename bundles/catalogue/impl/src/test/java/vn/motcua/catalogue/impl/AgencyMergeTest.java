package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.agency;
import static vn.motcua.catalogue.impl.Fixtures.date;
import static vn.motcua.catalogue.impl.Fixtures.error;
import static vn.motcua.catalogue.impl.Fixtures.process;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyEvent;
import vn.motcua.catalogue.api.Enums.AgencyEventType;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ChangeType;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.MergeResult;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.catalogue.api.ProcessDefinition;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;

/** Sáp nhập: tỉnh Bắc Giang (H04) into tỉnh Bắc Ninh (H06) from 01/07/2025. */
public class AgencyMergeTest extends CatalogueTestSupport {
    static final String OLD = "000.00.00.H04";
    static final String OLD_JUSTICE = "000.00.03.H04";
    static final String OLD_CITY = "000.00.21.H04";
    static final String P_SHARED = "1.000001";
    static final String P_OLD_ONLY = "1.000002";
    static final String P_BOTH = "1.000003";
    static final String P_CHILD = "1.000004";
    static final MergeRequest MERGE = new MergeRequest(PROVINCE, date("2025-07-01"), "Nghị quyết số 202/2025/QH15",
        "Sắp xếp đơn vị hành chính cấp tỉnh");

    private static void oldProvince() {
        standardCatalogue();
        cat.agencies.create(agency(OLD, null, "Ủy ban nhân dân tỉnh Bắc Giang", AgencyLevel.PROVINCE));
        cat.agencies.create(agency(OLD_JUSTICE, OLD, "Sở Tư pháp tỉnh Bắc Giang", AgencyLevel.PROVINCE));
        cat.agencies.create(agency(OLD_CITY, OLD, "Ủy ban nhân dân thành phố Bắc Giang", AgencyLevel.DISTRICT));
        cat.procedures.create(procedure(P_SHARED, "Thủ tục của hai cơ quan").agencies(OLD, DEPT_CONSTRUCTION)
            .effective("2024-01-01").build());
        cat.procedures.create(procedure(P_OLD_ONLY, "Thủ tục chỉ của tỉnh cũ").agencies(OLD).effective("2024-01-01")
            .build());
        cat.procedures.create(procedure(P_BOTH, "Thủ tục của cả hai tỉnh").agencies(OLD, PROVINCE)
            .effective("2024-01-01").build());
        cat.procedures.create(procedure(P_CHILD, "Thủ tục của Sở Tư pháp cũ").agencies(OLD_JUSTICE)
            .effective("2024-01-01").build());
    }

    // clauses: 000-10.1
    @Test
    public void mergeMovesSubAgenciesProceduresAndOpenProcesses() {
        oldProvince();
        cat.processes.define(process(P_SHARED, OLD, date("2024-02-01"), "8", "8"));
        cat.processes.define(process(P_BOTH, OLD, date("2024-02-01"), "4"));
        cat.processes.define(process(P_BOTH, PROVINCE, date("2024-02-01"), "2"));

        MergeResult result = cat.agencies.merge(OLD, MERGE);
        assertEquals(OLD, result.agencyCode());
        assertEquals(PROVINCE, result.successorCode());
        assertEquals(Set.of(P_SHARED, P_OLD_ONLY, P_BOTH), Set.copyOf(result.proceduresMoved()));
        assertEquals("the successor keeps its own process for P_BOTH", 1, result.processDefinitionsMoved());
        assertEquals(2, result.childAgenciesMoved());

        Agency merged = cat.agencies.get(OLD);
        assertEquals(date("2025-06-30"), merged.validTo());
        assertEquals(PROVINCE, merged.successorCode());
        assertEquals(PROVINCE, cat.agencies.get(OLD_JUSTICE).parentCode());
        assertEquals(PROVINCE, cat.agencies.get(OLD_CITY).parentCode());
        assertEquals(List.of(OLD), cat.agencies.subtree(OLD));

        // procedures: a new version from the merge date names the successor; the old version keeps the old agency
        ProcedureVersion before = cat.procedures.get(P_SHARED, date("2025-06-30"));
        ProcedureVersion after = cat.procedures.get(P_SHARED, date("2025-07-01"));
        assertEquals(1, before.version());
        assertEquals(List.of(OLD, DEPT_CONSTRUCTION), before.agencyCodes());
        assertEquals(date("2025-07-01"), before.validTo());
        assertEquals(2, after.version());
        assertEquals(ChangeType.AMENDED, after.changeType());
        assertEquals(List.of(PROVINCE, DEPT_CONSTRUCTION), after.agencyCodes());
        assertEquals(date("2025-07-01"), after.validFrom());
        assertEquals("Nghị quyết số 202/2025/QH15", after.decision().number());
        assertEquals(before.nameVi(), after.nameVi());
        assertEquals(before.steps(), after.steps());
        assertEquals("no duplicate when the successor already handled it", List.of(PROVINCE),
            cat.procedures.get(P_BOTH, date("2025-07-01")).agencyCodes());
        assertEquals("a sub-agency's procedure is untouched", 1, cat.procedures.versions(P_CHILD).size());

        // processes: the merged agency's open process continues as the successor's from the merge date
        ProcessDefinition oldProcess = cat.processes.get(P_SHARED, OLD, date("2025-06-30"));
        assertEquals(date("2025-07-01"), oldProcess.validTo());
        assertThrows(NotFoundException.class, () -> cat.processes.get(P_SHARED, OLD, date("2025-07-01")));
        ProcessDefinition moved = cat.processes.get(P_SHARED, PROVINCE, date("2025-07-01"));
        assertEquals(oldProcess.steps(), moved.steps());
        assertEquals(date("2025-07-01"), moved.validFrom());
        assertEquals(1, cat.processes.versions(P_BOTH, PROVINCE).size());
        assertEquals(date("2025-07-01"), cat.processes.versions(P_BOTH, OLD).get(0).validTo());

        // history on both sides
        List<AgencyEvent> oldHistory = cat.agencies.history(OLD);
        AgencyEvent mergedInto = oldHistory.get(oldHistory.size() - 1);
        assertEquals(AgencyEventType.MERGED_INTO, mergedInto.type());
        assertEquals(PROVINCE, mergedInto.relatedAgencyCode());
        assertEquals(date("2025-07-01"), mergedInto.effectiveDate());
        assertEquals("Nghị quyết số 202/2025/QH15", mergedInto.decisionNumber());
        assertTrue(cat.agencies.history(PROVINCE).stream().anyMatch(e -> e.type() == AgencyEventType.ABSORBED
            && OLD.equals(e.relatedAgencyCode())));

        // the merged agency is gone from the tree after the merge and cannot get new procedures
        assertTrue(cat.agencies.tree(date("2025-07-01")).stream().noneMatch(n -> n.agency().code().equals(OLD)));
        ValidationException late = assertThrows(ValidationException.class, () -> cat.procedures.create(
            procedure("1.000009", "Thủ tục mới").agencies(OLD).effective("2025-08-01").build()));
        assertEquals("agency-not-valid", error(late, "agencyCodes[0]").code());
        assertTrue(error(late, "agencyCodes[0]").messageEn(), error(late, "agencyCodes[0]").messageEn().contains(PROVINCE));
    }

    // clauses: 000-10.1
    @Test
    public void resolveFollowsTheSuccessorChainByDate() {
        oldProvince();
        cat.agencies.merge(OLD_JUSTICE, new MergeRequest(DEPT_ENVIRONMENT, date("2025-07-01"), null, null));
        cat.agencies.merge(DEPT_ENVIRONMENT, new MergeRequest(DEPT_CONSTRUCTION, date("2026-01-01"), null, null));
        assertEquals(OLD_JUSTICE, cat.agencies.resolve(OLD_JUSTICE, date("2025-06-30")).code());
        assertEquals(DEPT_ENVIRONMENT, cat.agencies.resolve(OLD_JUSTICE, date("2025-07-01")).code());
        assertEquals(DEPT_ENVIRONMENT, cat.agencies.resolve(OLD_JUSTICE, date("2025-12-31")).code());
        assertEquals(DEPT_CONSTRUCTION, cat.agencies.resolve(OLD_JUSTICE, date("2026-01-01")).code());
        assertEquals(DEPT_CONSTRUCTION, cat.agencies.resolve(OLD_JUSTICE, null).code());
        assertEquals(DEPT_CONSTRUCTION, cat.agencies.resolve(DEPT_CONSTRUCTION, date("2024-01-01")).code());
        assertThrows(NotFoundException.class, () -> cat.agencies.resolve("999.99.99.H99", null));
        // the procedure followed the chain too
        assertEquals(List.of(DEPT_ENVIRONMENT), cat.procedures.get(P_CHILD, date("2025-07-01")).agencyCodes());
        assertEquals(List.of(DEPT_CONSTRUCTION), cat.procedures.get(P_CHILD, date("2026-01-01")).agencyCodes());
        assertEquals(3, cat.procedures.versions(P_CHILD).size());
    }

    @Test
    public void mergingTwiceIsAConflictAndBadMergesAreRejected() {
        oldProvince();
        cat.agencies.merge(OLD, MERGE);
        ConflictException twice = assertThrows(ConflictException.class, () -> cat.agencies.merge(OLD,
            new MergeRequest(DEPT_CONSTRUCTION, date("2025-08-01"), null, null)));
        assertEquals("already-merged", twice.code());
        assertEquals(PROVINCE, cat.agencies.get(OLD).successorCode());

        ValidationException unknown = assertThrows(ValidationException.class, () -> cat.agencies.merge(DEPT_ENVIRONMENT,
            new MergeRequest("000.00.99.H06", date("2025-08-01"), null, null)));
        assertEquals("unknown-agency", error(unknown, "successorCode").code());
        ValidationException intoChild = assertThrows(ValidationException.class, () -> cat.agencies.merge(
            DEPT_CONSTRUCTION, new MergeRequest(DIVISION_CONSTRUCTION, date("2025-08-01"), null, null)));
        assertEquals("cycle", error(intoChild, "successorCode").code());
        ValidationException intoSelf = assertThrows(ValidationException.class, () -> cat.agencies.merge(
            DEPT_CONSTRUCTION, new MergeRequest(DEPT_CONSTRUCTION, date("2025-08-01"), null, null)));
        assertEquals("cycle", error(intoSelf, "successorCode").code());
        ValidationException tooEarly = assertThrows(ValidationException.class, () -> cat.agencies.merge(
            DEPT_ENVIRONMENT, new MergeRequest(DEPT_CONSTRUCTION, date("2020-01-01"), null, null)));
        assertEquals("before-start", error(tooEarly, "effectiveDate").code());
        ValidationException intoClosed = assertThrows(ValidationException.class, () -> cat.agencies.merge(
            OLD_CITY, new MergeRequest(OLD, date("2025-08-01"), null, null)));
        assertEquals("not-valid", error(intoClosed, "successorCode").code());
        ValidationException missing = assertThrows(ValidationException.class, () -> cat.agencies.merge(
            DEPT_ENVIRONMENT, new MergeRequest(null, null, null, null)));
        Fixtures.assertFields(missing, "successorCode", "effectiveDate");
        assertThrows(NotFoundException.class, () -> cat.agencies.merge("999.99.99.H99", MERGE));
        assertNull(cat.agencies.get(DEPT_ENVIRONMENT).successorCode());
    }

    @Test
    public void aProcedureVersionOnOrAfterTheMergeDateBlocksTheWholeMerge() {
        oldProvince();
        cat.procedures.amend(P_OLD_ONLY, procedure(P_OLD_ONLY, "Thủ tục chỉ của tỉnh cũ (sửa đổi)").agencies(OLD)
            .effective("2025-07-01").build());
        ConflictException blocked = assertThrows(ConflictException.class, () -> cat.agencies.merge(OLD, MERGE));
        assertEquals("merge-blocked-by-future-version", blocked.code());
        assertTrue(blocked.getMessage(), blocked.getMessage().contains(P_OLD_ONLY));
        // nothing of the merge remains: not the agency's end, not the other procedures' new versions
        assertNull(cat.agencies.get(OLD).successorCode());
        assertNull(cat.agencies.get(OLD).validTo());
        assertEquals(1, cat.procedures.versions(P_SHARED).size());
        assertEquals(OLD, cat.agencies.get(OLD_JUSTICE).parentCode());
    }
}
