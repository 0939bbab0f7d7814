package vn.motcua.catalogue.api;

import java.time.LocalDate;
import java.util.List;

/** Body to define (a new version of) the internal process of a procedure at an agency. */
public record ProcessDefinitionInput(String procedureCode, String agencyCode, String name, List<ProcessStep> steps,
                                     LocalDate validFrom) {
}
