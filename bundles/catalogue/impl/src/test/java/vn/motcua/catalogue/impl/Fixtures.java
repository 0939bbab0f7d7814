package vn.motcua.catalogue.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.Decision;
import vn.motcua.catalogue.api.DossierComponent;
import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ApplicantType;
import vn.motcua.catalogue.api.Enums.Channel;
import vn.motcua.catalogue.api.Enums.ComponentForm;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.FeeKind;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.StepRole;
import vn.motcua.catalogue.api.Fee;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcessDefinitionInput;
import vn.motcua.catalogue.api.ProcessStep;
import vn.motcua.catalogue.api.ProcessingTime;
import vn.motcua.catalogue.api.Sector;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.ValidationException;

/** Inputs for the tests, valid unless a test breaks them on purpose. */
final class Fixtures {
    /** Agencies start long before any procedure date used in the tests. */
    static final LocalDate AGENCY_START = LocalDate.of(2020, 1, 1);

    private Fixtures() {
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static Sector sector(String code, String nameVi) {
        return new Sector(code, nameVi, null);
    }

    static AgencyInput agency(String code, String parentCode, String nameVi, AgencyLevel level) {
        AgencyKind kind = level == AgencyLevel.COMMUNE || parentCode == null ? AgencyKind.PEOPLES_COMMITTEE
            : AgencyKind.DEPARTMENT;
        return new AgencyInput(code, parentCode, nameVi, null, kind, level, "Địa chỉ " + code, "0222 3822 000",
            "vanphong@example.gov.vn", null, AGENCY_START, null);
    }

    static ProcedureBuilder procedure(String code, String nameVi) {
        return new ProcedureBuilder(code, nameVi);
    }

    static Decision decision(String number, LocalDate effective) {
        return new Decision(number, effective, effective);
    }

    static ProcessStep step(String name, StepRole role, String hours) {
        return new ProcessStep(name, "Bộ phận " + role.name().toLowerCase(), role, new BigDecimal(hours));
    }

    static ProcessDefinitionInput process(String procedureCode, String agencyCode, LocalDate validFrom, String... hours) {
        List<ProcessStep> steps = new ArrayList<>();
        StepRole[] roles = StepRole.values();
        for (int i = 0; i < hours.length; i++) {
            steps.add(step("Bước " + (i + 1), roles[i % roles.length], hours[i]));
        }
        return new ProcessDefinitionInput(procedureCode, agencyCode, "Quy trình " + procedureCode + " tại " + agencyCode,
            steps, validFrom);
    }

    /** The error fields of a validation failure, sorted. */
    static TreeSet<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toCollection(TreeSet::new));
    }

    static FieldError error(ValidationException e, String field) {
        for (FieldError f : e.errors()) {
            if (f.field().equals(field)) {
                return f;
            }
        }
        fail("no error on '" + field + "' in " + e.errors());
        return null;
    }

    static void assertFields(ValidationException e, String... expected) {
        assertEquals(new TreeSet<>(Arrays.asList(expected)), fields(e));
    }

    /** Mutable builder of a {@link ProcedureInput}; defaults make a valid partial-online procedure. */
    static final class ProcedureBuilder {
        String code;
        String nameVi;
        String nameEn;
        String sectorCode = "HDXD";
        List<AgencyLevel> levels = List.of(AgencyLevel.PROVINCE);
        List<String> agencyCodes = new ArrayList<>();
        OnlineLevel onlineLevel = OnlineLevel.PARTIAL;
        Integer legacyLevel;
        ProcessingTime processingTime = new ProcessingTime(new BigDecimal("5"), DurationUnit.WORKING_DAYS, "05 ngày làm việc");
        List<String> steps = List.of("Nộp hồ sơ tại Bộ phận Một cửa", "Thẩm định hồ sơ", "Trả kết quả");
        List<Channel> channels = List.of(Channel.COUNTER, Channel.ONLINE);
        List<DossierComponent> components = List.of(new DossierComponent("Đơn đề nghị theo mẫu", 1,
            ComponentForm.ORIGINAL, true, null));
        List<ApplicantType> applicants = List.of(ApplicantType.CITIZEN, ApplicantType.ORGANISATION);
        String applicantNote;
        List<String> results = List.of("Văn bản chấp thuận");
        List<Fee> fees = List.of();
        String conditions;
        List<String> legalBasis = List.of("Luật Xây dựng số 50/2014/QH13");
        Decision decision = Fixtures.decision("Quyết định số 1/QĐ-UBND", date("2024-01-01"));

        ProcedureBuilder(String code, String nameVi) {
            this.code = code;
            this.nameVi = nameVi;
        }

        ProcedureBuilder nameEn(String v) {
            nameEn = v;
            return this;
        }

        ProcedureBuilder sector(String v) {
            sectorCode = v;
            return this;
        }

        ProcedureBuilder levels(AgencyLevel... v) {
            levels = Arrays.asList(v);
            return this;
        }

        ProcedureBuilder agencies(String... v) {
            agencyCodes = Arrays.asList(v);
            return this;
        }

        ProcedureBuilder online(OnlineLevel v) {
            onlineLevel = v;
            return this;
        }

        ProcedureBuilder legacy(Integer v) {
            legacyLevel = v;
            return this;
        }

        ProcedureBuilder time(String value, DurationUnit unit) {
            processingTime = new ProcessingTime(value == null ? null : new BigDecimal(value), unit, null);
            return this;
        }

        ProcedureBuilder channels(Channel... v) {
            channels = Arrays.asList(v);
            return this;
        }

        ProcedureBuilder fees(Fee... v) {
            fees = Arrays.asList(v);
            return this;
        }

        ProcedureBuilder fee(long amount) {
            fees = List.of(new Fee(FeeKind.CHARGE, "Lệ phí", amount, null));
            return this;
        }

        ProcedureBuilder conditions(String v) {
            conditions = v;
            return this;
        }

        ProcedureBuilder effective(String iso) {
            decision = Fixtures.decision("Quyết định số " + iso + "/QĐ-UBND", date(iso));
            return this;
        }

        ProcedureBuilder decision(Decision v) {
            decision = v;
            return this;
        }

        ProcedureInput build() {
            return new ProcedureInput(code, nameVi, nameEn, sectorCode, levels, agencyCodes, onlineLevel, legacyLevel,
                processingTime, steps, channels, components, applicants, applicantNote, results, fees, conditions,
                legalBasis, decision);
        }
    }
}
