package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.assertFields;
import static vn.motcua.catalogue.impl.Fixtures.date;
import static vn.motcua.catalogue.impl.Fixtures.decision;
import static vn.motcua.catalogue.impl.Fixtures.error;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.math.BigDecimal;
import java.util.List;

import org.junit.Test;

import vn.motcua.catalogue.api.AbolishRequest;
import vn.motcua.catalogue.api.Decision;
import vn.motcua.catalogue.api.DossierComponent;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ChangeType;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.ComponentForm;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.FeeKind;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.Fee;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.catalogue.api.ProcessingTime;
import vn.motcua.platform.api.error.ConflictException;
import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.PageRequest;

public class ProcedureServiceImplTest extends CatalogueTestSupport {
    private static final String CODE = "1.009994";

    private static Fixtures.ProcedureBuilder permit() {
        return procedure(CODE, "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II")
            .nameEn("Construction permit").sector("HDXD").agencies(DEPT_CONSTRUCTION).levels(AgencyLevel.PROVINCE)
            .online(OnlineLevel.PARTIAL).time("20", DurationUnit.WORKING_DAYS).fee(150_000)
            .effective("2024-01-15");
    }

    // clauses: 000-5.1, 001-8.2#3, 003-12.1#2, 002-10.1#1
    @Test
    public void createPublishesVersionOneWithTheWholeContent() {
        standardCatalogue();
        ProcedureInput in = permit().conditions("Có quyền sử dụng đất hợp pháp").build();
        ProcedureVersion v = cat.procedures.create(in);
        assertEquals(CODE, v.code());
        assertEquals(1, v.version());
        assertEquals(ChangeType.CREATED, v.changeType());
        assertEquals(ProcedureStatus.ACTIVE, v.status());
        assertEquals(date("2024-01-15"), v.validFrom());
        assertNull(v.validTo());
        assertEquals("Hoạt động xây dựng", v.sectorNameVi());

        ProcedureVersion read = cat.procedures.get(CODE, date("2024-02-01"));
        assertEquals(in.nameVi(), read.nameVi());
        assertEquals(List.of(DEPT_CONSTRUCTION), read.agencyCodes());
        assertEquals(List.of(AgencyLevel.PROVINCE), read.levels());
        assertEquals(in.steps(), read.steps());
        assertEquals(in.components(), read.components());
        assertEquals(in.results(), read.results());
        assertEquals(in.fees(), read.fees());
        assertEquals(in.legalBasis(), read.legalBasis());
        assertEquals("Có quyền sử dụng đất hợp pháp", read.conditions());
        assertEquals(0, new BigDecimal("20").compareTo(read.processingTime().value()));
        assertEquals(DurationUnit.WORKING_DAYS, read.processingTime().unit());
        assertEquals(in.decision(), read.decision());
        assertEquals(1L, cat.procedures.count());

        ConflictException dup = assertThrows(ConflictException.class, () -> cat.procedures.create(permit().build()));
        assertEquals("duplicate-code", dup.code());
    }

