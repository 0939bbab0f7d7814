package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.impl.Fixtures.assertFields;
import static vn.motcua.catalogue.impl.Fixtures.date;
import static vn.motcua.catalogue.impl.Fixtures.error;
import static vn.motcua.catalogue.impl.Fixtures.procedure;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

import vn.motcua.catalogue.api.CatalogueTransferService.CsvKind;
import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ApplicantType;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.FeeKind;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Fee;
import vn.motcua.catalogue.api.ImportReport;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureSummary;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;

/** CSV import and export: RFC 4180 quoting, byte-order mark, errors as "line N: column", all or nothing. */
public class CatalogueCsvTest extends CatalogueTestSupport {
    static final String AGENCY_HEADER = String.join(",", CatalogueTransferServiceImpl.AGENCY_COLUMNS);
    static final String PROCEDURE_HEADER = String.join(",", CatalogueTransferServiceImpl.PROCEDURE_COLUMNS);

    private static ImportReport importCsv(CsvKind kind, String csv, boolean dryRun) {
        return cat.transfer.importCsv(kind, new StringReader(csv), dryRun);
    }

    private static String export(TestCatalogue c, CsvKind kind) {
        StringWriter out = new StringWriter();
        c.transfer.exportCsv(kind, null, out);
        return out.toString();
    }

