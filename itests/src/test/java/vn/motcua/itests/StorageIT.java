package vn.motcua.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.storage.api.BlobRequest;
import vn.motcua.storage.api.BlobStore;
import vn.motcua.storage.api.ContentType;
import vn.motcua.storage.api.StoredBlob;
import vn.motcua.storage.api.VerifiedBlob;

/** The attachment store of the distribution: the BlobStore service on the default file-system directory. */
public class StorageIT extends MotCuaTestSupport {

    private static byte[] pdf(String marker) {
        return ("%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n% " + marker + "\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    @Clauses({"001-10.1e", "004-4.5"})
    public void storesReadsAndVerifiesAnAttachment() throws IOException {
        BlobStore store = service(BlobStore.class);
        byte[] content = pdf(unique());
        String decomposed = Normalizer.normalize("Đơn đề nghị.pdf", Normalizer.Form.NFD);
        StoredBlob b = store.put(new ByteArrayInputStream(content),
            new BlobRequest("C:\\Scan\\" + decomposed, ContentType.SCANS, 1024 * 1024));
        assertEquals(ContentType.PDF, b.contentType());
        assertEquals("Đơn đề nghị.pdf", b.fileName());
        assertEquals(content.length, b.size());
        assertEquals(b.sha256() + ".pdf", b.key());

        try (InputStream in = store.open(b.key())) {
            assertArrayEquals(content, in.readAllBytes());
        }
        VerifiedBlob verified = store.verify(b.key(), b.sha256());
        assertEquals(VerifiedBlob.Status.INTACT, verified.status());
        assertEquals(content.length, store.info(b.key()).orElseThrow().size());

        // stored outside the database, under the distribution's data directory by default
        Path file = Path.of(System.getProperty("karaf.data"), "motcua", "blobs", b.sha256().substring(0, 2),
            b.sha256().substring(2, 4), b.key());
        assertTrue(file + " exists", Files.isRegularFile(file));

        ValidationException refused = assertThrows(ValidationException.class, () -> store.put(
            new ByteArrayInputStream("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
            new BlobRequest("don.pdf", ContentType.SCANS, 1024 * 1024)));
        assertEquals("file", refused.errors().get(0).field());
        assertEquals("file-type-not-allowed", refused.errors().get(0).code());
        ValidationException tooLarge = assertThrows(ValidationException.class, () -> store.put(
            new ByteArrayInputStream(pdf(unique() + "x".repeat(2048))), new BlobRequest("lon.pdf", ContentType.SCANS,
                1024)));
        assertEquals("file-too-large", tooLarge.errors().get(0).code());
    }

    @Test
    public void healthShowsTheStore() {
        service(BlobStore.class);
        awaitApi();
        JsonNode health = get("/health").expect(200).json();
        JsonNode storage = health.get("checks").get("storage");
        assertNotEquals(storage.toString(), "DOWN", storage.get("state").asText());
        JsonNode details = storage.get("details");
        assertTrue(details.toString(), details.get("writable").asBoolean());
        assertTrue(details.toString(), details.get("root").asText().endsWith("motcua/blobs"));
        assertTrue(details.toString(), details.get("storeId").asText().length() >= 32);
        assertTrue(details.get("freeMegabytes").asLong() > 0);
        boolean sawStore = false;
        for (JsonNode c : health.get("components")) {
            if (c.get("bundle").asText().equals("vn.motcua.storage.fs")) {
                sawStore = true;
                assertEquals(c.toString(), "ACTIVE", c.get("state").asText());
            }
        }
        assertTrue("storage component listed", sawStore);
    }
}
