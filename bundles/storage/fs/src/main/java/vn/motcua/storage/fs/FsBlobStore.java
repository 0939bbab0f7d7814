package vn.motcua.storage.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.platform.api.error.NotFoundException;
import vn.motcua.platform.api.health.HealthIndicator;
import vn.motcua.platform.api.health.HealthStatus;
import vn.motcua.storage.api.BlobErrors;
import vn.motcua.storage.api.BlobInfo;
import vn.motcua.storage.api.BlobRequest;
import vn.motcua.storage.api.BlobStore;
import vn.motcua.storage.api.ContentSniffer;
import vn.motcua.storage.api.ContentType;
import vn.motcua.storage.api.FileNames;
import vn.motcua.storage.api.Sniffed;
import vn.motcua.storage.api.StorageUnavailableException;
import vn.motcua.storage.api.StoredBlob;
import vn.motcua.storage.api.VerifiedBlob;

/**
 * {@link BlobStore} on a file system shared by every node. A put streams the upload once into a private temporary
 * file (SHA-256 and size computed on the way, refused as soon as it passes the limit or its first bytes rule out every
 * allowed type), syncs it, decides the type from the complete file, then renames it atomically to its content
 * address. Concurrent puts of the same bytes, on any thread or node, each rename a complete copy of identical bytes:
 * whichever lands last, the file is whole. Readers never see a partial file.
 *
 * <p>Also the {@code storage} health indicator: free space and writability of the root.
 */
@Component(service = {BlobStore.class, HealthIndicator.class}, configurationPid = FsBlobStore.PID)
@Designate(ocd = FsStoreConfig.class)
public class FsBlobStore implements BlobStore, HealthIndicator {
    static final String PID = "vn.motcua.storage.fs";
    private static final Logger LOG = LoggerFactory.getLogger(FsBlobStore.class);
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final long MB = 1024L * 1024;

    /** Replaced by tests. */
    Clock clock = Clock.systemUTC();

    private volatile Settings settings;
    private ScheduledExecutorService janitor;

    record Settings(BlobLayout layout, long minFreeBytes, long warnFreeBytes, Duration deleteGrace,
                    Duration staleTemp) {
        static Settings of(FsStoreConfig config) {
            String root = config.root() == null || config.root().isBlank()
                ? System.getProperty("karaf.data", "data") + "/motcua/blobs" : config.root().strip();
            return new Settings(new BlobLayout(Path.of(root)), Math.max(0, config.minFreeMegabytes()) * MB,
                Math.max(0, config.warnFreeMegabytes()) * MB, Duration.ofMinutes(Math.max(0, config.deleteGraceMinutes())),
                Duration.ofMinutes(Math.max(1, config.staleTempMinutes())));
        }
    }

