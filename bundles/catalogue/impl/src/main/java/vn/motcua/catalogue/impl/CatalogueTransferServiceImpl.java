package vn.motcua.catalogue.impl;

import static vn.motcua.catalogue.impl.Support.local;
import static vn.motcua.catalogue.impl.Support.sql;

import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueDocument.MergeInstruction;
import vn.motcua.catalogue.api.CatalogueTransferService;
import vn.motcua.catalogue.api.Decision;
import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ApplicantType;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.FeeKind;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.Fee;
import vn.motcua.catalogue.api.ImportReport;
import vn.motcua.catalogue.api.MergeRequest;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcessDefinitionInput;
import vn.motcua.catalogue.api.ProcessingTime;
import vn.motcua.catalogue.api.Sector;
import vn.motcua.catalogue.impl.entity.AgencyEntity;
import vn.motcua.catalogue.impl.entity.ProcedureEntity;
import vn.motcua.catalogue.impl.entity.ProcedureVersionEntity;
import vn.motcua.catalogue.impl.entity.ProcessDefinitionEntity;
import vn.motcua.catalogue.impl.entity.SectorEntity;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.db.api.JpaTransactions;

/**
 * Bulk import/export. The whole import runs in one transaction: each item is validated and applied in order (so a
 * procedure may name an agency created earlier in the same file); every item's errors are collected under its path,
 * and if there is any error — or it is a dry run — the transaction is rolled back, so nothing is half-imported.
 */
