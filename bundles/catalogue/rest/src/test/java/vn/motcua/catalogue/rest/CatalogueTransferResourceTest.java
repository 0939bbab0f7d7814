package vn.motcua.catalogue.rest;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static vn.motcua.catalogue.rest.Fixtures.DAY;
import static vn.motcua.catalogue.rest.Fixtures.expect400;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.junit.Before;
import org.junit.Test;

import vn.motcua.catalogue.api.CatalogueDocument;
import vn.motcua.catalogue.api.CatalogueTransferService.CsvKind;
import vn.motcua.platform.api.error.FieldError;

public class CatalogueTransferResourceTest {
    private final FakeTransferService service = new FakeTransferService();
    private final CatalogueTransferResource resource = new CatalogueTransferResource();

    @Before
    public void wire() {
        resource.transfer = service;
        // 2025-06-30T18:00Z is already 1 July in Hanoi: file names follow the province's calendar
        resource.clock = Clock.fixed(Instant.parse("2025-06-30T18:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    public void kindIsCaseInsensitive() {
        assertEquals(CsvKind.SECTORS, CatalogueTransferResource.kind("sectors"));
        assertEquals(CsvKind.AGENCIES, CatalogueTransferResource.kind("Agencies"));
        assertEquals(CsvKind.PROCEDURES, CatalogueTransferResource.kind("PROCEDURES"));
    }

    @Test
    public void unknownKindIs400NamingKind() {
        FieldError e = expect400("kind", () -> CatalogueTransferResource.kind("dossiers"));
        assertTrue(e.messageEn(), e.messageEn().contains("sectors, agencies, procedures"));
        expect400("kind", () -> CatalogueTransferResource.kind(null));
        expect400("kind", () -> resource.exportCsv("xlsx", null));
        expect400("kind", () -> resource.importCsv("xlsx", false, new StringReader("a,b")));
        assertNull("nothing reaches the service", service.kind);
    }

    @Test
    public void csvImportHandsTheTextToTheService() {
        resource.importCsv("sectors", true, new StringReader("code,nameVi\nHT,Hộ tịch\n"));
        assertEquals(CsvKind.SECTORS, service.kind);
        assertEquals("code,nameVi\nHT,Hộ tịch\n", service.text);
        assertEquals(Boolean.TRUE, service.dryRun);
        expect400("body", () -> resource.importCsv("sectors", false, null));
    }

    @Test
    public void jsonImportDelegatesAndNeedsABody() {
        CatalogueDocument doc = new CatalogueDocument(1, List.of(), List.of(), List.of(), List.of(), List.of());
        assertTrue(resource.importDocument(true, doc).dryRun());
        assertSame(doc, service.document);
        expect400("body", () -> resource.importDocument(false, null));
    }

    @Test
    public void jsonExportIsAnAttachmentNamedByDate() {
        Response r = resource.export(null);
        assertEquals(200, r.getStatus());
        assertEquals(DAY, service.date);
        assertEquals("attachment; filename=\"motcua-catalogue-2025-07-01.json\"",
            r.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));

        resource.export(DAY.minusYears(1));
        assertEquals(DAY.minusYears(1), service.date);
    }

    @Test
    public void csvExportStreamsUtf8WithBom() throws IOException {
        Response r = resource.exportCsv("Procedures", null);
        assertEquals(200, r.getStatus());
        assertEquals("text/csv;charset=UTF-8", r.getMediaType().toString());
        assertEquals("attachment; filename=\"motcua-procedures-2025-07-01.csv\"",
            r.getHeaderString(HttpHeaders.CONTENT_DISPOSITION));
        assertNull("nothing is exported before the body is written", service.kind);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) r.getEntity()).write(out);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(CatalogueTransferResource.UTF8_BOM, Arrays.copyOf(bytes, 3));
        assertEquals(FakeTransferService.CSV, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(CsvKind.PROCEDURES, service.kind);
        assertEquals(DAY, service.date);
    }
}
