package vn.motcua.catalogue.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Quy trình nội bộ per procedure and agency, versioned, never longer than the statutory time. */
@ProviderType
public interface ProcessDefinitionService {
    ProcessDefinition define(ProcessDefinitionInput input);

    /** The process of the procedure at the agency in force on {@code asOf} (today when null). */
    ProcessDefinition get(String procedureCode, String agencyCode, LocalDate asOf);

    /** The processes in force on {@code asOf} for a procedure, one per agency. */
    List<ProcessDefinition> list(String procedureCode, LocalDate asOf);

    List<ProcessDefinition> versions(String procedureCode, String agencyCode);
}
