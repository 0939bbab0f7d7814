package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.date;
import static vn.motcua.catalogue.impl.Fixtures.decision;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.catalogue.api.AbolishRequest;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.FeeKind;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.Fee;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureSummary;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;

/** Search over a small catalogue in force today, plus one future procedure. */
public class ProcedureSearchTest extends CatalogueTestSupport {
    static final String PERMIT = "1.009994";
    static final String BIRTH = "1.001193";
    static final String MARRIAGE = "1.000894";
    static final String FOOD_SAFETY = "1.004227";
    static final String LAND = "2.000001";
    static final String FUTURE_PERMIT = "1.008888";

    @Before
    public void catalogue() {
        standardCatalogue();
        cat.procedures.create(procedure(PERMIT, "Cấp giấy phép xây dựng").sector("HDXD")
            .agencies(DIVISION_CONSTRUCTION).levels(AgencyLevel.PROVINCE).online(OnlineLevel.PARTIAL).fee(150_000)
            .effective("2024-01-01").build());
        cat.procedures.create(procedure(BIRTH, "Đăng ký khai sinh").sector("HOTICH")
            .agencies(WARD_KINH_BAC, COMMUNE_GIA_BINH).levels(AgencyLevel.COMMUNE).online(OnlineLevel.FULL)
            .channels(Channel.ONLINE, Channel.COUNTER).time("0", DurationUnit.IMMEDIATE).fee(0)
            .effective("2024-01-01").build());
        cat.procedures.create(procedure(MARRIAGE, "Đăng ký kết hôn").sector("HOTICH").agencies(COMMUNE_GIA_BINH)
            .levels(AgencyLevel.COMMUNE).online(OnlineLevel.PARTIAL).effective("2024-01-01").build());
        cat.procedures.create(procedure(FOOD_SAFETY, "Cấp giấy chứng nhận an toàn thực phẩm").sector("HDXD")
            .agencies(DEPT_CONSTRUCTION).levels(AgencyLevel.PROVINCE, AgencyLevel.COMMUNE)
            .online(OnlineLevel.FULL).channels(Channel.ONLINE).effective("2024-01-01").build());
        cat.procedures.create(procedure(LAND, "Thẩm định hồ sơ đất đai tỉnh Bắc Giang").sector("DATDAI")
            .agencies(DEPT_ENVIRONMENT).levels(AgencyLevel.PROVINCE).online(OnlineLevel.NONE)
            .channels(Channel.COUNTER).fees(new Fee(FeeKind.FEE, "Phí thẩm định", null, "Theo diện tích"))
            .effective("2024-01-01").build());
        cat.procedures.create(procedure(FUTURE_PERMIT, "Cấp giấy phép xây dựng có thời hạn").sector("HDXD")
            .agencies(DEPT_CONSTRUCTION).levels(AgencyLevel.PROVINCE).effective("2099-01-01").build());
    }

    private static ProcedureQuery text(String text) {
        return new ProcedureQuery(text, null, null, null, null, null, null, null);
    }

    private static List<String> codes(ProcedureQuery q) {
        return codes(cat.procedures.search(q, PageRequest.of(0, 50)));
    }

    private static List<String> codes(Page<ProcedureSummary> page) {
        return page.items().stream().map(ProcedureSummary::code).toList();
    }

    private static Set<String> codeSet(ProcedureQuery q) {
        List<String> list = codes(q);
        Set<String> set = Set.copyOf(list);
        assertEquals("no procedure listed twice: " + list, list.size(), set.size());
        return set;
    }

    // clauses: 001-9.1#1, 002-9.5#1
    @Test
    public void findsWithoutDiacriticsInAnyWordOrder() {
        assertEquals(List.of(PERMIT), codes(text("giay phep xay dung")));
        assertEquals(List.of(PERMIT), codes(text("xay dung giay phep")));
        assertEquals(List.of(PERMIT), codes(text("Cấp Giấy phép XÂY DỰNG")));
        assertEquals(List.of(PERMIT), codes(text("  cap   giay-phep, xay  ")));
        assertEquals(List.of(BIRTH), codes(text("khai sinh")));
        assertEquals(List.of(BIRTH), codes(text("đăng ký khai sinh")));
        assertEquals(Set.of(BIRTH, MARRIAGE), codeSet(text("dang ky")));
        assertEquals("by national code", List.of(BIRTH), codes(text("1.001193")));
        assertEquals(List.of(), codes(text("giay phep khai sinh")));
    }