    // clauses: 002-8.1, 003-11.1, 000-10.3
    @Test
    public void amendAbolishAndTheirDatesFormAChainOfVersions() {
        standardCatalogue();
        cat.procedures.create(permit().build());
        ProcedureVersion v2 = cat.procedures.amend(CODE, permit().time("15", DurationUnit.WORKING_DAYS)
            .effective("2024-07-01").build());
        assertEquals(2, v2.version());
        assertEquals(ChangeType.AMENDED, v2.changeType());
        ProcedureVersion v3 = cat.procedures.abolish(CODE,
            new AbolishRequest(decision("Quyết định số 99/QĐ-UBND", date("2025-07-01")), null));
        assertEquals(3, v3.version());
        assertEquals(ChangeType.ABOLISHED, v3.changeType());
        assertEquals(ProcedureStatus.ABOLISHED, v3.status());

        List<ProcedureVersion> versions = cat.procedures.versions(CODE);
        assertEquals(List.of(1, 2, 3), versions.stream().map(ProcedureVersion::version).toList());
        assertEquals(date("2024-01-15"), versions.get(0).validFrom());
        assertEquals(date("2024-07-01"), versions.get(0).validTo());
        assertEquals(date("2024-07-01"), versions.get(1).validFrom());
        assertEquals(date("2025-07-01"), versions.get(1).validTo());
        assertEquals(date("2025-07-01"), versions.get(2).validFrom());
        assertNull(versions.get(2).validTo());

        // the version in force on each side of every effective date
        assertThrows(NotFoundException.class, () -> cat.procedures.get(CODE, date("2024-01-14")));
        assertEquals(1, cat.procedures.get(CODE, date("2024-01-15")).version());
        assertEquals(1, cat.procedures.get(CODE, date("2024-06-30")).version());
        assertEquals(2, cat.procedures.get(CODE, date("2024-07-01")).version());
        assertEquals(0, new BigDecimal("15").compareTo(cat.procedures.get(CODE, date("2024-07-01")).processingTime().value()));
        assertEquals(2, cat.procedures.get(CODE, date("2025-06-30")).version());
        ProcedureVersion abolished = cat.procedures.get(CODE, date("2025-07-01"));
        assertEquals(3, abolished.version());
        assertEquals(ProcedureStatus.ABOLISHED, abolished.status());
        assertEquals(2, cat.procedures.getVersion(CODE, 2).version());
        assertThrows(NotFoundException.class, () -> cat.procedures.getVersion(CODE, 4));
        assertThrows(NotFoundException.class, () -> cat.procedures.get("9.999999", date("2024-07-01")));

        // an abolished procedure drops out of the catalogue from its abolition date
        ProcedureQuery before = new ProcedureQuery(null, null, null, null, null, null, date("2025-06-30"), null);
        ProcedureQuery after = new ProcedureQuery(null, null, null, null, null, null, date("2025-07-01"), null);
        ProcedureQuery abolishedQuery = new ProcedureQuery(null, null, null, null, null, null, date("2025-07-01"),
            ProcedureStatus.ABOLISHED);
        assertEquals(1, cat.procedures.search(before, PageRequest.of(0, 10)).totalItems());
        assertEquals(0, cat.procedures.search(after, PageRequest.of(0, 10)).totalItems());
        assertEquals(1, cat.procedures.search(abolishedQuery, PageRequest.of(0, 10)).totalItems());

        ConflictException again = assertThrows(ConflictException.class, () -> cat.procedures.amend(CODE,
            permit().effective("2026-01-01").build()));
        assertEquals("abolished", again.code());
        assertThrows(ConflictException.class, () -> cat.procedures.abolish(CODE,
            new AbolishRequest(decision("Quyết định số 100/QĐ-UBND", date("2026-01-01")), null)));
    }

    @Test
    public void anAmendmentMustTakeEffectAfterTheLatestVersion() {
        standardCatalogue();
        cat.procedures.create(permit().build());
        cat.procedures.amend(CODE, permit().effective("2024-07-01").build());
        for (String day : List.of("2024-07-01", "2024-03-01")) {
            ValidationException e = assertThrows(ValidationException.class,
                () -> cat.procedures.amend(CODE, permit().effective(day).build()));
            assertFields(e, "decision.effectiveDate");
            assertEquals("not-after-latest", error(e, "decision.effectiveDate").code());
        }
        assertEquals(2, cat.procedures.versions(CODE).size());
        assertNull(cat.procedures.versions(CODE).get(1).validTo());

        ValidationException mismatch = assertThrows(ValidationException.class, () -> cat.procedures.amend(CODE,
            procedure("1.000001", "Tên khác").agencies(DEPT_CONSTRUCTION).effective("2025-01-01").build()));
        assertEquals("mismatch", error(mismatch, "code").code());
        assertThrows(NotFoundException.class, () -> cat.procedures.amend("1.000404",
            procedure("1.000404", "Không có").agencies(DEPT_CONSTRUCTION).effective("2025-01-01").build()));
    }