    @Test
    public void parserHandlesQuotesLineBreaksAndTheByteOrderMark() {
        List<Csv.Row> rows = Csv.parse(new StringReader("\uFEFFcode,nameVi,nameEn\r\n"
            + "\"HT, CT\",\"Hộ tịch\nchứng thực\",\"say \"\"hi\"\"\"\r\n"
            + "\r\n"
            + "LAST,,\n"), 10);
        assertEquals(3, rows.size());
        assertEquals(List.of("code", "nameVi", "nameEn"), rows.get(0).cells());
        assertEquals(1, rows.get(0).line());
        assertEquals(List.of("HT, CT", "Hộ tịch\nchứng thực", "say \"hi\""), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals("the blank line 4 is skipped; a quoted line break counts", 5, rows.get(2).line());
        assertEquals("LAST", rows.get(2).get(0));
        assertNull(rows.get(2).get(1));
        assertNull(rows.get(2).get(7));

        ValidationException junk = assertThrows(ValidationException.class,
            () -> Csv.parse(new StringReader("a,b\nc,\"d\"x\n"), 10));
        assertEquals("line 2", junk.errors().get(0).field());
        assertEquals("bad-csv", junk.errors().get(0).code());
        ValidationException open = assertThrows(ValidationException.class,
            () -> Csv.parse(new StringReader("a,b\n\"c,d\nmore\n"), 10));
        assertEquals("line 2", open.errors().get(0).field());
        ValidationException tooMany = assertThrows(ValidationException.class,
            () -> Csv.parse(new StringReader("a\nb\nc\n"), 2));
        assertEquals("too-many-rows", tooMany.errors().get(0).code());

        StringWriter out = new StringWriter();
        Csv.writeRow(out, Arrays.asList("a,b", "q\"q", "n\nl", null, 5, "plain"));
        assertEquals("\"a,b\",\"q\"\"q\",\"n\nl\",,5,plain\r\n", out.toString());
        assertEquals(List.of("a,b", "q\"q", "n\nl", "", "5", "plain"),
            Csv.parse(new StringReader(out.toString()), 10).get(0).cells());
    }

    // clauses: 000-10.1
    @Test
    public void importsSectorsWithQuotedCommasLineBreaksAndABom() {
        String csv = "\uFEFFnameVi,code,nameEn\r\n"
            + "\"Hộ tịch, chứng thực\",HOTICH,\"Civil status,\ncertification\"\r\n"
            + "Đất đai,DATDAI,\"Land \"\"đất\"\"\"\r\n";
        ImportReport dry = importCsv(CsvKind.SECTORS, csv, true);
        assertEquals(new ImportReport(true, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0), dry);
        assertEquals(0, cat.db.count("cat_sector"));

        assertEquals(2, importCsv(CsvKind.SECTORS, csv, false).sectorsCreated());
        assertEquals("Hộ tịch, chứng thực", cat.sectors.get("HOTICH").nameVi());
        assertEquals("Civil status,\ncertification", cat.sectors.get("HOTICH").nameEn());
        assertEquals("Land \"đất\"", cat.sectors.get("DATDAI").nameEn());
        assertEquals(new ImportReport(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), importCsv(CsvKind.SECTORS, csv, false));
        assertEquals(1, importCsv(CsvKind.SECTORS, "code,nameVi\nDATDAI,Đất đai và tài nguyên\n", false)
            .sectorsUpdated());
    }

    @Test
    public void badRowsAreReportedAsLineAndColumnAndNothingIsWritten() {
        String csv = AGENCY_HEADER + "\r\n"
            + PROVINCE + ",,Ủy ban nhân dân tỉnh Bắc Ninh,,PEOPLES_COMMITTEE,PROVINCE,\"Số 10,\nđường Lý Thái Tổ\",,,,"
            + "2020-01-01,\r\n"
            + DEPT_CONSTRUCTION + "," + PROVINCE + ",Sở Xây dựng,,DEPARTMENT,PROVINCE,,,khong-phai-email,,2020-01-01,\r\n"
            + WARD_KINH_BAC + "," + PROVINCE + ",UBND phường Kinh Bắc,,XYZ,commune,,,,,01/01/2020,\r\n";
        ValidationException e = assertThrows(ValidationException.class, () -> importCsv(CsvKind.AGENCIES, csv, false));
        assertFields(e, "line 4: email", "line 5: kind", "line 5: validFrom");
        assertEquals("bad-format", error(e, "line 4: email").code());
        assertEquals("bad-value", error(e, "line 5: kind").code());
        assertEquals("bad-date", error(e, "line 5: validFrom").code());
        assertEquals(0, cat.db.count("cat_agency"));

        String fixed = csv.replace("khong-phai-email", "soxd@bacninh.gov.vn").replace("XYZ", "peoples_committee")
            .replace("01/01/2020", "2020-01-01");
        assertEquals(3, importCsv(CsvKind.AGENCIES, fixed, false).agenciesCreated());
        assertEquals("Số 10,\nđường Lý Thái Tổ", cat.agencies.get(PROVINCE).address());
        assertEquals(AgencyLevel.COMMUNE, cat.agencies.get(WARD_KINH_BAC).level());
        assertEquals(AgencyKind.PEOPLES_COMMITTEE, cat.agencies.get(WARD_KINH_BAC).kind());
    }

    @Test
    public void unknownDuplicateOrMissingHeaderColumnsAreRejected() {
        ValidationException unknown = assertThrows(ValidationException.class,
            () -> importCsv(CsvKind.SECTORS, "code,nameVi,colour\nHOTICH,Hộ tịch,xanh\n", false));
        assertFields(unknown, "line 1: colour");
        assertEquals("unknown-column", unknown.errors().get(0).code());
        ValidationException duplicate = assertThrows(ValidationException.class,
            () -> importCsv(CsvKind.SECTORS, "code,nameVi,nameVi\nHOTICH,Hộ tịch,Hộ tịch\n", false));
        assertEquals("duplicate-column", error(duplicate, "line 1: nameVi").code());
        ValidationException noCode = assertThrows(ValidationException.class,
            () -> importCsv(CsvKind.SECTORS, "nameVi\nHộ tịch\n", false));
        assertEquals("missing-column", error(noCode, "line 1: code").code());
        ValidationException empty = assertThrows(ValidationException.class,
            () -> importCsv(CsvKind.PROCEDURES, "", false));
        assertEquals("missing-header", error(empty, "line 1").code());
        ValidationException agencyColumnInSectors = assertThrows(ValidationException.class,
            () -> importCsv(CsvKind.SECTORS, "code,nameVi,parentCode\n", false));
        assertFields(agencyColumnInSectors, "line 1: parentCode");
        assertEquals(0, cat.db.count("cat_sector"));
    }

    // clauses: 002-8.1, 000-10.4#1, 002-10.1#1
    @Test
    public void proceduresFromCsvCreateAndAmendKeepingWhatCsvCannotHold() {
        standardCatalogue();
        cat.procedures.create(procedure("1.009994", "Cấp giấy phép xây dựng").agencies(DEPT_CONSTRUCTION)
            .conditions("Có quyền sử dụng đất").effective("2024-01-01").build());
        String csv = PROCEDURE_HEADER + "\n"
            + "1.009994,\"Cấp giấy phép xây dựng, sửa chữa\",,HDXD,PROVINCE,000.00.05.H06,PARTIAL,,15,WORKING_DAYS,"
            + "\"15 ngày\",COUNTER;ONLINE,CITIZEN;ORGANISATION,CHARGE,Lệ phí cấp phép,150000,,QĐ 20/QĐ-UBND,"
            + "2025-01-01,2025-01-15\n"
            + "1.001193,Đăng ký khai sinh,Birth registration,HOTICH,commune;PROVINCE,000.00.31.H06; 000.00.36.H06,,4,"
            + "0,IMMEDIATE,,online;counter,citizen,,,,,QĐ 21/QĐ-UBND,2025-01-01,2025-01-01\n";

        ImportReport dry = importCsv(CsvKind.PROCEDURES, csv, true);
        assertEquals(new ImportReport(true, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0), dry);
        assertEquals(1, cat.procedures.versions("1.009994").size());

        assertEquals(new ImportReport(false, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0), importCsv(CsvKind.PROCEDURES, csv, false));
        ProcedureVersion amended = cat.procedures.get("1.009994", date("2025-01-15"));
        assertEquals(2, amended.version());
        assertEquals("Cấp giấy phép xây dựng, sửa chữa", amended.nameVi());
        assertEquals(0, new BigDecimal("15").compareTo(amended.processingTime().value()));
        assertEquals("15 ngày", amended.processingTime().note());
        assertEquals(List.of(new Fee(FeeKind.CHARGE, "Lệ phí cấp phép", 150_000L, null)), amended.fees());
        assertTrue(amended.hasFee());
        assertEquals(date("2025-01-01"), amended.decision().date());
        ProcedureVersion original = cat.procedures.get("1.009994", date("2024-06-01"));
        assertEquals("steps, components, results, legal basis and conditions come from the current version",
            List.of(original.steps(), original.components(), original.results(), original.legalBasis(),
                original.conditions()),
            List.of(amended.steps(), amended.components(), amended.results(), amended.legalBasis(),
                amended.conditions()));

        ProcedureVersion birth = cat.procedures.get("1.001193", date("2025-01-01"));
        assertEquals(List.of(AgencyLevel.COMMUNE, AgencyLevel.PROVINCE), birth.levels());
        assertEquals(List.of(WARD_KINH_BAC, COMMUNE_GIA_BINH), birth.agencyCodes());
        assertEquals(OnlineLevel.FULL, birth.onlineLevel());
        assertEquals(Integer.valueOf(4), birth.legacyLevel());
        assertEquals(List.of(Channel.ONLINE, Channel.COUNTER), birth.channels());
        assertEquals(List.of(ApplicantType.CITIZEN), birth.applicants());
        assertEquals(DurationUnit.IMMEDIATE, birth.processingTime().unit());
        assertEquals("Birth registration", birth.nameEn());

        assertEquals("the same file again changes nothing", new ImportReport(false, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0),
            importCsv(CsvKind.PROCEDURES, csv, false));

        String bad = PROCEDURE_HEADER + "\n"
            + "1.000001,Thủ tục mới,,KHONGCO,PROVINCE,000.00.05.H06,FULL,,abc,WORKING_DAYS,,COUNTER,,,,,,QĐ 1,,"
            + "2025-01-01\n"
            + "1.000002,Thủ tục khác,,HDXD,PROVINCE,000.00.05.H06,FULL,,5,WORKING_DAYS,,COUNTER,,,,,,QĐ 1,,2025-01-01\n";
        ValidationException e = assertThrows(ValidationException.class, () -> importCsv(CsvKind.PROCEDURES, bad, false));
        assertFields(e, "line 2: processingTimeValue", "line 3: channels");
        assertEquals("online-missing", error(e, "line 3: channels").code());
        assertEquals(2L, cat.procedures.count());
    }

    // clauses: 000-10.1, 000-5.1
    @Test
    public void exportsCsvThatImportsIntoAFreshDatabase() throws Exception {
        standardCatalogue();
        cat.procedures.create(procedure("1.009994", "Cấp giấy phép xây dựng, cải tạo").sector("HDXD")
            .agencies(DIVISION_CONSTRUCTION, DEPT_CONSTRUCTION).fee(150_000).time("20", DurationUnit.WORKING_DAYS)
            .effective("2024-01-01").build());
        cat.procedures.create(procedure("1.001193", "Đăng ký khai sinh").sector("HOTICH")
            .agencies(WARD_KINH_BAC, COMMUNE_GIA_BINH).levels(AgencyLevel.COMMUNE, AgencyLevel.PROVINCE)
            .online(null).legacy(4).channels(Channel.ONLINE, Channel.COUNTER).time("0", DurationUnit.IMMEDIATE)
            .effective("2024-01-01").build());
        cat.procedures.create(procedure("1.000894", "Đăng ký kết hôn \"có yếu tố\"").sector("HOTICH")
            .agencies(COMMUNE_GIA_BINH).levels(AgencyLevel.COMMUNE).time("5.5", DurationUnit.WORKING_DAYS)
            .effective("2024-01-01").build());
        cat.agencies.merge(DEPT_ENVIRONMENT, new MergeRequest(DEPT_CONSTRUCTION, date("2025-07-01"), null, null));

        String sectors = export(cat, CsvKind.SECTORS);
        String agencies = export(cat, CsvKind.AGENCIES);
        String procedures = export(cat, CsvKind.PROCEDURES);
        assertEquals("code,nameVi,nameEn\r\nDATDAI,Đất đai,\r\nHDXD,Hoạt động xây dựng,\r\nHOTICH,Hộ tịch,\r\n", sectors);
        List<Csv.Row> agencyRows = Csv.parse(new StringReader(agencies), 100);
        assertEquals(CatalogueTransferServiceImpl.AGENCY_COLUMNS, agencyRows.get(0).cells());
        assertEquals(7, agencyRows.size());
        Csv.Row merged = agencyRows.stream().filter(r -> DEPT_ENVIRONMENT.equals(r.get(0))).findFirst().orElseThrow();
        assertEquals("2025-06-30", merged.get(11));
        assertEquals("vanphong@example.gov.vn", merged.get(8));

        List<Csv.Row> procedureRows = Csv.parse(new StringReader(procedures), 100);
        assertEquals(CatalogueTransferServiceImpl.PROCEDURE_COLUMNS, procedureRows.get(0).cells());
        assertEquals(List.of("1.000894", "1.001193", "1.009994"),
            procedureRows.subList(1, 4).stream().map(r -> r.get(0)).toList());
        assertTrue(procedures, procedures.contains("\"Cấp giấy phép xây dựng, cải tạo\""));
        assertTrue(procedures, procedures.contains("\"Đăng ký kết hôn \"\"có yếu tố\"\"\""));
        Csv.Row permit = procedureRows.get(3);
        assertEquals(DIVISION_CONSTRUCTION + ";" + DEPT_CONSTRUCTION, permit.get(5));
        assertEquals("20", permit.get(8));
        assertEquals("150000", permit.get(15));
        Csv.Row birth = procedureRows.get(2);
        assertEquals("COMMUNE;PROVINCE", birth.get(4));
        assertEquals("FULL", birth.get(6));
        assertEquals("4", birth.get(7));
        assertEquals("ONLINE;COUNTER", birth.get(11));
        assertEquals("5.5", procedureRows.get(1).get(8));

        try (TestCatalogue second = new TestCatalogue()) {
            second.transfer.importCsv(CsvKind.SECTORS, new StringReader(sectors), false);
            assertEquals(6, second.transfer.importCsv(CsvKind.AGENCIES, new StringReader(agencies), false)
                .agenciesCreated());
            assertEquals(3, second.transfer.importCsv(CsvKind.PROCEDURES, new StringReader(procedures), false)
                .proceduresCreated());
            for (ProcedureQuery q : List.of(ProcedureQuery.all(),
                new ProcedureQuery("dang ky", null, null, AgencyLevel.COMMUNE, null, null, null, null),
                new ProcedureQuery(null, "HDXD", PROVINCE, null, null, true, null, null))) {
                assertEquals(q.toString(), summaries(cat, q), summaries(second, q));
            }
            assertEquals(export(cat, CsvKind.PROCEDURES), export(second, CsvKind.PROCEDURES));
            assertEquals(export(cat, CsvKind.SECTORS), export(second, CsvKind.SECTORS));
            assertEquals(date("2025-06-30"), second.agencies.get(DEPT_ENVIRONMENT).validTo());
        }
    }

    private static List<ProcedureSummary> summaries(TestCatalogue c, ProcedureQuery q) {
        return c.procedures.search(q, new PageRequest(0, 20, List.of(new SortOrder("name", true)))).items();
    }
}