@Component(service = CatalogueTransferService.class)
public class CatalogueTransferServiceImpl implements CatalogueTransferService {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueTransferServiceImpl.class);
    static final int MAX_ITEMS = 50_000;
    private static final int MAX_ERRORS = 200;

    static final List<String> SECTOR_COLUMNS = List.of("code", "nameVi", "nameEn");
    static final List<String> AGENCY_COLUMNS = List.of("code", "parentCode", "nameVi", "nameEn", "kind", "level",
        "address", "phone", "email", "website", "validFrom", "validTo");
    static final List<String> PROCEDURE_COLUMNS = List.of("code", "nameVi", "nameEn", "sectorCode", "levels",
        "agencyCodes", "onlineLevel", "legacyLevel", "processingTimeValue", "processingTimeUnit", "processingTimeNote",
        "channels", "applicants", "feeKind", "feeName", "feeAmount", "feeRule", "decisionNumber", "decisionDate",
        "decisionEffectiveDate");

    @Reference(target = "(osgi.unit.name=motcua-catalogue)")
    JpaTemplate jpa;
    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=catalogue)")
    MigratedSchema schema;
    @Reference
    AgencyServiceImpl agencies;
    @Reference
    SectorServiceImpl sectors;
    @Reference
    ProcedureServiceImpl procedures;
    @Reference
    ProcessDefinitionServiceImpl processes;

    /** Carries a dry run's report out of the transaction that is rolled back. */
    private static final class DryRunRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ImportReport report;

        DryRunRollback(ImportReport report) {
            super("dry run", null, false, false);
            this.report = report;
        }
    }

    private static final class Counts {
        int sectorsCreated, sectorsUpdated, agenciesCreated, agenciesUpdated, merges, proceduresCreated,
            proceduresAmended, proceduresUnchanged, processesCreated, processesUnchanged;

        ImportReport report(boolean dryRun) {
            return new ImportReport(dryRun, sectorsCreated, sectorsUpdated, agenciesCreated, agenciesUpdated, merges,
                proceduresCreated, proceduresAmended, proceduresUnchanged, processesCreated, processesUnchanged);
        }
    }

    @Override
    public ImportReport importDocument(CatalogueDocument document, boolean dryRun) {
        if (document == null) {
            throw ValidationException.of("body", "required", "Thiếu nội dung danh mục", "the catalogue document is missing");
        }
        if (document.formatVersion() == null || document.formatVersion() != 1) {
            throw ValidationException.of("formatVersion", "unsupported", "Chỉ hỗ trợ formatVersion 1",
                "only formatVersion 1 is supported");
        }
        int items = size(document.sectors()) + size(document.agencies()) + size(document.merges())
            + size(document.procedures()) + size(document.processDefinitions());
        if (items > MAX_ITEMS) {
            throw ValidationException.of("body", "too-many", "Quá " + MAX_ITEMS + " mục trong một lần nhập",
                "more than " + MAX_ITEMS + " items in one import");
        }
        return run(dryRun, em -> {
            Counts counts = new Counts();
            List<FieldError> errors = new ArrayList<>();
            each(em, errors, "sectors", document.sectors(), s -> {
                SectorServiceImpl.Saved saved = sectors.saveIn(em, s);
                if (saved.created()) {
                    counts.sectorsCreated++;
                } else if (saved.changed()) {
                    counts.sectorsUpdated++;
                }
            });
            each(em, errors, "agencies", document.agencies(), a -> importAgency(em, a, counts));
            each(em, errors, "procedures", document.procedures(), p -> importProcedure(em, p, counts));
            each(em, errors, "processDefinitions", document.processDefinitions(), d -> {
                if (processes.defineIn(em, d).created()) {
                    counts.processesCreated++;
                } else {
                    counts.processesUnchanged++;
                }
            });
            // Merges last, so that they move what this document gives the merged agencies (procedures, processes).
            each(em, errors, "merges", document.merges(), m -> {
                AgencyEntity agency = em.find(AgencyEntity.class, m.agencyCode());
                if (agency != null && m.successorCode() != null && m.successorCode().equals(agency.getSuccessorCode())) {
                    return; // already applied by an earlier import
                }
                if (m.agencyCode() == null) {
                    throw ValidationException.of("agencyCode", "required", "Bắt buộc phải nhập", "is required");
                }
                agencies.mergeIn(em, m.agencyCode(), new MergeRequest(m.successorCode(), m.effectiveDate(),
                    m.decisionNumber(), m.note()));
                counts.merges++;
            });
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return counts;
        });
    }

    private void importAgency(EntityManager em, AgencyInput a, Counts counts) {
        AgencyEntity existing = a == null || a.code() == null ? null : em.find(AgencyEntity.class, a.code());
        if (existing == null) {
            agencies.createIn(em, a);
            counts.agenciesCreated++;
            return;
        }
        // A merge re-parents the merged agency's children to its successor; a file written before the merge (or the
        // same file imported again) still names the old parent, which is the same node now, not a change.
        AgencyInput given = a;
        String parent = Support.trim(a.parentCode());
        if (parent != null && !parent.equals(existing.getParentCode())
            && Objects.equals(successorOf(em, parent), existing.getParentCode())) {
            given = new AgencyInput(a.code(), existing.getParentCode(), a.nameVi(), a.nameEn(), a.kind(), a.level(),
                a.address(), a.phone(), a.email(), a.website(), a.validFrom(), a.validTo());
        }
        if (!AgencyServiceImpl.toDtoInput(existing).equals(normalise(given))) {
            agencies.updateIn(em, a.code(), given);
            counts.agenciesUpdated++;
        }
    }

    /** The agency that finally took over {@code code} through merges, or null if it was never merged. */
    private static String successorOf(EntityManager em, String code) {
        String current = null;
        AgencyEntity agency = em.find(AgencyEntity.class, code);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (agency != null && agency.getSuccessorCode() != null && seen.add(agency.getCode())) {
            current = agency.getSuccessorCode();
            agency = em.find(AgencyEntity.class, current);
        }
        return current;
    }

    private static AgencyInput normalise(AgencyInput a) {
        return new AgencyInput(a.code(), Support.trim(a.parentCode()), a.nameVi() == null ? null : a.nameVi().strip(),
            Support.trim(a.nameEn()), a.kind(), a.level(), Support.trim(a.address()), Support.trim(a.phone()),
            Support.trim(a.email()), Support.trim(a.website()), a.validFrom(), null);
    }

    private void importProcedure(EntityManager em, ProcedureInput p, Counts counts) {
        ProcedureEntity existing = p == null || p.code() == null ? null : em.find(ProcedureEntity.class, p.code());
        if (existing == null) {
            procedures.createIn(em, p);
            counts.proceduresCreated++;
            return;
        }
        ProcedureVersionEntity latest = ProcedureServiceImpl.latest(em, existing);
        ProcedureInput normalised = procedures.validate(em, p, p.code());
        if (ProcedureStatus.valueOf(latest.getStatus()) == ProcedureStatus.ACTIVE
            && ProcedureServiceImpl.sameContent(ProcedureServiceImpl.content(latest), normalised)) {
            counts.proceduresUnchanged++;
            return;
        }
        procedures.amendIn(em, p.code(), p);
        counts.proceduresAmended++;
    }

    /** Applies {@code action} to each item; a failure is recorded under {@code section[i]} and the rest continue. */
    private static <T> void each(EntityManager em, List<FieldError> errors, String section, List<T> items,
                                 java.util.function.Consumer<T> action) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (errors.size() >= MAX_ERRORS) {
                return;
            }
            String path = section + "[" + i + "]";
            T item = items.get(i);
            if (item == null) {
                errors.add(new FieldError(path, "required", "Mục rỗng", "empty item"));
                continue;
            }
            try {
                action.accept(item);
                if (i % 200 == 199) {
                    // One transaction holds the whole import; detach what is written so each flush stays cheap.
                    em.flush();
                    em.clear();
                }
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.add(err.under(path)));
            } catch (vn.motcua.platform.api.error.MotCuaException e) {
                errors.add(new FieldError(path, e.code(), e.messageVi(), e.messageEn()));
            }
        }
    }

    private ImportReport run(boolean dryRun, Function<EntityManager, Counts> work) {
        try {
            ImportReport report = JpaTransactions.write(jpa, em -> {
                Counts counts = work.apply(em);
                if (dryRun) {
                    throw new DryRunRollback(counts.report(true));
                }
                return counts.report(false);
            });
            LOG.info("Catalogue import: {}", report);
            return report;
        } catch (DryRunRollback r) {
            return r.report;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof DryRunRollback r) {
                    return r.report;
                }
            }
            throw e;
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // CSV

    @Override
    public ImportReport importCsv(CsvKind kind, Reader csv, boolean dryRun) {
        if (kind == null) {
            throw ValidationException.of("kind", "required", "Cần loại dữ liệu CSV", "the CSV kind is required");
        }
        List<Csv.Row> rows = Csv.parse(csv, MAX_ITEMS + 1);
        List<String> expected = switch (kind) {
            case SECTORS -> SECTOR_COLUMNS;
            case AGENCIES -> AGENCY_COLUMNS;
            case PROCEDURES -> PROCEDURE_COLUMNS;
        };
        if (rows.isEmpty()) {
            throw ValidationException.of("line 1", "missing-header", "Thiếu dòng tiêu đề: " + String.join(",", expected),
                "missing header row: " + String.join(",", expected));
        }
        Map<String, Integer> columns = header(rows.get(0), expected);
        List<Csv.Row> data = rows.subList(1, rows.size());
        return run(dryRun, em -> {
            Counts counts = new Counts();
            List<FieldError> errors = new ArrayList<>();
            int done = 0;
            for (Csv.Row row : data) {
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                if (++done % 200 == 0) {
                    em.flush();
                    em.clear(); // see each(): keep flushes cheap in the one long transaction
                }
                String path = "line " + row.line();
                RowReader r = new RowReader(row, columns);
                try {
                    switch (kind) {
                        case SECTORS -> {
                            Sector s = new Sector(r.text("code"), r.text("nameVi"), r.text("nameEn"));
                            r.throwIfAny();
                            SectorServiceImpl.Saved saved = sectors.saveIn(em, s);
                            if (saved.created()) {
                                counts.sectorsCreated++;
                            } else if (saved.changed()) {
                                counts.sectorsUpdated++;
                            }
                        }
                        case AGENCIES -> {
                            AgencyInput a = new AgencyInput(r.text("code"), r.text("parentCode"), r.text("nameVi"),
                                r.text("nameEn"), r.enumValue("kind", AgencyKind.class),
                                r.enumValue("level", AgencyLevel.class), r.text("address"), r.text("phone"),
                                r.text("email"), r.text("website"), r.date("validFrom"), r.date("validTo"));
                            r.throwIfAny();
                            importAgency(em, a, counts);
                        }
                        case PROCEDURES -> {
                            ProcedureInput p = procedureFromRow(em, r);
                            r.throwIfAny();
                            importProcedure(em, p, counts);
                        }
                    }
                } catch (ValidationException e) {
                    e.errors().forEach(err -> errors.add(new FieldError(path + ": " + err.field(), err.code(),
                        err.messageVi(), err.messageEn())));
                } catch (vn.motcua.platform.api.error.MotCuaException e) {
                    errors.add(new FieldError(path, e.code(), e.messageVi(), e.messageEn()));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return counts;
        });
    }

    /** Tabular fields come from the row; the parts CSV cannot hold (components, steps…) from the current version. */
    private ProcedureInput procedureFromRow(EntityManager em, RowReader r) {
        String code = r.text("code");
        ProcedureInput base = null;
        if (code != null && em.find(ProcedureEntity.class, code) != null) {
            base = ProcedureServiceImpl.content(ProcedureServiceImpl.latest(em, em.find(ProcedureEntity.class, code)));
        }
        BigDecimal timeValue = r.decimal("processingTimeValue");
        DurationUnit unit = r.enumValue("processingTimeUnit", DurationUnit.class);
        FeeKind feeKind = r.enumValue("feeKind", FeeKind.class);
        String feeName = r.text("feeName");
        Long feeAmount = r.integer("feeAmount");
        String feeRule = r.text("feeRule");
        List<Fee> fees = feeKind == null && feeName == null && feeAmount == null && feeRule == null ? List.of()
            : List.of(new Fee(feeKind, feeName, feeAmount, feeRule));
        return new ProcedureInput(code, r.text("nameVi"), r.text("nameEn"), r.text("sectorCode"),
            r.enumList("levels", AgencyLevel.class), r.list("agencyCodes"), r.enumValue("onlineLevel", OnlineLevel.class),
            r.intValue("legacyLevel"), new ProcessingTime(timeValue, unit, r.text("processingTimeNote")),
            base == null ? List.of() : base.steps(), r.enumList("channels", Channel.class),
            base == null ? List.of() : base.components(), r.enumList("applicants", ApplicantType.class),
            base == null ? null : base.applicantNote(), base == null ? List.of() : base.results(), fees,
            base == null ? null : base.conditions(), base == null ? List.of() : base.legalBasis(),
            new Decision(r.text("decisionNumber"), r.date("decisionDate"), r.date("decisionEffectiveDate")));
    }

    private static Map<String, Integer> header(Csv.Row row, List<String> expected) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cells().get(i).strip();
            if (!expected.contains(name)) {
                errors.add(new FieldError("line 1: " + name, "unknown-column", "Cột không được hỗ trợ; các cột: "
                    + String.join(",", expected), "unknown column; columns are: " + String.join(",", expected)));
            } else if (columns.put(name, i) != null) {
                errors.add(new FieldError("line 1: " + name, "duplicate-column", "Cột bị lặp", "duplicate column"));
            }
        }
        if (!columns.containsKey("code")) {
            errors.add(new FieldError("line 1: code", "missing-column", "Thiếu cột code", "the code column is missing"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return columns;
    }

    /** Reads typed cells of one CSV row, collecting conversion errors under the column name. */
    private static final class RowReader {
        private final Csv.Row row;
        private final Map<String, Integer> columns;
        private final List<FieldError> errors = new ArrayList<>();

        RowReader(Csv.Row row, Map<String, Integer> columns) {
            this.row = row;
            this.columns = columns;
        }

        String text(String column) {
            Integer i = columns.get(column);
            return i == null ? null : row.get(i);
        }

        List<String> list(String column) {
            String v = text(column);
            return v == null ? List.of() : Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(column, "bad-value", "Giá trị '" + v + "' không hợp lệ; cho phép: "
                    + Arrays.toString(type.getEnumConstants()), "value '" + v + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
                return null;
            }
        }

        <E extends Enum<E>> List<E> enumList(String column, Class<E> type) {
            List<E> out = new ArrayList<>();
            for (String v : list(column)) {
                try {
                    out.add(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(column, "bad-value", "Giá trị '" + v + "' không hợp lệ; cho phép: "
                        + Arrays.toString(type.getEnumConstants()), "value '" + v + "' is not one of "
                        + Arrays.toString(type.getEnumConstants())));
                }
            }
            return out;
        }

        LocalDate date(String column) {
            String v = text(column);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(column, "bad-date", "Ngày '" + v + "' phải có dạng yyyy-MM-dd",
                    "date '" + v + "' must be yyyy-MM-dd"));
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String v = text(column);
            try {
                return v == null ? null : new BigDecimal(v);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(column, "bad-number", "'" + v + "' không phải là số", "'" + v + "' is not a number"));
                return null;
            }
        }

        Long integer(String column) {
            BigDecimal d = decimal(column);
            if (d == null) {
                return null;
            }
            try {
                return d.longValueExact();
            } catch (ArithmeticException e) {
                errors.add(new FieldError(column, "bad-number", "Phải là số nguyên", "must be a whole number"));
                return null;
            }
        }

        Integer intValue(String column) {
            Long l = integer(column);
            return l == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Export

    @Override
    public CatalogueDocument export(LocalDate asOf) {
        LocalDate date = Support.orToday(asOf);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Sector> sectorList = em.createQuery("SELECT s FROM SectorEntity s ORDER BY s.code", SectorEntity.class)
                .getResultList().stream().map(SectorServiceImpl::toDto).toList();
            List<AgencyInput> agencyList = agenciesParentsFirst(em).stream().map(AgencyServiceImpl::toDtoInputWithEnd).toList();
            List<MergeInstruction> merges = new ArrayList<>();
            for (AgencyEntity a : em.createQuery("SELECT a FROM AgencyEntity a WHERE a.successorCode IS NOT NULL "
                + "ORDER BY a.validTo, a.code", AgencyEntity.class).getResultList()) {
                merges.add(new MergeInstruction(a.getCode(), a.getSuccessorCode(), local(a.getValidTo()).plusDays(1),
                    mergeDecision(em, a.getCode()), null));
            }
            List<ProcedureVersionEntity> inForce = versionsOn(em, date);
            List<ProcedureInput> procedureList = inForce.stream().map(ProcedureServiceImpl::content).toList();
            // An exported process cannot start before the exported procedure version it belongs to (the import checks
            // the procedure is in force on the process's start), so it starts on the later of the two dates.
            Map<String, LocalDate> versionStart = new HashMap<>();
            inForce.forEach(v -> versionStart.put(v.getProcedureCode(), local(v.getValidFrom())));
            List<ProcessDefinitionInput> processList = em.createQuery("SELECT p FROM ProcessDefinitionEntity p WHERE "
                    + "p.validFrom <= :d AND (p.validTo IS NULL OR p.validTo > :d) ORDER BY p.procedureCode, p.agencyCode",
                    ProcessDefinitionEntity.class)
                .setParameter("d", sql(date)).getResultList().stream()
                .filter(p -> versionStart.containsKey(p.getProcedureCode()))
                .map(p -> new ProcessDefinitionInput(p.getProcedureCode(), p.getAgencyCode(), p.getName(),
                    ProcessDefinitionServiceImpl.toDto(p).steps(),
                    later(local(p.getValidFrom()), versionStart.get(p.getProcedureCode()))))
                .toList();
            return new CatalogueDocument(1, sectorList, agencyList, merges, procedureList, processList);
        });
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String mergeDecision(EntityManager em, String code) {
        List<String> found = em.createQuery("SELECT e.decisionNumber FROM AgencyEventEntity e WHERE e.agencyCode = :c "
            + "AND e.type = 'MERGED_INTO'", String.class).setParameter("c", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Agencies ordered so that each parent precedes its children, as an import needs. */
    private static List<AgencyEntity> agenciesParentsFirst(EntityManager em) {
        List<AgencyEntity> all = em.createQuery("SELECT a FROM AgencyEntity a ORDER BY a.code", AgencyEntity.class)
            .getResultList();
        Map<String, List<AgencyEntity>> children = new HashMap<>();
        List<AgencyEntity> roots = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        all.forEach(a -> codes.add(a.getCode()));
        for (AgencyEntity a : all) {
            if (a.getParentCode() == null || !codes.contains(a.getParentCode())) {
                roots.add(a);
            } else {
                children.computeIfAbsent(a.getParentCode(), k -> new ArrayList<>()).add(a);
            }
        }
        List<AgencyEntity> out = new ArrayList<>();
        java.util.ArrayDeque<AgencyEntity> queue = new java.util.ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            AgencyEntity a = queue.poll();
            out.add(a);
            queue.addAll(children.getOrDefault(a.getCode(), List.of()));
        }
        return out;
    }

    private static List<ProcedureVersionEntity> versionsOn(EntityManager em, LocalDate date) {
        return em.createQuery("SELECT v FROM ProcedureVersionEntity v WHERE v.validFrom <= :d AND (v.validTo IS NULL OR "
                + "v.validTo > :d) AND v.status = :active ORDER BY v.procedureCode", ProcedureVersionEntity.class)
            .setParameter("d", sql(date)).setParameter("active", ProcedureStatus.ACTIVE.name()).getResultList();
    }

    @Override
    public void exportCsv(CsvKind kind, LocalDate asOf, Writer out) {
        LocalDate date = Support.orToday(asOf);
        jpa.tx(TransactionType.Supports, em -> {
            switch (kind) {
                case SECTORS -> {
                    Csv.writeRow(out, SECTOR_COLUMNS);
                    for (SectorEntity s : em.createQuery("SELECT s FROM SectorEntity s ORDER BY s.code",
                        SectorEntity.class).getResultList()) {
                        Csv.writeRow(out, Arrays.asList(s.getCode(), s.getNameVi(), s.getNameEn()));
                    }
                }
                case AGENCIES -> {
                    Csv.writeRow(out, AGENCY_COLUMNS);
                    for (AgencyEntity a : agenciesParentsFirst(em)) {
                        Csv.writeRow(out, Arrays.asList(a.getCode(), a.getParentCode(), a.getNameVi(), a.getNameEn(),
                            a.getKind(), a.getLevel(), a.getAddress(), a.getPhone(), a.getEmail(), a.getWebsite(),
                            local(a.getValidFrom()), local(a.getValidTo())));
                    }
                }
                case PROCEDURES -> {
                    Csv.writeRow(out, PROCEDURE_COLUMNS);
                    for (ProcedureVersionEntity v : versionsOn(em, date)) {
                        ProcedureInput c = ProcedureServiceImpl.content(v);
                        Fee fee = c.fees().isEmpty() ? null : c.fees().get(0);
                        Csv.writeRow(out, Arrays.asList(c.code(), c.nameVi(), c.nameEn(), c.sectorCode(),
                            join(c.levels()), String.join(";", c.agencyCodes()), c.onlineLevel(), c.legacyLevel(),
                            plain(c.processingTime().value()), c.processingTime().unit(), c.processingTime().note(),
                            join(c.channels()), join(c.applicants()), fee == null ? null : fee.kind(),
                            fee == null ? null : fee.name(), fee == null ? null : fee.amount(),
                            fee == null ? null : fee.rule(), c.decision().number(), c.decision().date(),
                            c.decision().effectiveDate()));
                    }
                }
            }
        });
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String join(List<? extends Enum<?>> values) {
        return values == null ? null : String.join(";", values.stream().map(Enum::name).toList());
    }

    static boolean equalsIgnoringNull(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
