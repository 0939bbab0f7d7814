package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.agency;
import static vn.motcua.catalogue.impl.Fixtures.assertFields;
import static vn.motcua.catalogue.impl.Fixtures.date;
import static vn.motcua.catalogue.impl.Fixtures.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyEvent;
import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.AgencyNode;
import vn.motcua.catalogue.api.Enums.AgencyEventType;
import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.RenameRequest;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;

public class AgencyServiceImplTest extends CatalogueTestSupport {

    // clauses: 000-10.1
    @Test
    public void createsAnAgencyAndReadsItBack() {
        cat.agencies.create(agency(PROVINCE, null, "Ủy ban nhân dân tỉnh Bắc Ninh", AgencyLevel.PROVINCE));
        Agency created = cat.agencies.create(new AgencyInput(DEPT_CONSTRUCTION, " " + PROVINCE + " ",
            "  Sở Xây dựng tỉnh Bắc Ninh ", "Department of Construction", AgencyKind.DEPARTMENT, AgencyLevel.PROVINCE,
            "Số 10 Lý Thái Tổ", " ", "soxd@bacninh.gov.vn", null, date("2020-01-01"), null));
        assertEquals("Sở Xây dựng tỉnh Bắc Ninh", created.nameVi());
        assertEquals(PROVINCE, created.parentCode());
        assertNull("blank texts are stored as absent", created.phone());

        Agency read = cat.agencies.get(DEPT_CONSTRUCTION);
        assertEquals(created, read);
        assertEquals(AgencyKind.DEPARTMENT, read.kind());
        assertEquals(AgencyLevel.PROVINCE, read.level());
        assertEquals(date("2020-01-01"), read.validFrom());
        assertNull(read.successorCode());
        assertEquals(List.of(AgencyEventType.CREATED),
            cat.agencies.history(DEPT_CONSTRUCTION).stream().map(AgencyEvent::type).toList());
        assertThrows(NotFoundException.class, () -> cat.agencies.get("999.99.99.H99"));
    }