    // clauses: 003-11.1, 000-10.3
    @Test
    public void replacementNamesTheReplacingProcedure() {
        standardCatalogue();
        cat.procedures.create(permit().build());
        cat.procedures.create(procedure("1.012345", "Cấp giấy phép xây dựng (thủ tục hợp nhất)")
            .agencies(DEPT_CONSTRUCTION).effective("2025-01-01").build());
        ValidationException unknown = assertThrows(ValidationException.class, () -> cat.procedures.abolish(CODE,
            new AbolishRequest(decision("Quyết định số 7/QĐ-UBND", date("2025-01-01")), "1.000404")));
        assertEquals("unknown-procedure", error(unknown, "replacedBy").code());
        ValidationException self = assertThrows(ValidationException.class, () -> cat.procedures.abolish(CODE,
            new AbolishRequest(decision("Quyết định số 7/QĐ-UBND", date("2025-01-01")), CODE)));
        assertEquals("self", error(self, "replacedBy").code());

        ProcedureVersion replaced = cat.procedures.abolish(CODE,
            new AbolishRequest(decision("Quyết định số 7/QĐ-UBND", date("2025-01-01")), "1.012345"));
        assertEquals(ChangeType.REPLACED, replaced.changeType());
        assertEquals(ProcedureStatus.ABOLISHED, replaced.status());
        assertEquals("1.012345", replaced.replacedBy());
        assertEquals("the abolition keeps the last content", permit().build().nameVi(), replaced.nameVi());
        assertEquals(date("2025-01-01"), cat.procedures.versions(CODE).get(0).validTo());
    }

    // clauses: 000-10.4#1, 002-7.1b, 004-3.3, 002-9.2
    @Test
    public void legacyLevelsMapToTheDecree42LevelsAndContradictionsAreErrors() {
        standardCatalogue();
        ProcedureVersion level3 = cat.procedures.create(permit().online(null).legacy(3).build());
        assertEquals(OnlineLevel.PARTIAL, level3.onlineLevel());
        assertEquals(Integer.valueOf(3), level3.legacyLevel());
        ProcedureVersion level4 = cat.procedures.create(procedure("1.000004", "Thủ tục mức độ 4")
            .agencies(DEPT_CONSTRUCTION).online(null).legacy(4).channels(Channel.ONLINE, Channel.POSTAL).build());
        assertEquals(OnlineLevel.FULL, level4.onlineLevel());
        ProcedureVersion level2 = cat.procedures.create(procedure("1.000002", "Thủ tục mức độ 2")
            .agencies(DEPT_CONSTRUCTION).online(null).legacy(2).channels(Channel.COUNTER).build());
        assertEquals(OnlineLevel.NONE, level2.onlineLevel());
        assertEquals(OnlineLevel.FULL, cat.procedures.search(new ProcedureQuery(null, null, null, null, OnlineLevel.FULL,
            null, date("2024-02-01"), null), PageRequest.of(0, 10)).items().get(0).onlineLevel());

        ValidationException contradiction = assertThrows(ValidationException.class, () -> cat.procedures.create(
            procedure("1.000005", "Mâu thuẫn").agencies(DEPT_CONSTRUCTION).online(OnlineLevel.PARTIAL).legacy(4)
                .build()));
        assertFields(contradiction, "onlineLevel");
        assertEquals("inconsistent", error(contradiction, "onlineLevel").code());
        ValidationException outOfRange = assertThrows(ValidationException.class, () -> cat.procedures.create(
            procedure("1.000006", "Ngoài khoảng").agencies(DEPT_CONSTRUCTION).online(null).legacy(5).build()));
        assertFields(outOfRange, "legacyLevel");
        ValidationException none = assertThrows(ValidationException.class, () -> cat.procedures.create(
            procedure("1.000007", "Không có mức").agencies(DEPT_CONSTRUCTION).online(null).build()));
        assertEquals("required", error(none, "onlineLevel").code());
        assertEquals(3L, cat.procedures.count());
    }

    // clauses: 004-3.3, 002-7.1b
    @Test
    public void fullOnlineNeedsTheOnlineChannel() {
        standardCatalogue();
        ValidationException full = assertThrows(ValidationException.class, () -> cat.procedures.create(
            permit().online(OnlineLevel.FULL).channels(Channel.COUNTER, Channel.POSTAL).build()));
        assertFields(full, "channels");
        assertEquals("online-missing", error(full, "channels").code());
        ValidationException legacy4 = assertThrows(ValidationException.class, () -> cat.procedures.create(
            permit().online(null).legacy(4).channels(Channel.COUNTER).build()));
        assertEquals("online-missing", error(legacy4, "channels").code());
        assertEquals(OnlineLevel.FULL, cat.procedures.create(permit().online(OnlineLevel.FULL)
            .channels(Channel.ONLINE).build()).onlineLevel());
    }

