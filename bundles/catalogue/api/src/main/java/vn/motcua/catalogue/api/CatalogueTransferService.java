package vn.motcua.catalogue.api;

import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Bulk import and export. An import is validated whole and applied in one transaction: one bad row and nothing is
 * written; the error names its path (JSON) or line and column (CSV).
 */
@ProviderType
public interface CatalogueTransferService {
    /** Tabular parts that have a CSV form. */
    enum CsvKind { SECTORS, AGENCIES, PROCEDURES }

    ImportReport importDocument(CatalogueDocument document, boolean dryRun);

    ImportReport importCsv(CsvKind kind, Reader csv, boolean dryRun);

    /** The catalogue as in force on {@code asOf} (today when null), in the import format. */
    CatalogueDocument export(LocalDate asOf);

    void exportCsv(CsvKind kind, LocalDate asOf, Writer out);
}