    // clauses: 002-9.5#1
    @Test
    public void matchesWordPrefixesNotSubstrings() {
        assertEquals("'an' is a word of 'an toàn' but only inside 'Giang', 'Đăng', 'nhận'", List.of(FOOD_SAFETY),
            codes(text("an")));
        assertEquals(List.of(LAND), codes(text("gian")));
        assertEquals(List.of(LAND), codes(text("bac gi")));
        assertEquals(List.of(), codes(text("iang")));
        assertEquals(Set.of(PERMIT, FOOD_SAFETY), codeSet(text("gia ca")));
    }

    // clauses: 001-8.2#1, 001-8.2#2, 001-8.1, 002-7.1b, 003-10.1b, 002-9.2, 002-9.5#1
    @Test
    public void filtersBySectorAgencySubtreeAndLevels() {
        assertEquals(Set.of(BIRTH, MARRIAGE), codeSet(query(null, "HOTICH", null, null, null, null)));
        assertEquals(Set.of(PERMIT, FOOD_SAFETY), codeSet(query(null, "HDXD", null, null, null, null)));
        assertEquals("the province's subtree handles everything",
            Set.of(PERMIT, BIRTH, MARRIAGE, FOOD_SAFETY, LAND), codeSet(query(null, null, PROVINCE, null, null, null)));
        assertEquals("the department's own and its division's procedures", Set.of(PERMIT, FOOD_SAFETY),
            codeSet(query(null, null, DEPT_CONSTRUCTION, null, null, null)));
        assertEquals(Set.of(PERMIT), codeSet(query(null, null, DIVISION_CONSTRUCTION, null, null, null)));
        assertEquals(Set.of(BIRTH, MARRIAGE), codeSet(query(null, null, COMMUNE_GIA_BINH, null, null, null)));
        assertEquals(Set.of(BIRTH), codeSet(query(null, null, WARD_KINH_BAC, null, null, null)));
        assertEquals(Set.of(BIRTH, MARRIAGE, FOOD_SAFETY), codeSet(query(null, null, null, AgencyLevel.COMMUNE, null, null)));
        assertEquals(Set.of(PERMIT, FOOD_SAFETY, LAND), codeSet(query(null, null, null, AgencyLevel.PROVINCE, null, null)));
        assertEquals(Set.of(), codeSet(query(null, null, null, AgencyLevel.DISTRICT, null, null)));
        assertEquals(Set.of(BIRTH, FOOD_SAFETY), codeSet(query(null, null, null, null, OnlineLevel.FULL, null)));
        assertEquals(Set.of(PERMIT, MARRIAGE), codeSet(query(null, null, null, null, OnlineLevel.PARTIAL, null)));
        assertEquals(Set.of(LAND), codeSet(query(null, null, null, null, OnlineLevel.NONE, null)));
        assertEquals(Set.of(PERMIT, LAND), codeSet(query(null, null, null, null, null, true)));
        assertEquals(Set.of(BIRTH, MARRIAGE, FOOD_SAFETY), codeSet(query(null, null, null, null, null, false)));
        assertEquals("all filters at once", Set.of(PERMIT),
            codeSet(query("giay", "HDXD", PROVINCE, AgencyLevel.PROVINCE, OnlineLevel.PARTIAL, true)));
        ProcedureSummary birth = cat.procedures.search(text("khai sinh"), PageRequest.of(0, 5)).items().get(0);
        assertEquals("Hộ tịch", birth.sectorNameVi());
        assertEquals(OnlineLevel.FULL, birth.onlineLevel());
        assertEquals(List.of(AgencyLevel.COMMUNE), birth.levels());
        assertFalse(birth.hasFee());
        assertEquals(ProcedureStatus.ACTIVE, birth.status());
    }

