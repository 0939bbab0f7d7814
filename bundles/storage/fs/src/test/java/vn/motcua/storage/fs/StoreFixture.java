package vn.motcua.storage.fs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import vn.motcua.testing.MutableClock;
import vn.motcua.testing.TypedConfig;

/** A file-system store on a temporary root, with a clock the test moves, and helpers to look at the root. */
final class StoreFixture {
    final Path root;
    final MutableClock clock = new MutableClock(Instant.parse("2025-07-01T02:00:00Z"));
    final FsBlobStore store;

    StoreFixture(Path root, Map<String, ?> settings) throws IOException {
        this.root = root;
        this.store = open(root, settings, clock);
    }

    StoreFixture(Path root) throws IOException {
        this(root, Map.of());
    }

    /** Another store on the same root: a second node sharing the directory. */
    static FsBlobStore open(Path root, Map<String, ?> settings, Clock clock) throws IOException {
        Map<String, Object> values = new HashMap<>(Map.of("root", root.toString(), "minFreeMegabytes", "0",
            "warnFreeMegabytes", "0"));
        values.putAll(settings);
        FsBlobStore store = new FsBlobStore();
        store.clock = clock;
        store.configure(TypedConfig.of(FsStoreConfig.class, values));
        return store;
    }

    /** Files under the temporary directory (uploads in progress, blobs being deleted). */
    List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(BlobLayout.TEMP_DIRECTORY))) {
            return files.toList();
        }
    }

    /** Stored blob files (the content-addressed tree only). */
    List<Path> blobFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> root.relativize(p).getNameCount() == 3).toList();
        }
    }

    static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** Serves {@code length} bytes (the prefix, then zeros) and counts what the reader took. */
    static final class CountingStream extends InputStream {
        private final byte[] prefix;
        private final long length;
        final AtomicLong read = new AtomicLong();

        CountingStream(byte[] prefix, long length) {
            this.prefix = prefix;
            this.length = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            long position = read.get();
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p < prefix.length ? prefix[(int) p] : 0;
            }
            read.addAndGet(n);
            return n;
        }
    }
}
