import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import vn.motcua.storage.api.BlobRequest;
import vn.motcua.storage.api.BlobStore;
import vn.motcua.storage.api.ContentType;
import vn.motcua.storage.fs.FsBlobStore;
import vn.motcua.storage.fs.FsStoreConfig;

/**
 * Attachment storage benchmark: the file-system BlobStore in this JVM (no container, no HTTP), on a directory.
 * Every put streams, hashes, sniffs, fsyncs and renames as in production. Prints puts/s and MB/s; asserts nothing.
 * Usage (see storage.sh): java -cp CLASSPATH benchmarks/StorageBench.java DIRECTORY
 */
public class StorageBench {
    private static final int KB = 1024;
    private static final int MB = 1024 * 1024;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        BlobStore store = open(root);
        System.out.printf(Locale.ROOT, "directory: %s (%s), %d cores%n", root, Files.getFileStore(root).type(),
            Runtime.getRuntime().availableProcessors());
        System.out.println("size    threads  puts   puts/s    MB/s   (new content each put; fsync + atomic rename)");
        for (int size : new int[] {100 * KB, 5 * MB}) {
            int puts = size < MB ? 2000 : 60;
            for (int threads : new int[] {1, 4}) {
                run(store, size, puts, threads, "new");
            }
        }
        System.out.println("re-uploads of stored content (dedup: the stored copy is re-hashed, nothing written):");
        for (int size : new int[] {100 * KB, 5 * MB}) {
            run(store, size, size < MB ? 2000 : 60, 4, "same");
        }
        verify(store, root);
    }

    /** Puts {@code puts} uploads of {@code size} bytes on {@code threads} threads and prints the rates. */
    private static void run(BlobStore store, int size, int puts, int threads, String mode) throws Exception {
        byte[] template = new byte[size];
        new Random(size).nextBytes(template);
        System.arraycopy("%PDF-1.7\n%".getBytes(), 0, template, 0, 10);
        AtomicInteger next = new AtomicInteger();
        String run = Long.toString(System.nanoTime(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                byte[] content = template.clone();
                int i;
                while ((i = next.getAndIncrement()) < puts) {
                    if (mode.equals("new")) {
                        byte[] id = (run + "-" + i + "\n").getBytes();
                        System.arraycopy(id, 0, content, 10, id.length);
                    }
                    store.put(new ByteArrayInputStream(content), new BlobRequest("bench.pdf", ContentType.SCANS,
                        16L * MB));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%-7s %7d %5d %8.1f %7.1f   %s%n", size < MB ? size / KB + " KB" : size / MB + " MB",
            threads, puts, puts / seconds, (double) puts * size / MB / seconds, mode.equals("same") ? "(re-uploads)" : "");
    }

    /** Reads and re-hashes everything stored so far, as an archive integrity check would. */
    private static void verify(BlobStore store, Path root) {
        long start = System.nanoTime();
        long bytes = 0;
        int files = 0;
        int bad = 0;
        try (var all = store.list()) {
            for (var info : (Iterable<vn.motcua.storage.api.BlobInfo>) all::iterator) {
                var v = store.verify(info.key(), info.sha256());
                bytes += v.size();
                files++;
                bad += v.intact() ? 0 : 1;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "verify all: %d files, %.0f MB in %.1f s = %.1f MB/s, %d damaged%n", files,
            (double) bytes / MB, seconds, (double) bytes / MB / seconds, bad);
    }

    /** The component as SCR would activate it (its activation method is package-private: reached reflectively). */
    private static BlobStore open(Path root) throws Exception {
        Map<String, Object> values = Map.of("root", root.toString(), "minFreeMegabytes", 512, "warnFreeMegabytes", 0,
            "deleteGraceMinutes", 60, "staleTempMinutes", 60);
        FsStoreConfig config = (FsStoreConfig) Proxy.newProxyInstance(FsStoreConfig.class.getClassLoader(),
            new Class<?>[] {FsStoreConfig.class}, (proxy, method, a) -> method.getName().equals("annotationType")
                ? FsStoreConfig.class : values.getOrDefault(method.getName(), method.getDefaultValue()));
        FsBlobStore store = new FsBlobStore();
        Method configure = FsBlobStore.class.getDeclaredMethod("configure", FsStoreConfig.class);
        configure.setAccessible(true);
        configure.invoke(store, config);
        return store;
    }
}