    // clauses: 002-8.1, 000-5.1
    @Test
    public void searchesTheCatalogueAsInForceOnAGivenDate() {
        assertEquals(List.of(PERMIT), codes(text("giay phep xay dung")));
        assertEquals(Set.of(PERMIT, FUTURE_PERMIT), codeSet(asOf("giay phep xay dung", date("2099-01-01"))));
        assertEquals(Set.of(), codeSet(asOf(null, date("2023-12-31"))));
        assertEquals(5, cat.procedures.search(asOf(null, date("2024-01-01")), PageRequest.of(0, 1)).totalItems());

        cat.procedures.abolish(MARRIAGE, new AbolishRequest(decision("Quyết định số 5/QĐ-UBND", date("2025-01-01")), null));
        assertEquals(Set.of(BIRTH, MARRIAGE), codeSet(asOf("dang ky", date("2024-12-31"))));
        assertEquals(Set.of(BIRTH), codeSet(asOf("dang ky", date("2025-01-01"))));
        assertEquals(Set.of(MARRIAGE), codeSet(new ProcedureQuery("dang ky", null, null, null, null, null, null,
            ProcedureStatus.ABOLISHED)));

        cat.procedures.amend(PERMIT, procedure(PERMIT, "Cấp giấy phép xây dựng nhà ở riêng lẻ").sector("HDXD")
            .agencies(DIVISION_CONSTRUCTION).fee(100_000).effective("2025-06-01").build());
        assertEquals("the old name until the amendment", Set.of(), codeSet(asOf("rieng le", date("2025-05-31"))));
        assertEquals(Set.of(PERMIT), codeSet(asOf("rieng le", date("2025-06-01"))));
        assertEquals(2, cat.procedures.search(asOf("rieng le", null), PageRequest.of(0, 5)).items().get(0).version());
    }

    // clauses: 002-9.5#1
    @Test
    public void pagesCountTheWholeResultAndSortByNameOrCode() {
        List<SortOrder> byName = List.of(new SortOrder("name", true));
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            Page<ProcedureSummary> p = cat.procedures.search(ProcedureQuery.all(), new PageRequest(page, 2, byName));
            assertEquals(5, p.totalItems());
            assertEquals(3, p.totalPages());
            assertEquals(page < 2 ? 2 : 1, p.items().size());
            seen.addAll(codes(p));
        }
        assertEquals("folded names: 'Đăng' sorts with 'dang', before 'Thẩm'",
            List.of(FOOD_SAFETY, PERMIT, MARRIAGE, BIRTH, LAND), seen);
        assertTrue(cat.procedures.search(ProcedureQuery.all(), new PageRequest(3, 2, byName)).items().isEmpty());

        assertEquals(List.of(LAND, BIRTH, MARRIAGE, PERMIT, FOOD_SAFETY), codes(cat.procedures.search(ProcedureQuery.all(),
            new PageRequest(0, 10, List.of(new SortOrder("name", false))))));
        assertEquals(List.of(MARRIAGE, BIRTH, FOOD_SAFETY, PERMIT, LAND), codes(cat.procedures.search(ProcedureQuery.all(),
            new PageRequest(0, 10, List.of(new SortOrder("code", true))))));
        assertEquals(List.of(LAND, PERMIT, FOOD_SAFETY, BIRTH, MARRIAGE), codes(cat.procedures.search(ProcedureQuery.all(),
            new PageRequest(0, 10, List.of(new SortOrder("code", false))))));
        Page<ProcedureSummary> filtered = cat.procedures.search(new ProcedureQuery(null, "HOTICH", null, null, null,
            null, null, null), new PageRequest(0, 1, List.of(new SortOrder("code", true))));
        assertEquals(2, filtered.totalItems());
        assertEquals(List.of(MARRIAGE), codes(filtered));
    }

    private static ProcedureQuery query(String text, String sector, String agency, AgencyLevel level, OnlineLevel online,
                                        Boolean hasFee) {
        return new ProcedureQuery(text, sector, agency, level, online, hasFee, null, null);
    }

    private static ProcedureQuery asOf(String text, LocalDate date) {
        return new ProcedureQuery(text, null, null, null, null, null, date, null);
    }
}
