package vn.motcua.platform.rest.openapi.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

public record ProcedureDto(
    @JsonProperty(required = true) String code,
    String name,
    LocalDate effectiveFrom,
    ProcedureStatus status,
    List<StepDto> steps,
    int processingDays,
    @JsonProperty("fee_vnd") BigDecimal fee,
    Map<String, String> labels,
    Optional<Integer> maxApplicants,
    Set<String> keywords,
    @JsonPropertyDescription("Agency in charge") AgencyRef agency,
    @JsonIgnore String internalNote) {

    /** A computed bean getter: Jackson writes it, never reads it. */
    public int getStepCount() {
        return steps == null ? 0 : steps.size();
    }
}