    @Test
    public void reportsEveryBadFieldAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> cat.agencies.create(new AgencyInput(
            "H06-SXD", "000.00.99.H06", null, null, null, null, null, null, "not an email", null, null, null)));
        assertFields(e, "code", "nameVi", "kind", "level", "validFrom", "email", "parentCode");
        assertEquals("bad-format", error(e, "code").code());
        assertEquals("required", error(e, "nameVi").code());
        assertEquals("required", error(e, "kind").code());
        assertEquals("required", error(e, "level").code());
        assertEquals("required", error(e, "validFrom").code());
        assertEquals("bad-format", error(e, "email").code());
        assertEquals("unknown-agency", error(e, "parentCode").code());
        assertEquals(0, cat.db.count("cat_agency"));
    }

    @Test
    public void rejectsAnEndBeforeTheStartAndAnAgencyAsItsOwnParent() {
        AgencyInput self = new AgencyInput(PROVINCE, PROVINCE, "Ủy ban nhân dân tỉnh", null,
            AgencyKind.PEOPLES_COMMITTEE, AgencyLevel.PROVINCE, null, null, null, null, date("2020-01-01"),
            date("2019-12-31"));
        ValidationException e = assertThrows(ValidationException.class, () -> cat.agencies.create(self));
        assertFields(e, "parentCode", "validTo");
        assertEquals("cycle", error(e, "parentCode").code());
        assertEquals("before-start", error(e, "validTo").code());
    }

    @Test
    public void refusesToMoveAnAgencyUnderItsOwnSubtree() {
        standardCatalogue();
        AgencyInput current = input(DEPT_CONSTRUCTION);
        AgencyInput underOwnDivision = new AgencyInput(current.code(), DIVISION_CONSTRUCTION, current.nameVi(),
            current.nameEn(), current.kind(), current.level(), current.address(), current.phone(), current.email(),
            current.website(), current.validFrom(), null);
        ValidationException e = assertThrows(ValidationException.class,
            () -> cat.agencies.update(DEPT_CONSTRUCTION, underOwnDivision));
        assertFields(e, "parentCode");
        assertEquals("cycle", error(e, "parentCode").code());
        assertEquals(PROVINCE, cat.agencies.get(DEPT_CONSTRUCTION).parentCode());
    }

    @Test
    public void updateChangesContactDataButNeitherCodeNorName() {
        standardCatalogue();
        AgencyInput c = input(WARD_KINH_BAC);
        Agency updated = cat.agencies.update(WARD_KINH_BAC, new AgencyInput(c.code(), c.parentCode(), c.nameVi(),
            c.nameEn(), c.kind(), c.level(), "Số 1 đường Kinh Dương Vương", "0222 3999 999", c.email(), null,
            c.validFrom(), null));
        assertEquals("0222 3999 999", updated.phone());
        assertEquals("0222 3999 999", cat.agencies.get(WARD_KINH_BAC).phone());

        ValidationException rename = assertThrows(ValidationException.class, () -> cat.agencies.update(WARD_KINH_BAC,
            new AgencyInput(c.code(), c.parentCode(), "Tên khác", null, c.kind(), c.level(), null, null, null, null,
                c.validFrom(), null)));
        assertEquals("use-rename", error(rename, "nameVi").code());
        ValidationException recode = assertThrows(ValidationException.class, () -> cat.agencies.update(WARD_KINH_BAC,
            new AgencyInput(COMMUNE_GIA_BINH, c.parentCode(), c.nameVi(), null, c.kind(), c.level(), null, null, null,
                null, c.validFrom(), null)));
        assertEquals("immutable", error(recode, "code").code());
    }

    @Test
    public void duplicateCodeIsAConflict() {
        standardCatalogue();
        ConflictException e = assertThrows(ConflictException.class, () -> cat.agencies.create(
            agency(DEPT_CONSTRUCTION, PROVINCE, "Sở Xây dựng (trùng mã)", AgencyLevel.PROVINCE)));
        assertEquals("duplicate-code", e.code());
        assertEquals(409, e.httpStatus());
        assertEquals("Sở Xây dựng tỉnh Bắc Ninh", cat.agencies.get(DEPT_CONSTRUCTION).nameVi());
    }

    // clauses: 002-7.1a, 001-8.1, 003-10.1a
    @Test
    public void treeNestsAgenciesUnderTheirParentsAndSubtreeCollectsDescendants() {
        standardCatalogue();
        List<AgencyNode> roots = cat.agencies.tree(null);
        assertEquals(1, roots.size());
        AgencyNode root = roots.get(0);
        assertEquals(PROVINCE, root.agency().code());
        assertEquals(List.of(DEPT_CONSTRUCTION, DEPT_ENVIRONMENT, WARD_KINH_BAC, COMMUNE_GIA_BINH),
            root.children().stream().map(n -> n.agency().code()).toList());
        AgencyNode construction = root.children().get(0);
        assertEquals(List.of(DIVISION_CONSTRUCTION),
            construction.children().stream().map(n -> n.agency().code()).toList());
        assertTrue(root.children().get(1).children().isEmpty());

        assertEquals(Set.of(DEPT_CONSTRUCTION, DIVISION_CONSTRUCTION), Set.copyOf(cat.agencies.subtree(DEPT_CONSTRUCTION)));
        assertEquals(6, Set.copyOf(cat.agencies.subtree(PROVINCE)).size());
        assertEquals(List.of(WARD_KINH_BAC), cat.agencies.subtree(WARD_KINH_BAC));
        assertThrows(NotFoundException.class, () -> cat.agencies.subtree("999.99.99.H99"));
    }

    @Test
    public void treeAsOfADateLeavesOutAgenciesNotYetOrNoLongerExisting() {
        standardCatalogue();
        cat.agencies.create(new AgencyInput("000.00.40.H06", PROVINCE, "Ban Quản lý dự án mới", null,
            AgencyKind.OTHER, AgencyLevel.PROVINCE, null, null, null, null, date("2025-07-01"), null));
        cat.agencies.create(new AgencyInput("000.00.41.H06", PROVINCE, "Ban đã giải thể", null, AgencyKind.OTHER,
            AgencyLevel.PROVINCE, null, null, null, null, date("2020-01-01"), date("2022-12-31")));
        assertEquals(Set.of(DEPT_CONSTRUCTION, DEPT_ENVIRONMENT, WARD_KINH_BAC, COMMUNE_GIA_BINH, "000.00.41.H06"),
            childCodes(cat.agencies.tree(date("2022-06-01")).get(0)));
        assertEquals(Set.of(DEPT_CONSTRUCTION, DEPT_ENVIRONMENT, WARD_KINH_BAC, COMMUNE_GIA_BINH, "000.00.40.H06"),
            childCodes(cat.agencies.tree(date("2025-07-01")).get(0)));
        assertEquals(8, allCodes(cat.agencies.tree(null)).size());
    }

    @Test
    public void listFiltersByParentTextAndDateAndPages() {
        standardCatalogue();
        Page<Agency> communes = cat.agencies.list(PROVINCE, "uy ban", null, PageRequest.of(0, 10));
        assertEquals(List.of(WARD_KINH_BAC, COMMUNE_GIA_BINH), communes.items().stream().map(Agency::code).toList());
        Page<Agency> first = cat.agencies.list(null, null, date("2024-01-01"),
            new PageRequest(0, 4, List.of(new SortOrder("code", false))));
        assertEquals(6, first.totalItems());
        assertEquals(2, first.totalPages());
        assertEquals(List.of(DIVISION_CONSTRUCTION, COMMUNE_GIA_BINH, WARD_KINH_BAC, DEPT_ENVIRONMENT),
            first.items().stream().map(Agency::code).toList());
        assertEquals(0, cat.agencies.list(null, null, date("2019-12-31"), PageRequest.of(0, 10)).totalItems());
    }

    // clauses: 000-10.1
    @Test
    public void renameKeepsCodeAndRecordsTheOldNameInHistory() {
        standardCatalogue();
        Agency renamed = cat.agencies.rename(DEPT_ENVIRONMENT, new RenameRequest("Sở Nông nghiệp và Môi trường",
            "Department of Agriculture and Environment", date("2025-03-01"), "Quyết định số 15/QĐ-UBND"));
        assertEquals(DEPT_ENVIRONMENT, renamed.code());
        assertEquals("Sở Nông nghiệp và Môi trường", cat.agencies.get(DEPT_ENVIRONMENT).nameVi());
        assertEquals("Department of Agriculture and Environment", renamed.nameEn());

        List<AgencyEvent> history = cat.agencies.history(DEPT_ENVIRONMENT);
        assertEquals(List.of(AgencyEventType.CREATED, AgencyEventType.RENAMED),
            history.stream().map(AgencyEvent::type).toList());
        AgencyEvent rename = history.get(1);
        assertEquals(date("2025-03-01"), rename.effectiveDate());
        assertEquals("Quyết định số 15/QĐ-UBND", rename.decisionNumber());
        assertTrue(rename.detail(), rename.detail().contains("Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh"));
        assertEquals("Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh", history.get(0).detail());

        // the new name is searchable, the old one is history only
        assertEquals(1, cat.agencies.list(null, "nong nghiep moi truong", null, PageRequest.of(0, 10)).totalItems());
        ValidationException e = assertThrows(ValidationException.class,
            () -> cat.agencies.rename(DEPT_ENVIRONMENT, new RenameRequest(" ", null, null, null)));
        assertFields(e, "nameVi", "effectiveDate");
    }

    /** The stored agency as an update body. */
    private static AgencyInput input(String code) {
        return cat.jpa.txExpr(em -> AgencyServiceImpl.toDtoInput(AgencyServiceImpl.find(em, code)));
    }

    private static Set<String> childCodes(AgencyNode node) {
        return Set.copyOf(node.children().stream().map(n -> n.agency().code()).toList());
    }

    private static List<String> allCodes(List<AgencyNode> nodes) {
        List<String> out = new ArrayList<>();
        for (AgencyNode n : nodes) {
            out.add(n.agency().code());
            out.addAll(allCodes(n.children()));
        }
        return out;
    }
}
