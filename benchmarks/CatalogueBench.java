import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Catalogue benchmark against a running MotCua: loads N synthetic procedures through the import API (one sector
 * and agency set, realistic Vietnamese names), then measures search latency over HTTP for typical queries.
 * Usage: java benchmarks/CatalogueBench.java http://localhost:8181/api/v1 10000 200 OPERATOR_TOKEN
 */
public class CatalogueBench {
    static final String[] VERBS = {"Cấp", "Cấp lại", "Gia hạn", "Điều chỉnh", "Đăng ký", "Thu hồi", "Xác nhận",
        "Công nhận", "Phê duyệt", "Thẩm định"};
    static final String[] OBJECTS = {"giấy phép xây dựng", "giấy phép lao động", "giấy chứng nhận quyền sử dụng đất",
        "giấy phép kinh doanh karaoke", "chứng chỉ hành nghề y", "giấy phép lái xe", "khai sinh", "kết hôn",
        "hộ kinh doanh", "giấy phép môi trường", "quy hoạch chi tiết", "trợ cấp xã hội", "văn bằng tốt nghiệp",
        "biển hiệu quảng cáo", "giấy phép khai thác khoáng sản", "chứng nhận an toàn thực phẩm"};
    static final String[] QUALIFIERS = {"nhà ở riêng lẻ", "doanh nghiệp", "hợp tác xã", "người nước ngoài",
        "cá nhân", "tổ chức", "công trình cấp III", "trường hợp bị mất", "có yếu tố nước ngoài", "cấp xã", "cấp tỉnh"};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8181/api/v1";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        // catalogue writes need a provincial operator (issue #3); reads stay public
        String token = args.length > 3 ? args[3] : System.getenv("MOTCUA_TOKEN");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String tag = Long.toString(System.currentTimeMillis(), 36);
        String sector = "BENCH-" + tag;
        Random random = new Random(42);
        String agency = String.format(Locale.ROOT, "%03d.%02d.%02d.B%02d", random.nextInt(1000), random.nextInt(100),
            random.nextInt(100), random.nextInt(100));

        StringBuilder doc = new StringBuilder();
        doc.append("{\"formatVersion\":1,\"sectors\":[{\"code\":\"").append(sector).append("\",\"nameVi\":\"Lĩnh vực đo hiệu năng\"}],");
        doc.append("\"agencies\":[{\"code\":\"").append(agency).append("\",\"nameVi\":\"Sở Đo hiệu năng\",\"kind\":\"DEPARTMENT\",")
            .append("\"level\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}],\"procedures\":[");
        for (int i = 0; i < count; i++) {
            String name = VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " "
                + QUALIFIERS[random.nextInt(QUALIFIERS.length)] + " " + i;
            if (i > 0) {
                doc.append(',');
            }
            doc.append("{\"code\":\"B").append(tag).append('.').append(i).append("\",\"nameVi\":\"").append(name)
                .append("\",\"sectorCode\":\"").append(sector).append("\",\"levels\":[\"PROVINCE\"],\"agencyCodes\":[\"")
                .append(agency).append("\"],").append("\"onlineLevel\":\"").append(i % 3 == 0 ? "FULL" : "PARTIAL")
                .append("\",\"processingTime\":{\"value\":").append(1 + random.nextInt(30))
                .append(",\"unit\":\"WORKING_DAYS\"},\"channels\":[\"ONLINE\",\"COUNTER\"],\"fees\":[")
                .append(i % 2 == 0 ? "{\"kind\":\"CHARGE\",\"name\":\"Lệ phí\",\"amount\":50000}" : "")
                .append("],\"decision\":{\"number\":\"QĐ ").append(i).append("/QĐ-UBND\",\"effectiveDate\":\"2025-08-01\"}}");
        }
        doc.append("]}");
        long t0 = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/catalogue/import"))
            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
            .timeout(Duration.ofMinutes(30))
            .POST(HttpRequest.BodyPublishers.ofString(doc.toString())).build(), HttpResponse.BodyHandlers.ofString());
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        if (imported.statusCode() != 200) {
            System.err.println("import failed: " + imported.statusCode() + " " + imported.body());
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "import: %d procedures in %.1f s (%.0f procedures/s, %.1f MB JSON)%n", count,
            importSeconds, count / importSeconds, doc.length() / 1e6);

        String[] queries = {"giay phep xay dung", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "khai sinh",
            "lao dong nguoi nuoc ngoai", "chung chi hanh nghe", "thu hoi giay phep"};
        System.out.println("search latency over HTTP (" + runs + " requests per query, page size 20, whole catalogue):");
        List<Long> all = new ArrayList<>();
        for (String q : queries) {
            String url = base + "/procedures?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            for (int i = 0; i < 20; i++) {
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            }
            long[] micros = new long[runs];
            String total = "?";
            for (int i = 0; i < runs; i++) {
                long s = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
                micros[i] = (System.nanoTime() - s) / 1000;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                if (i == 0) {
                    int at = r.body().indexOf("\"totalItems\":");
                    total = r.body().substring(at + 13, r.body().indexOf(',', at));
                }
            }
            Arrays.sort(micros);
            for (long m : micros) {
                all.add(m);
            }
            System.out.printf(Locale.ROOT, "  %-40s hits %-6s p50 %6.1f ms  p99 %6.1f ms%n", "'" + q + "'", total,
                micros[runs / 2] / 1000.0, micros[(int) (runs * 0.99) - 1] / 1000.0);
        }
        long[] merged = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  all queries: p50 %.1f ms, p99 %.1f ms%n", merged[merged.length / 2] / 1000.0,
            merged[(int) (merged.length * 0.99) - 1] / 1000.0);
    }
}
