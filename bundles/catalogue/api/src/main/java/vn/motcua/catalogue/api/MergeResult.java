package vn.motcua.catalogue.api;

import java.util.List;

/** What a merge moved to the successor. */
public record MergeResult(String agencyCode, String successorCode, List<String> proceduresMoved,
                          int processDefinitionsMoved, int childAgenciesMoved) {
}
