import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Intake benchmark against a running MotCua: THREADS clients receive dossiers at the counter (POST /dossiers/counter:
 * code from the database sequence, receipt, appointment from the deadline engine, transition and outbox event in one
 * transaction) as fast as they can; prints dossiers per second and latency percentiles. Asserts nothing.
 * Several agencies (comma-separated officer tokens, procedures and agencies, one each per agency): client i works for
 * agency i mod n, as the counters of a province's agencies do at once.
 * Usage: java benchmarks/IntakeBench.java BASE_URL OFFICER_TOKENS PROCEDURES AGENCIES [COUNT] [THREADS]
 */
public class IntakeBench {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        String[] tokens = args[1].split(",");
        String[] procedures = args[2].split(",");
        String[] agencies = args[3].split(",");
        int count = args.length > 4 ? Integer.parseInt(args[4]) : 5000;
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : 16;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest[] requests = new HttpRequest[agencies.length];
        for (int a = 0; a < agencies.length; a++) {
            String body = "{\"procedureCode\":\"" + procedures[a] + "\",\"agencyCode\":\"" + agencies[a]
                + "\",\"channel\":\"COUNTER\",\"applicant\":{\"kind\":\"CITIZEN\",\"idNumber\":\"001099012345\","
                + "\"name\":\"Nguyễn Văn Đo Tải\"},\"formData\":{\"ghiChu\":\"benchmark\"},"
                + "\"delivery\":{\"method\":\"COUNTER\"}}";
            requests[a] = HttpRequest.newBuilder(URI.create(base + "/dossiers/counter"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + tokens[a])
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
        // warm-up: JIT, connection pool, first sequence rows
        for (int i = 0; i < 200; i++) {
            http.send(requests[i % requests.length], HttpResponse.BodyHandlers.discarding());
        }
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            HttpRequest request = requests[t % requests.length];
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "intake at the counter: %d dossiers on %d clients for %d agencies in %.1f s = "
                + "%.0f dossiers/s; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; failures %d%n", count, threads,
            agencies.length, seconds,
            count / seconds, latencies[count / 2] / 1e6, latencies[(int) (count * 0.99)] / 1e6,
            latencies[count - 1] / 1e6, failures.get());
    }
}
