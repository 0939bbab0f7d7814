package vn.motcua.catalogue.api;

import java.util.List;

/** A whole catalogue for bulk import and export (JSON), {@code formatVersion} 1. */
public record CatalogueDocument(Integer formatVersion, List<Sector> sectors, List<AgencyInput> agencies,
                                List<MergeInstruction> merges, List<ProcedureInput> procedures,
                                List<ProcessDefinitionInput> processDefinitions) {

    /** A merge to apply after the agencies are loaded. */
    public record MergeInstruction(String agencyCode, String successorCode, java.time.LocalDate effectiveDate,
                                   String decisionNumber, String note) {
    }
}
