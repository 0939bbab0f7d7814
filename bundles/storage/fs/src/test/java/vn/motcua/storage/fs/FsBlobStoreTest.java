package vn.motcua.storage.fs;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static vn.motcua.storage.fs.StoreFixture.in;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.health.HealthStatus;
import vn.motcua.storage.api.BlobInfo;
import vn.motcua.storage.api.BlobRequest;
import vn.motcua.storage.api.ContentSniffer;
import vn.motcua.storage.api.ContentType;
import vn.motcua.storage.api.StorageUnavailableException;
import vn.motcua.storage.api.StoredBlob;
import vn.motcua.storage.api.VerifiedBlob;
import vn.motcua.storage.fs.StoreFixture.CountingStream;
import vn.motcua.testing.SampleFiles;

public class FsBlobStoreTest {
    private static final long MB = 1024 * 1024;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private StoreFixture fx;
    private FsBlobStore store;

    @Before
    public void openStore() throws IOException {
        fx = new StoreFixture(folder.getRoot().toPath().resolve("blobs"));
        store = fx.store;
    }

    private static BlobRequest scans(String name) {
        return new BlobRequest(name, ContentType.SCANS, 10 * MB);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static ValidationException refused(Runnable put) {
        ValidationException e = assertThrows(ValidationException.class, put::run);
        assertEquals("file", e.errors().get(0).field());
        return e;
    }

    private void assertNothingStored() throws IOException {
        assertEquals(List.of(), fx.temporaryFiles());
        assertEquals(List.of(), fx.blobFiles());
    }

    @Test
    public void storesAnUploadUnderItsChecksumAndServesTheSameBytes() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        StoredBlob b = store.put(in(pdf), scans("C:\\Users\\cb\\Giấy chứng nhận QSDĐ.pdf"));
        assertEquals(sha256(pdf), b.sha256());
        assertEquals(b.sha256() + ".pdf", b.key());
        assertEquals(pdf.length, b.size());
        assertEquals(ContentType.PDF, b.contentType());
        assertEquals("Giấy chứng nhận QSDĐ.pdf", b.fileName());
        assertEquals(fx.clock.instant(), b.storedAt());

        Path file = fx.root.resolve(b.sha256().substring(0, 2)).resolve(b.sha256().substring(2, 4)).resolve(b.key());
        assertTrue(Files.isRegularFile(file));
        assertEquals("r--r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (InputStream stored = store.open(b.key())) {
            assertArrayEquals(pdf, stored.readAllBytes());
        }
        BlobInfo info = store.info(b.key()).orElseThrow();
        assertEquals(new BlobInfo(b.key(), b.sha256(), pdf.length, ContentType.PDF, fx.clock.instant()), info);
        assertEquals(List.of(), fx.temporaryFiles());
    }

