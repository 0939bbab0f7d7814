package vn.motcua.catalogue.rest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueTransferService;
import vn.motcua.catalogue.api.ImportReport;

/** Reads the whole CSV it is given (so tests see what the service would parse) and writes a two-line CSV. */
class FakeTransferService implements CatalogueTransferService {
    static final String CSV = "code,nameVi\nHT,Hộ tịch\n";

    CsvKind kind;
    String text;
    Boolean dryRun;
    LocalDate date;
    CatalogueDocument document;

    @Override
    public ImportReport importDocument(CatalogueDocument document, boolean dryRun) {
        this.document = document;
        this.dryRun = dryRun;
        return report(dryRun);
    }

    @Override
    public ImportReport importCsv(CsvKind kind, Reader csv, boolean dryRun) {
        this.kind = kind;
        this.dryRun = dryRun;
        StringWriter all = new StringWriter();
        try {
            csv.transferTo(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.text = all.toString();
        return report(dryRun);
    }

    @Override
    public CatalogueDocument export(LocalDate asOf) {
        this.date = asOf;
        return new CatalogueDocument(1, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public void exportCsv(CsvKind kind, LocalDate asOf, Writer out) {
        this.kind = kind;
        this.date = asOf;
        try {
            out.write(CSV);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportReport report(boolean dryRun) {
        return new ImportReport(dryRun, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
