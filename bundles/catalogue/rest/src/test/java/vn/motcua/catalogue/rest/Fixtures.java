package vn.motcua.catalogue.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalogue.api.Agency;
import vn.motcua.catalogue.api.AgencyInput;
import vn.motcua.catalogue.api.Decision;
import vn.motcua.catalogue.api.Enums.AgencyKind;
import vn.motcua.catalogue.api.Enums.AgencyLevel;
import vn.motcua.catalogue.api.Enums.ChangeType;
import vn.motcua.catalogue.api.Enums.DurationUnit;
import vn.motcua.catalogue.api.Enums.OnlineLevel;
import vn.motcua.catalogue.api.Enums.ProcedureStatus;
import vn.motcua.catalogue.api.ProcedureInput;
import vn.motcua.catalogue.api.ProcedureVersion;
import vn.motcua.catalogue.api.ProcessingTime;
import vn.motcua.platform.api.error.FieldError;
import vn.motcua.platform.api.error.ValidationException;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

/** Small sample DTOs and assertions shared by the resource tests. */
final class Fixtures {
    static final String AGENCY = "000.00.06.H56";
    static final String PROCEDURE = "1.001193";
    static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    private Fixtures() {
    }

    static AgencyInput agencyInput(String code) {
        return new AgencyInput(code, null, "Sở Tư pháp", "Department of Justice", AgencyKind.DEPARTMENT,
            AgencyLevel.PROVINCE, null, null, null, null, DAY, null);
    }

    static Agency agency(String code) {
        return new Agency(code, null, "Sở Tư pháp", "Department of Justice", AgencyKind.DEPARTMENT,
            AgencyLevel.PROVINCE, null, null, null, null, DAY, null, null, 1);
    }

    static ProcedureInput procedureInput(String code) {
        return new ProcedureInput(code, "Đăng ký khai sinh", "Birth registration", "HT", List.of(AgencyLevel.COMMUNE),
            List.of(AGENCY), OnlineLevel.FULL, null, new ProcessingTime(BigDecimal.ONE, DurationUnit.WORKING_DAYS, null),
            List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(), null, List.of(),
            new Decision("123/QĐ-UBND", DAY, DAY));
    }

    static ProcedureVersion version(String code, int version, ChangeType change) {
        return new ProcedureVersion(code, version, change,
            change == ChangeType.ABOLISHED ? ProcedureStatus.ABOLISHED : ProcedureStatus.ACTIVE, DAY, null,
            new Decision("123/QĐ-UBND", DAY, DAY), null, "Đăng ký khai sinh", "Birth registration", "HT", "Hộ tịch",
            List.of(AgencyLevel.COMMUNE), List.of(AGENCY), OnlineLevel.FULL, null,
            new ProcessingTime(BigDecimal.ONE, DurationUnit.WORKING_DAYS, null), List.of(), List.of(), List.of(),
            List.of(), null, List.of(), List.of(), false, null, List.of(), Instant.EPOCH);
    }

    /** Runs {@code call}, expecting a 400 that names {@code field}; returns the error for further checks. */
    static FieldError expect400(String field, Runnable call) {
        try {
            call.run();
            fail("expected a validation error naming " + field);
            return null;
        } catch (ValidationException e) {
            assertEquals(400, e.httpStatus());
            return e.errors().stream().filter(x -> x.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no error names " + field + ": " + e.errors()));
        }
    }
}
