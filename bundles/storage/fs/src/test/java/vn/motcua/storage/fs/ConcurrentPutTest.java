package vn.motcua.storage.fs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static vn.motcua.storage.fs.StoreFixture.in;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import vn.motcua.storage.api.BlobRequest;
import vn.motcua.storage.api.ContentType;
import vn.motcua.storage.api.StoredBlob;
import vn.motcua.testing.SampleFiles;

/** Puts on 8 threads, through two store instances on one root (two nodes sharing the directory). */
public class ConcurrentPutTest {
    private static final int THREADS = 8;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private StoreFixture fx;
    private FsBlobStore otherNode;
    private ExecutorService pool;

    @Before
    public void open() throws IOException {
        fx = new StoreFixture(folder.getRoot().toPath());
        otherNode = StoreFixture.open(fx.root, Map.of(), fx.clock);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @After
    public void close() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    private static byte[] uniquePdf(String id) {
        byte[] pdf = SampleFiles.pdf();
        byte[] tail = ("% " + id + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[pdf.length + tail.length];
        System.arraycopy(pdf, 0, out, 0, pdf.length);
        System.arraycopy(tail, 0, out, pdf.length, tail.length);
        return out;
    }

    @Test
    public void samesAndDifferentContentOnEightThreadsAllLandWhole() throws Exception {
        byte[] shared = SampleFiles.pdf();
        int perThread = 30;
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<List<StoredBlob>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                FsBlobStore node = thread % 2 == 0 ? fx.store : otherNode;
                start.await();
                List<StoredBlob> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    byte[] content = i % 2 == 0 ? shared : uniquePdf(thread + "-" + i);
                    mine.add(node.put(in(content), new BlobRequest("tep-" + i + ".pdf", ContentType.SCANS, 1 << 20)));
                }
                return mine;
            }));
        }
        Set<String> sharedKeys = new HashSet<>();
        Set<String> uniqueKeys = new HashSet<>();
        for (Future<List<StoredBlob>> f : results) {
            List<StoredBlob> mine = f.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < mine.size(); i++) {
                (i % 2 == 0 ? sharedKeys : uniqueKeys).add(mine.get(i).key());
            }
        }
        assertEquals("the same bytes always get the same key", 1, sharedKeys.size());
        assertEquals(THREADS * perThread / 2, uniqueKeys.size());
        assertEquals(1 + uniqueKeys.size(), fx.blobFiles().size());
        for (String key : sharedKeys) {
            assertTrue(fx.store.verify(key, key.substring(0, 64)).intact());
        }
        for (String key : uniqueKeys) {
            assertTrue(key, otherNode.verify(key, key.substring(0, 64)).intact());
        }
        assertEquals(List.of(), fx.temporaryFiles());
    }

    /**
     * A delete of an old blob racing a new upload of the same bytes: whichever order the two take, the upload's key
     * still holds the intact bytes afterwards.
     */
    @Test
    public void anUploadRacingADeleteOfTheSameBytesAlwaysSurvives() throws Exception {
        for (int round = 0; round < 100; round++) {
            byte[] content = uniquePdf("race-" + round);
            StoredBlob old = fx.store.put(in(content), new BlobRequest("cu.pdf", ContentType.SCANS, 1 << 20));
            fx.clock.advance(Duration.ofMinutes(61));
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> deleted = pool.submit(() -> {
                start.await();
                return otherNode.delete(old.key());
            });
            Future<StoredBlob> again = pool.submit(() -> {
                start.await();
                return fx.store.put(in(content), new BlobRequest("moi.pdf", ContentType.SCANS, 1 << 20));
            });
            StoredBlob fresh = again.get(30, TimeUnit.SECONDS);
            deleted.get(30, TimeUnit.SECONDS);
            assertEquals(old.key(), fresh.key());
            assertTrue("round " + round, fx.store.verify(fresh.key(), fresh.sha256()).intact());
        }
        assertEquals(List.of(), fx.temporaryFiles());
    }
}