    /**
     * Applies a configuration, at activation and live on every change. The root is created if missing; a root that
     * cannot be created fails the activation (the service is then absent and the logs say why).
     */
    @Activate
    @Modified
    void configure(FsStoreConfig config) throws IOException {
        Settings next = Settings.of(config);
        next.layout().prepare();
        storeId(next.layout());
        settings = next;
        removeStaleTemporaryFiles();
        if (janitor == null) {
            janitor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "motcua-storage-janitor");
                t.setDaemon(true);
                return t;
            });
            janitor.scheduleWithFixedDelay(this::removeStaleTemporaryFiles, 10, 10, TimeUnit.MINUTES);
        }
        LOG.info("File storage at {} (store {}), {} MB free; uploads refused below {} MB", next.layout().root,
            storeId(next.layout()), usableBytes(next.layout()) / MB, next.minFreeBytes() / MB);
    }

    @Deactivate
    void deactivate() {
        if (janitor != null) {
            janitor.shutdownNow();
            janitor = null;
        }
    }

    private Settings settings() {
        Settings s = settings;
        if (s == null) {
            throw StorageUnavailableException.failed(null);
        }
        return s;
    }

    // --- put -----------------------------------------------------------------------------------------------------------

    @Override
    public StoredBlob put(InputStream content, BlobRequest request) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(request, "request");
        if (FileNames.clean(request.fileName()).isEmpty()) {
            throw BlobErrors.nameInvalid();
        }
        Settings s = settings();
        BlobLayout layout = s.layout();
        Path temp = null;
        try {
            if (usableBytes(layout) < s.minFreeBytes()) {
                LOG.error("File storage at {} has less than {} MB free: upload refused", layout.root,
                    s.minFreeBytes() / MB);
                throw StorageUnavailableException.full(null);
            }
            temp = layout.newTempFile("put-");
            Written written = write(content, temp, request);
            Sniffed sniffed = ContentSniffer.sniff(temp);
            ContentType type = sniffed.type();
            if (type == null || !request.allowedTypes().contains(type)) {
                throw BlobErrors.typeNotAllowed(sniffed, request.allowedTypes());
            }
            String fileName = FileNames.forType(request.fileName(), type).orElseThrow(BlobErrors::nameInvalid);
            String key = BlobLayout.key(written.sha256(), type);
            Instant now = clock.instant();
            install(layout, temp, key, written, now);
            LOG.debug("Stored {} as {} ({} bytes, {})", fileName, key, written.size(), type);
            return new StoredBlob(key, written.sha256(), written.size(), type, fileName, now);
        } catch (IOException e) {
            throw unavailable("store an upload", layout, e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private record Written(String sha256, long size) {
    }

    /** Copies the client's stream into the temporary file, reading at most one byte more than the limit. */
    private static Written write(InputStream content, Path temp, BlobRequest request) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        byte[] head = new byte[ContentSniffer.HEAD_BYTES];
        int headLength = 0;
        boolean headChecked = false;
        long size = 0;
        long limit = request.maxBytes();
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            while (true) {
                int n = readClient(content, buffer, (int) Math.min(buffer.length, limit + 1 - size));
                if (n < 0) {
                    break;
                }
                size += n;
                if (size > limit) {
                    throw BlobErrors.tooLarge(limit);
                }
                if (headLength < head.length) {
                    int copy = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copy);
                    headLength += copy;
                }
                if (!headChecked && headLength == head.length) {
                    checkHead(head, headLength, request.allowedTypes());
                    headChecked = true;
                }
                sha.update(buffer, 0, n);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            if (size == 0) {
                throw BlobErrors.empty();
            }
            if (!headChecked) {
                checkHead(head, headLength, request.allowedTypes());
            }
            out.force(true);
        }
        return new Written(HexFormat.of().formatHex(sha.digest()), size);
    }

    private static int readClient(InputStream content, byte[] buffer, int length) {
        try {
            return content.read(buffer, 0, length);
        } catch (IOException e) {
            LOG.info("Upload cut off by the client: {}", e.toString());
            throw BlobErrors.incomplete();
        }
    }

    /** Refuses a stream whose first bytes already rule out every allowed type, before the rest is read. */
    private static void checkHead(byte[] head, int length, Set<ContentType> allowed) {
        if (ContentSniffer.candidates(head, length).stream().noneMatch(allowed::contains)) {
            throw BlobErrors.typeNotAllowed(ContentSniffer.describeHead(head, length), allowed);
        }
    }

    /**
     * Moves the complete temporary file to its content address. Bytes already stored there are kept when they are
     * intact (their put time refreshed, which protects them from a concurrent delete) and replaced when damaged.
     */
    private void install(BlobLayout layout, Path temp, String key, Written written, Instant now) throws IOException {
        Path target = layout.file(key).orElseThrow();
        layout.createDirectories(target.getParent());
        FileTime putTime = FileTime.from(now);
        if (Files.exists(target)) {
            try {
                if (Files.size(target) == written.size() && sha256(target).equals(written.sha256())) {
                    Files.setLastModifiedTime(target, putTime);
                    return;
                }
                LOG.warn("Stored copy of {} is damaged (checksum differs); replaced by the copy just uploaded", key);
            } catch (NoSuchFileException deletedMeanwhile) {
                // removed by a concurrent delete: store this copy
            }
        }
        layout.makeReadOnly(temp);
        Files.setLastModifiedTime(temp, putTime);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        BlobLayout.syncDirectory(target.getParent());
    }

    // --- read, verify, delete ------------------------------------------------------------------------------------------

    @Override
    public InputStream open(String key) {
        Settings s = settings();
        Path file = s.layout().file(key).orElseThrow(() -> notFound(key));
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw notFound(key);
        } catch (IOException e) {
            throw unavailable("open " + key, s.layout(), e);
        }
    }

    @Override
    public VerifiedBlob verify(String key, String expectedSha256) {
        Objects.requireNonNull(expectedSha256, "expectedSha256");
        Settings s = settings();
        Instant now = clock.instant();
        Optional<Path> file = s.layout().file(key);
        if (file.isEmpty() || !Files.exists(file.get())) {
            LOG.error("Integrity check: nothing stored under {}", key);
            return new VerifiedBlob(key, VerifiedBlob.Status.MISSING, expectedSha256, null, -1, now);
        }
        try {
            long size = Files.size(file.get());
            String actual = sha256(file.get());
            String expected = expectedSha256.toLowerCase(Locale.ROOT);
            boolean intact = actual.equals(expected) && actual.equals(BlobLayout.sha256(key));
            if (!intact) {
                LOG.error("Integrity check failed for {}: recorded {}, stored bytes hash to {}", key, expected, actual);
            }
            return new VerifiedBlob(key, intact ? VerifiedBlob.Status.INTACT : VerifiedBlob.Status.CORRUPTED,
                expectedSha256, actual, size, now);
        } catch (NoSuchFileException e) {
            return new VerifiedBlob(key, VerifiedBlob.Status.MISSING, expectedSha256, null, -1, now);
        } catch (IOException e) {
            throw unavailable("verify " + key, s.layout(), e);
        }
    }

    @Override
    public boolean delete(String key) {
        Settings s = settings();
        Optional<Path> file = s.layout().file(key);
        if (file.isEmpty()) {
            return true;
        }
        Path target = file.get();
        Instant cutoff = clock.instant().minus(s.deleteGrace());
        try {
            if (!isOlder(target, cutoff)) {
                LOG.info("Blob {} kept: put within the last {} minutes", key, s.deleteGrace().toMinutes());
                return false;
            }
            // Move it aside first, then look again: a put that refreshed it in between left its time on it.
            Path aside = s.layout().temp.resolve("del-" + UUID.randomUUID() + "-" + key);
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            if (!isOlder(aside, cutoff)) {
                Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Blob {} kept: put again while it was being deleted", key);
                return false;
            }
            Files.delete(aside);
            BlobLayout.syncDirectory(target.getParent());
            LOG.info("Blob {} deleted", key);
            return true;
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            throw unavailable("delete " + key, s.layout(), e);
        }
    }

    private static boolean isOlder(Path file, Instant cutoff) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
    }

    @Override
    public Optional<BlobInfo> info(String key) {
        Settings s = settings();
        Optional<Path> file = s.layout().file(key);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(info(key, Files.readAttributes(file.get(), BasicFileAttributes.class)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unavailable("read " + key, s.layout(), e);
        }
    }

    private static BlobInfo info(String key, BasicFileAttributes attributes) {
        return new BlobInfo(key, BlobLayout.sha256(key), attributes.size(), BlobLayout.type(key).orElseThrow(),
            attributes.lastModifiedTime().toInstant());
    }

    @Override
    public Stream<BlobInfo> list() {
        Settings s = settings();
        BlobLayout layout = s.layout();
        try {
            Stream<Path> files = Files.walk(layout.root, 3);
            return files.filter(p -> layout.root.relativize(p).getNameCount() == 3)
                .map(p -> p.getFileName().toString())
                .filter(key -> layout.file(key).isPresent())
                .flatMap(key -> {
                    try {
                        return Stream.of(info(key, Files.readAttributes(layout.file(key).orElseThrow(),
                            BasicFileAttributes.class)));
                    } catch (NoSuchFileException gone) {
                        return Stream.empty();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        } catch (IOException e) {
            throw unavailable("list blobs", layout, e);
        }
    }

    // --- health --------------------------------------------------------------------------------------------------------

    @Override
    public String name() {
        return "storage";
    }

    @Override
    public HealthStatus check() {
        Settings s = settings;
        if (s == null) {
            return HealthStatus.down("file storage not configured", Map.of());
        }
        BlobLayout layout = s.layout();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("root", layout.root.toString());
        try {
            details.put("storeId", storeId(layout));
            long usable = usableBytes(layout);
            details.put("freeMegabytes", usable / MB);
            details.put("totalMegabytes", Files.getFileStore(layout.root).getTotalSpace() / MB);
            details.put("minFreeMegabytes", s.minFreeBytes() / MB);
            Path probe = layout.newTempFile("health-");
            Files.delete(probe);
            details.put("writable", true);
            if (usable < s.minFreeBytes()) {
                return HealthStatus.down("less than " + s.minFreeBytes() / MB + " MB free: uploads are refused",
                    details);
            }
            if (usable < s.warnFreeBytes()) {
                return new HealthStatus(HealthStatus.State.DEGRADED, "less than " + s.warnFreeBytes() / MB
                    + " MB free: add space before uploads are refused", details);
            }
            return HealthStatus.up(details);
        } catch (IOException | RuntimeException e) {
            details.put("writable", false);
            return HealthStatus.down("file storage unusable: " + e, details);
        }
    }

    // --- housekeeping --------------------------------------------------------------------------------------------------

    /** Temporary files of uploads or deletions that a crash cut off; those of live uploads are younger. */
    void removeStaleTemporaryFiles() {
        Settings s = settings;
        if (s == null) {
            return;
        }
        Instant cutoff = clock.instant().minus(s.staleTemp());
        try (Stream<Path> files = Files.list(s.layout().temp)) {
            files.forEach(f -> {
                try {
                    if (isOlder(f, cutoff) && Files.deleteIfExists(f)) {
                        LOG.info("Removed abandoned temporary file {}", f.getFileName());
                    }
                } catch (IOException e) {
                    LOG.warn("Cannot remove temporary file {}: {}", f, e.toString());
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot clean the temporary directory of the file storage: {}", e.toString());
        }
    }

    /** The store's identity, created by the first node that starts on an empty root. */
    static String storeId(BlobLayout layout) throws IOException {
        Path file = layout.root.resolve(BlobLayout.STORE_ID_FILE);
        if (!Files.exists(file)) {
            Path temp = layout.newTempFile("id-");
            try {
                Files.writeString(temp, UUID.randomUUID() + "\n");
                try {
                    Files.createLink(file, temp);
                } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                    // keep theirs
                } catch (UnsupportedOperationException noHardLinks) {
                    Files.move(temp, file);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return Files.readString(file).strip();
    }

    private static long usableBytes(BlobLayout layout) throws IOException {
        return Files.getFileStore(layout.root).getUsableSpace();
    }

    private static NotFoundException notFound(String key) {
        return new NotFoundException("tệp", "File", String.valueOf(key));
    }

    private static StorageUnavailableException unavailable(String action, BlobLayout layout, IOException e) {
        boolean full = e instanceof FileSystemException fse && fse.getReason() != null
            && fse.getReason().contains("No space left");
        full |= String.valueOf(e.getMessage()).contains("No space left");
        LOG.error("File storage at {} failed to {}{}", layout.root, action, full ? " (disk full)" : "", e);
        return full ? StorageUnavailableException.full(e) : StorageUnavailableException.failed(e);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot remove temporary file {} (the janitor will): {}", file, e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
            while (in.read(buffer) > 0) {
                buffer.flip();
                sha.update(buffer);
                buffer.clear();
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
