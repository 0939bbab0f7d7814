package vn.motcua.catalogue.api;

/** What an import did (or would do, for a dry run). Nothing is written unless the whole document is valid. */
public record ImportReport(boolean dryRun, int sectorsCreated, int sectorsUpdated, int agenciesCreated,
                           int agenciesUpdated, int mergesApplied, int proceduresCreated, int proceduresAmended,
                           int proceduresUnchanged, int processDefinitionsCreated, int processDefinitionsUnchanged) {
}
