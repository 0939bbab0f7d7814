package vn.motcua.catalogue.shell;

import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import vn.motcua.catalogue.api.AbolishRequest;
import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyEvent;
import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.AgencyNode;
import vn.motcua.catalogue.api.AgencyService;
import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueTransferService;
import vn.motcua.catalogue.api.Decision;
import vn.motcua.catalogue.api.DossierComponent;
import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ChangeType;
import vn.motcua.catalogue.api.Enums.ComponentForm;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.FeeKind;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.Fee;
import vn.motcua.catalogue.api.ImportReport;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.MergeResult;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcedureQuery;
import vn.motcua.catalogue.api.ProcedureService;
import vn.motcua.catalogue.api.ProcedureSummary;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.catalogue.api.ProcessingTime;
import vn.motcua.catalogue.api.RenameRequest;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;

/** Small fakes of the catalogue services: they record the call and answer sample data. */
final class Fakes {
    static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    private Fakes() {
    }

    static Agency agency(String code, String name, AgencyLevel level) {
        return new Agency(code, null, name, null, AgencyKind.DEPARTMENT, level, null, null, null, null, DAY, null,
            null, 1);
    }

    static ProcedureVersion version(int n) {
        return new ProcedureVersion("1.001193", n, n == 1 ? ChangeType.CREATED : ChangeType.AMENDED,
            ProcedureStatus.ACTIVE, DAY, null, new Decision("123/QĐ-UBND", DAY.minusDays(10), DAY), null,
            "Đăng ký khai sinh", "Birth registration", "HT", "Hộ tịch", List.of(AgencyLevel.COMMUNE),
            List.of("000.00.06.H56"), OnlineLevel.FULL, 4,
            new ProcessingTime(new BigDecimal("5.0"), DurationUnit.WORKING_DAYS, null), List.of("Nộp hồ sơ", "Trả kết quả"),
            List.of(), List.of(new DossierComponent("Tờ khai đăng ký khai sinh", 1, ComponentForm.ORIGINAL, true, null)),
            List.of(), null, List.of("Giấy khai sinh"), List.of(new Fee(FeeKind.CHARGE, "Lệ phí", 50000L, null)), true,
            null, List.of("Luật Hộ tịch 2014"), Instant.EPOCH);
    }

    static class Procedures implements ProcedureService {
        ProcedureQuery query;
        PageRequest page;
        String code;
        LocalDate date;

        @Override
        public ProcedureVersion create(ProcedureInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProcedureVersion amend(String code, ProcedureInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProcedureVersion abolish(String code, AbolishRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProcedureVersion get(String code, LocalDate asOf) {
            this.code = code;
            this.date = asOf;
            return version(2);
        }

        @Override
        public ProcedureVersion getVersion(String code, int version) {
            return version(version);
        }

        @Override
        public List<ProcedureVersion> versions(String code) {
            this.code = code;
            return List.of(version(1), version(2));
        }

        @Override
        public Page<ProcedureSummary> search(ProcedureQuery query, PageRequest page) {
            this.query = query;
            this.page = page;
            ProcedureVersion v = version(1);
            return new Page<>(List.of(new ProcedureSummary(v.code(), 1, v.nameVi(), v.nameEn(), v.sectorCode(),
                v.sectorNameVi(), v.levels(), v.agencyCodes(), v.onlineLevel(), v.processingTime(), true, v.status(),
                v.validFrom())), 0, page.size(), 135);
        }

        @Override
        public long count() {
            return 1;
        }
    }

    static class Agencies implements AgencyService {
        String code;
        MergeRequest merge;
        LocalDate date;
        Supplier<MergeResult> mergeAnswer;

        @Override
        public Agency create(AgencyInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Agency update(String code, AgencyInput input) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Agency get(String code) {
            return agency(code, "Cơ quan", AgencyLevel.PROVINCE);
        }

        @Override
        public Page<Agency> list(String parentCode, String text, LocalDate asOf, PageRequest page) {
            return new Page<>(List.of(), 0, page.size(), 0);
        }

        @Override
        public List<AgencyNode> tree(LocalDate asOf) {
            this.date = asOf;
            AgencyNode office = new AgencyNode(agency("000.01.06.H56", "Phòng Hộ tịch", AgencyLevel.PROVINCE), List.of());
            AgencyNode justice = new AgencyNode(agency("000.00.06.H56", "Sở Tư pháp", AgencyLevel.PROVINCE),
                List.of(office));
            AgencyNode commune = new AgencyNode(agency("000.00.99.H56", "UBND xã Tân Lập", AgencyLevel.COMMUNE),
                List.of());
            return List.of(new AgencyNode(agency("000.00.00.H56", "UBND tỉnh", AgencyLevel.PROVINCE),
                List.of(justice, commune)));
        }

        @Override
        public List<String> subtree(String code) {
            return List.of(code);
        }

        @Override
        public Agency rename(String code, RenameRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MergeResult merge(String code, MergeRequest request) {
            this.code = code;
            this.merge = request;
            return mergeAnswer != null ? mergeAnswer.get()
                : new MergeResult(code, request.successorCode(), List.of("1.001193", "2.000001"), 3, 1);
        }

        @Override
        public List<AgencyEvent> history(String code) {
            return List.of();
        }

        @Override
        public Agency resolve(String code, LocalDate date) {
            return get(code);
        }
    }

    static class Transfer implements CatalogueTransferService {
        final List<CatalogueDocument> imported = new ArrayList<>();
        Boolean dryRun;
        LocalDate date;
        CatalogueDocument toExport = new CatalogueDocument(1, List.of(), List.of(), List.of(), List.of(), List.of());

        @Override
        public ImportReport importDocument(CatalogueDocument document, boolean dryRun) {
            imported.add(document);
            this.dryRun = dryRun;
            return new ImportReport(dryRun, 2, 1, 3, 0, 1, 4, 1, 7, 2, 0);
        }

        @Override
        public ImportReport importCsv(CsvKind kind, Reader csv, boolean dryRun) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CatalogueDocument export(LocalDate asOf) {
            this.date = asOf;
            return toExport;
        }

        @Override
        public void exportCsv(CsvKind kind, LocalDate asOf, Writer out) {
            throw new UnsupportedOperationException();
        }
    }
}
