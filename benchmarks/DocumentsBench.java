import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import vn.motcua.documents.api.Applicant;
import vn.motcua.documents.api.ComponentForm;
import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.Issuer;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.ReceiptData;
import vn.motcua.documents.api.ReceivedComponent;
import vn.motcua.documents.impl.PdfDossierDocuments;

/**
 * Rendering cost of the receipt (Mẫu 01) on this machine, outside the container: latency per receipt on one thread,
 * throughput on all cores, PDF sizes. Prints figures, asserts nothing. Run through benchmarks/documents.sh.
 */
public class DocumentsBench {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        PdfDossierDocuments documents = new PdfDossierDocuments();
        for (int i = 0; i < 100; i++) {
            documents.receipt(receipt(i, 4)); // warm-up: JIT, font parsing paths
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[runs];
        long bytes = 0;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            bytes += documents.receipt(receipt(i, 4)).length;
            nanos[i] = System.nanoTime() - t;
        }
        long cpuPerReceipt = (cpu.getCurrentThreadCpuTime() - cpuStart) / runs;
        Arrays.sort(nanos);
        System.out.printf("receipt, 4 components, 1 page: %d runs on 1 thread: p50 %.1f ms, p99 %.1f ms wall, "
            + "%.1f ms CPU each; mean PDF %d bytes%n", runs, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6,
            cpuPerReceipt / 1e6, bytes / runs);
        System.out.printf("machine load while measuring: %.1f (1-minute average, %d cores)%n",
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
        byte[] big = documents.receipt(receipt(1, 40));
        long t = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            documents.receipt(receipt(i, 40));
        }
        System.out.printf("receipt, 40 components: %.1f ms each, %d bytes%n", (System.nanoTime() - t) / 50 / 1e6,
            big.length);

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int total = runs * 2;
        long start = System.nanoTime();
        List<Future<byte[]>> all = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int n = i;
            all.add(pool.submit(() -> documents.receipt(receipt(n, 4))));
        }
        for (Future<byte[]> f : all) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("throughput on %d threads: %.0f receipts/s (%d in %.1f s)%n", threads, total / seconds,
            total, seconds);
    }

    private static ReceiptData receipt(int n, int components) {
        String code = String.format("000.00.06.H56-250715-%04d", n % 10000);
        DossierFacts facts = new DossierFacts(LegalRegime.CIRCULAR_03_2025,
            new Issuer("Ủy ban nhân dân tỉnh Bắc Giang", "Sở Xây dựng", "000.00.06.H56",
                "Trung tâm Phục vụ hành chính công tỉnh Bắc Giang, quầy số 3", "Bắc Giang"),
            code, new Applicant("Nguyễn Thị Hồng Nhung " + n, "Số 12, đường Hoàng Văn Thụ, phường Trần Phú",
                "0912 345 678", "nhung.nth@example.vn"),
            "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II", "1.009994",
            "https://dichvucong.bacgiang.gov.vn/tra-cuu?ma=" + code);
        List<ReceivedComponent> list = new ArrayList<>();
        for (int i = 0; i < components; i++) {
            list.add(new ReceivedComponent("Thành phần hồ sơ số " + (i + 1) + ": bản vẽ thiết kế, giấy tờ về quyền sử "
                + "dụng đất", i % 2 == 0 ? ComponentForm.ORIGINAL : ComponentForm.CERTIFIED_COPY, 1, null));
        }
        return new ReceiptData(facts, "Trần Văn Bình", list, 1, "20 ngày làm việc", LocalDateTime.of(2025, 7, 15, 8, 30),
            LocalDateTime.of(2025, 8, 12, 16, 0), "Bộ phận Một cửa", "03", String.valueOf(n), 0);
    }
}
