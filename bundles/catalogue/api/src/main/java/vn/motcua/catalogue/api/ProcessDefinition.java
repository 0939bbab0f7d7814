package vn.motcua.catalogue.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Quy trình nội bộ: a version of the internal process of a procedure at an agency. {@code totalHours} never exceeds
 * {@code statutoryHours}, the procedure's statutory time in working hours for the procedure version
 * {@code procedureVersion} it was checked against.
 */
public record ProcessDefinition(String procedureCode, String agencyCode, int version, String name,
                                List<ProcessStep> steps, BigDecimal totalHours, BigDecimal statutoryHours,
                                int procedureVersion, LocalDate validFrom, LocalDate validTo, Instant recordedAt) {
}
