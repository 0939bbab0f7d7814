package vn.motcua.catalogue.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueTransferService;
import vn.motcua.catalogue.api.CatalogueTransferService.CsvKind;
import vn.motcua.catalogue.api.ImportReport;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.rest.ResponseType;

/**
 * {@code /catalogue}: bulk import and export, whole catalogue as JSON or one table as CSV. An import is all or
 * nothing (the service validates the whole document first); {@code dryRun=true} reports what would change.
 *
 * <p>CSV is for people working in Excel: exports start with a UTF-8 byte order mark, without which Excel reads
 * Vietnamese as mojibake. The mark is a property of the byte encoding, so it is written here, where characters become
 * bytes, and the service writes characters only. Imports are handed to the service as a character stream (UTF-8 unless
 * the request's charset says otherwise); it skips the mark Excel writes. Exports stream, so a large catalogue is never
 * held in memory as text.
 */
@Component(service = RestResource.class)
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@ApiTag(value = "catalogue-transfer", description = "Nhập, xuất danh mục (JSON, CSV) / Catalogue import and export (JSON, CSV)")
public class CatalogueTransferResource implements RestResource {
    static final String TEXT_CSV = "text/csv";
    static final MediaType CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String KINDS = Arrays.stream(CsvKind.values())
        .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    @Reference
    CatalogueTransferService transfer;

    /** Dates the export file names, in the province's time zone (the services' "today"). Replaced by tests. */
    Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));

    @POST
    @Access({Role.PROVINCIAL_OPERATOR})
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiTag("Nhập danh mục từ tài liệu JSON (tất cả hoặc không) / Import a catalogue JSON document (all or nothing)")
    public ImportReport importDocument(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                       CatalogueDocument document) {
        return transfer.importDocument(Requests.body(document), dryRun);
    }

    /** {@code kind} is matched without regard to case, so {@code /import/csv/Agencies} works too. */
    @POST
    @Access({Role.PROVINCIAL_OPERATOR})
    @Path("/import/csv/{kind}")
    @Consumes({TEXT_CSV, MediaType.TEXT_PLAIN})
    @ApiTag("Nhập một bảng CSV: sectors, agencies hoặc procedures / Import one CSV table: sectors, agencies or procedures")
    public ImportReport importCsv(@PathParam("kind") String kind,
                                  @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                  Reader csv) {
        CsvKind csvKind = kind(kind);
        return transfer.importCsv(csvKind, Requests.body(csv), dryRun);
    }

    /** The date is fixed here, not left to the service, so the file name and the content agree even at midnight. */
    @GET
    @Access(anonymous = true)
    @Path("/export")
    @ApiTag("Xuất toàn bộ danh mục có hiệu lực vào một ngày (JSON) / Export the catalogue in force on a date (JSON)")
    @ResponseType(CatalogueDocument.class)
    public Response export(@QueryParam("asOf") LocalDate asOf) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        CatalogueDocument document = transfer.export(date);
        return Response.ok(document)
            .header(HttpHeaders.CONTENT_DISPOSITION, attachment("motcua-catalogue-" + date + ".json"))
            .build();
    }

    @GET
    @Access(anonymous = true)
    @Path("/export/{kind}.csv")
    @Produces(TEXT_CSV)
    @ApiTag("Xuất một bảng CSV (UTF-8 có BOM, mở được bằng Excel) / Export one CSV table (UTF-8 with BOM, opens in Excel)")
    @ResponseType(String.class)
    public Response exportCsv(@PathParam("kind") String kind, @QueryParam("asOf") LocalDate asOf) {
        CsvKind csvKind = kind(kind);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        StreamingOutput body = out -> {
            out.write(UTF8_BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            transfer.exportCsv(csvKind, date, writer);
            writer.flush();
        };
        String file = "motcua-" + csvKind.name().toLowerCase(Locale.ROOT) + "-" + date + ".csv";
        return Response.ok(body, CSV_UTF8).header(HttpHeaders.CONTENT_DISPOSITION, attachment(file)).build();
    }

    /** The CSV table named in the path, or a 400 naming {@code kind} with the allowed values. */
    static CsvKind kind(String raw) {
        if (raw != null) {
            for (CsvKind k : CsvKind.values()) {
                if (k.name().equalsIgnoreCase(raw.strip())) {
                    return k;
                }
            }
        }
        throw ValidationException.of("kind", "unknown-kind",
            "Không có bảng CSV '" + raw + "'; chọn một trong: " + KINDS,
            "no CSV table '" + raw + "'; choose one of: " + KINDS);
    }

    /** File names here are ASCII (codes and ISO dates), so the plain quoted form is enough. */
    private static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