    /** The client's name and declared type are never trusted: the bytes decide, the name follows them. */
    @Test
    public void theBytesDecideTheTypeAndTheNameFollows() {
        StoredBlob png = store.put(in(SampleFiles.png()), scans("anh-cccd.jpg"));
        assertEquals(ContentType.PNG, png.contentType());
        assertEquals("anh-cccd.png", png.fileName());
        assertTrue(png.key().endsWith(".png"));

        StoredBlob pdfNamedDocx = store.put(in(SampleFiles.pdf()),
            new BlobRequest("to-khai.docx", ContentType.DOCUMENTS, MB));
        assertEquals(ContentType.PDF, pdfNamedDocx.contentType());
        assertEquals("to-khai.pdf", pdfNamedDocx.fileName());

        ValidationException exe = refused(() -> store.put(in(SampleFiles.zip(Map.of("x.exe", new byte[] {'M', 'Z'}))),
            scans("don-de-nghi.pdf")));
        assertEquals("file-type-not-allowed", exe.errors().get(0).code());
        assertTrue(exe.errors().get(0).messageVi(), exe.errors().get(0).messageVi().contains("PDF, JPEG, PNG, TIFF"));

        ValidationException docx = refused(() -> store.put(in(SampleFiles.docx()), scans("ban-scan.pdf")));
        assertEquals("file-type-not-allowed", docx.errors().get(0).code());
        assertTrue(docx.errors().get(0).messageEn(), docx.errors().get(0).messageEn().startsWith("The file sent is"));

        ValidationException heic = refused(() -> store.put(in(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e',
            'i', 'c'}), scans("IMG_0001.jpg")));
        assertTrue(heic.errors().get(0).messageVi().contains("HEIC"));
    }

    @Test
    public void refusesAnEmptyFile() throws IOException {
        assertEquals("file-empty", refused(() -> store.put(in(new byte[0]), scans("a.pdf"))).errors().get(0).code());
        assertNothingStored();
    }

    /** An endless upload is cut at the limit: at most one byte more than allowed is ever read. */
    @Test
    public void stopsReadingAnOversizedStreamJustPastTheLimit() throws IOException {
        CountingStream endless = new CountingStream(SampleFiles.pdf(), 1L << 40);
        ValidationException e = refused(() -> store.put(endless, new BlobRequest("lon.pdf", ContentType.SCANS, MB)));
        assertEquals("file-too-large", e.errors().get(0).code());
        assertEquals("Tệp lớn hơn giới hạn 1 MB cho phép", e.errors().get(0).messageVi());
        assertEquals(MB + 1, endless.read.get());
        assertNothingStored();

        StoredBlob exactly = store.put(new CountingStream(SampleFiles.pdf(), MB), new BlobRequest("vua.pdf",
            ContentType.SCANS, MB));
        assertEquals(MB, exactly.size());
    }

    /** The first bytes rule out every allowed type: the rest of the stream is never read. */
    @Test
    public void refusesAForbiddenTypeFromItsFirstBytes() throws IOException {
        CountingStream exe = new CountingStream(new byte[] {'M', 'Z', (byte) 0x90, 0}, 50 * MB);
        ValidationException e = refused(() -> store.put(exe, new BlobRequest("setup.pdf", ContentType.SCANS,
            100 * MB)));
        assertEquals("file-type-not-allowed", e.errors().get(0).code());
        assertTrue(e.errors().get(0).messageVi().contains("Windows"));
        assertTrue("read " + exe.read.get(), exe.read.get() < ContentSniffer.HEAD_BYTES + 64 * 1024);
        assertNothingStored();
    }

    @Test
    public void refusesAnUnusableNameBeforeReading() throws IOException {
        for (String name : new String[] {null, "", "   ", "../../", "\u0000\u0001", "C:\\"}) {
            CountingStream content = new CountingStream(SampleFiles.pdf(), 1000);
            ValidationException e = refused(() -> store.put(content, scans(name)));
            assertEquals(String.valueOf(name), "file-name-invalid", e.errors().get(0).code());
            assertEquals(0, content.read.get());
        }
        assertEquals("passwd.pdf", store.put(in(SampleFiles.pdf()), scans("../../etc/passwd")).fileName());
    }

    @Test
    public void anInterruptedUploadLeavesNothing() throws IOException {
        InputStream broken = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 100_000) {
                    return served < 6 ? "%PDF-".charAt(served - 1) : 0;
                }
                throw new IOException("Connection reset by peer");
            }
        };
        assertEquals("file-incomplete", refused(() -> store.put(broken, scans("a.pdf"))).errors().get(0).code());
        assertNothingStored();
    }

    /** Equal bytes are stored once; each upload keeps its own name. */
    @Test
    public void deduplicatesEqualContent() throws IOException {
        StoredBlob first = store.put(in(SampleFiles.jpeg()), scans("cccd-mat-truoc.jpg"));
        fx.clock.advance(Duration.ofMinutes(5));
        StoredBlob second = store.put(in(SampleFiles.jpeg()), scans("ảnh CCCD.jpeg"));
        assertEquals(first.key(), second.key());
        assertEquals("ảnh CCCD.jpeg", second.fileName());
        assertEquals(1, fx.blobFiles().size());
        assertEquals("a repeated upload refreshes the put time", fx.clock.instant(),
            store.info(first.key()).orElseThrow().lastPutAt());
        StoredBlob other = store.put(in(SampleFiles.png()), scans("khac.png"));
        assertNotEquals(first.key(), other.key());
        try (Stream<BlobInfo> all = store.list()) {
            assertEquals(2, all.count());
        }
    }

    /** Archive integrity (DOMAIN §11): a changed byte is found; a re-upload of the original repairs the copy. */
    @Test
    // clauses: 001-10.1e, 004-4.5
    public void verifyFindsAModifiedFileAndARepeatedUploadRepairsIt() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        StoredBlob b = store.put(in(pdf), scans("ket-qua.pdf"));
        VerifiedBlob ok = store.verify(b.key(), b.sha256());
        assertEquals(VerifiedBlob.Status.INTACT, ok.status());
        assertEquals(pdf.length, ok.size());

        Path file = fx.blobFiles().get(0);
        byte[] tampered = pdf.clone();
        tampered[tampered.length - 3] ^= 1;
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.write(file, tampered);
        VerifiedBlob bad = store.verify(b.key(), b.sha256());
        assertEquals(VerifiedBlob.Status.CORRUPTED, bad.status());
        assertEquals(sha256(tampered), bad.actualSha256());
        assertFalse(bad.intact());

        store.put(in(pdf), scans("ket-qua.pdf"));
        assertTrue(store.verify(b.key(), b.sha256()).intact());
        assertEquals("a wrong record is a mismatch too", VerifiedBlob.Status.CORRUPTED,
            store.verify(b.key(), sha256(tampered)).status());

        Files.delete(file);
        assertEquals(VerifiedBlob.Status.MISSING, store.verify(b.key(), b.sha256()).status());
        assertThrows(NotFoundException.class, () -> store.open(b.key()));
        assertEquals(Optional.empty(), store.info(b.key()));
    }

    /** Deletion spares blobs put within the grace period: another upload of the same bytes may reference them. */
    @Test
    public void deleteSparesRecentlyPutBlobs() throws IOException {
        StoredBlob b = store.put(in(SampleFiles.pdf()), scans("nhap.pdf"));
        assertFalse(store.delete(b.key()));
        assertTrue(store.info(b.key()).isPresent());

        fx.clock.advance(Duration.ofMinutes(59));
        store.put(in(SampleFiles.pdf()), scans("lai-lan-nua.pdf"));
        fx.clock.advance(Duration.ofMinutes(59));
        assertFalse("the second put restarted the grace period", store.delete(b.key()));

        fx.clock.advance(Duration.ofMinutes(2));
        assertTrue(store.delete(b.key()));
        assertEquals(Optional.empty(), store.info(b.key()));
        assertThrows(NotFoundException.class, () -> store.open(b.key()));
        assertTrue("absent is deleted", store.delete(b.key()));
        assertTrue("malformed keys address nothing", store.delete("../../etc/passwd"));
        assertThrows(NotFoundException.class, () -> store.open("../" + b.key()));
        assertNothingStored();
    }

    @Test
    public void aStorageFailureIsA503AndLeavesNothingHalfWritten() throws IOException {
        byte[] png = SampleFiles.png();
        String sha = HexFormat.of().formatHex(sha256Bytes(png));
        Files.writeString(fx.root.resolve(sha.substring(0, 2)), "a file where the shard directory belongs");
        StorageUnavailableException e = assertThrows(StorageUnavailableException.class,
            () -> store.put(in(png), scans("anh.png")));
        assertEquals("storage-unavailable", e.code());
        assertEquals(503, e.httpStatus());
        assertEquals(List.of(), fx.temporaryFiles());
    }

    @Test
    public void refusesUploadsWhenTheDiskIsNearlyFull() throws IOException {
        FsBlobStore full = StoreFixture.open(fx.root, Map.of("minFreeMegabytes", String.valueOf(Integer.MAX_VALUE)),
            fx.clock);
        CountingStream content = new CountingStream(SampleFiles.pdf(), 1000);
        StorageUnavailableException e = assertThrows(StorageUnavailableException.class,
            () -> full.put(content, scans("a.pdf")));
        assertEquals("storage-full", e.code());
        assertEquals(0, content.read.get());
        HealthStatus health = full.check();
        assertEquals(HealthStatus.State.DOWN, health.state());
        assertTrue(health.message(), health.message().contains("uploads are refused"));
    }

    @Test
    public void healthReportsFreeSpaceWritabilityAndTheStoreIdentity() throws IOException {
        HealthStatus up = store.check();
        assertEquals(HealthStatus.State.UP, up.state());
        assertEquals(fx.root.toString(), up.details().get("root"));
        assertEquals(true, up.details().get("writable"));
        assertTrue((Long) up.details().get("freeMegabytes") > 0);
        FsBlobStore secondNode = StoreFixture.open(fx.root, Map.of("warnFreeMegabytes",
            String.valueOf(Integer.MAX_VALUE)), fx.clock);
        HealthStatus degraded = secondNode.check();
        assertEquals(HealthStatus.State.DEGRADED, degraded.state());
        assertEquals("nodes on one directory report one store", up.details().get("storeId"),
            degraded.details().get("storeId"));

        Files.delete(fx.root.resolve(BlobLayout.TEMP_DIRECTORY));
        Files.writeString(fx.root.resolve(BlobLayout.TEMP_DIRECTORY), "not a directory");
        HealthStatus down = store.check();
        assertEquals(HealthStatus.State.DOWN, down.state());
        assertEquals(false, down.details().get("writable"));
        assertEquals("storage", store.name());
    }

    /** Temporary files left by a crash are removed once untouched for the configured time; live ones stay. */
    @Test
    public void theJanitorRemovesAbandonedTemporaryFilesOnly() throws IOException {
        Path temp = fx.root.resolve(BlobLayout.TEMP_DIRECTORY);
        Path abandoned = Files.writeString(temp.resolve("put-123.part"), "%PDF-half");
        Files.setLastModifiedTime(abandoned, FileTime.from(fx.clock.instant().minus(Duration.ofMinutes(61))));
        Path live = Files.writeString(temp.resolve("put-456.part"), "%PDF-in progress");
        Files.setLastModifiedTime(live, FileTime.from(fx.clock.instant().minus(Duration.ofMinutes(5))));
        store.removeStaleTemporaryFiles();
        assertEquals(List.of(live), fx.temporaryFiles());
    }

    /** Two nodes sharing the directory: what one stores, the other reads and verifies. */
    @Test
    public void nodesSharingTheRootSeeTheSameBlobs() throws IOException {
        FsBlobStore otherNode = StoreFixture.open(fx.root, Map.of(), fx.clock);
        StoredBlob b = store.put(in(SampleFiles.tiff()), scans("ban-quet.tif"));
        assertEquals(ContentType.TIFF, b.contentType());
        assertTrue(otherNode.verify(b.key(), b.sha256()).intact());
        try (InputStream stored = otherNode.open(b.key())) {
            assertArrayEquals(SampleFiles.tiff(), stored.readAllBytes());
        }
    }

    private static byte[] sha256Bytes(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