    @Test
    public void hasFeeWhenAnAmountIsPositiveOrOnlyARuleIsGiven() {
        assertFalse(ProcedureServiceImpl.hasFee(List.of()));
        assertFalse(ProcedureServiceImpl.hasFee(List.of(new Fee(FeeKind.CHARGE, "Miễn lệ phí", 0L, null))));
        assertTrue(ProcedureServiceImpl.hasFee(List.of(new Fee(FeeKind.FEE, "Phí thẩm định", 500_000L, null))));
        assertTrue(ProcedureServiceImpl.hasFee(List.of(new Fee(FeeKind.FEE, "Phí thẩm định", null,
            "Theo diện tích sàn xây dựng"))));
        assertFalse("an explicit zero amount wins over its explanatory rule", ProcedureServiceImpl.hasFee(List.of(
            new Fee(FeeKind.CHARGE, "Lệ phí", 0L, "Miễn lệ phí đăng ký đúng hạn"))));
        assertTrue(ProcedureServiceImpl.hasFee(List.of(new Fee(FeeKind.CHARGE, "Lệ phí", 0L, null),
            new Fee(FeeKind.FEE, "Phí bản sao", 8_000L, null))));

        standardCatalogue();
        assertTrue(cat.procedures.create(permit().fee(150_000).build()).hasFee());
        assertFalse(cat.procedures.create(procedure("1.000100", "Miễn phí").agencies(DEPT_CONSTRUCTION)
            .fee(0).build()).hasFee());
        ValidationException neither = assertThrows(ValidationException.class, () -> cat.procedures.create(
            procedure("1.000101", "Phí không rõ").agencies(DEPT_CONSTRUCTION)
                .fees(new Fee(FeeKind.FEE, "Phí", null, " ")).build()));
        assertEquals("required", error(neither, "fees[0].amount").code());
    }

    @Test
    public void reportsEveryBadFieldOfAProcedureAtOnce() {
        standardCatalogue();
        ProcedureInput bad = new ProcedureInput("x", " ", null, "NOSECTOR", List.of(), List.of("000.00.99.H06"),
            OnlineLevel.FULL, null, new ProcessingTime(BigDecimal.ZERO, DurationUnit.WORKING_DAYS, null), null,
            List.of(Channel.COUNTER), List.of(new DossierComponent(" ", 0, null, null, null)), null, null, null,
            List.of(new Fee(null, "Lệ phí", -1L, null)), null, null,
            new Decision(" ", date("2024-02-01"), date("2024-01-01")));
        ValidationException e = assertThrows(ValidationException.class, () -> cat.procedures.create(bad));
        assertFields(e, "code", "nameVi", "sectorCode", "levels", "agencyCodes[0]", "processingTime.value",
            "channels", "components[0].name", "components[0].quantity", "components[0].form", "fees[0].kind",
            "fees[0].amount", "decision.number", "decision.effectiveDate");
        assertEquals("unknown-sector", error(e, "sectorCode").code());
        assertEquals("unknown-agency", error(e, "agencyCodes[0]").code());
        assertEquals("before-decision", error(e, "decision.effectiveDate").code());
        assertEquals(0L, cat.procedures.count());

        ValidationException immediate = assertThrows(ValidationException.class, () -> cat.procedures.create(
            permit().time("2", DurationUnit.IMMEDIATE).build()));
        assertEquals("immediate", error(immediate, "processingTime.value").code());
    }

    @Test
    public void anAgencyMustExistOnTheEffectiveDate() {
        standardCatalogue();
        ValidationException e = assertThrows(ValidationException.class, () -> cat.procedures.create(
            permit().effective("2019-06-01").build()));
        assertEquals("agency-not-valid", error(e, "agencyCodes[0]").code());
    }

    @Test
    public void duplicatesInListsAreDroppedAndTextsTrimmed() {
        standardCatalogue();
        ProcedureVersion v = cat.procedures.create(procedure(CODE, "  Cấp giấy phép  ").agencies(DEPT_CONSTRUCTION,
            DEPT_CONSTRUCTION).levels(AgencyLevel.PROVINCE, AgencyLevel.PROVINCE)
            .channels(Channel.ONLINE, Channel.COUNTER, Channel.ONLINE).build());
        assertEquals("Cấp giấy phép", v.nameVi());
        assertEquals(List.of(DEPT_CONSTRUCTION), v.agencyCodes());
        assertEquals(List.of(AgencyLevel.PROVINCE), v.levels());
        assertEquals(List.of(Channel.ONLINE, Channel.COUNTER), v.channels());
        assertEquals(List.of(new DossierComponent("Đơn đề nghị theo mẫu", 1, ComponentForm.ORIGINAL, true, null)),
            v.components());
    }
}
