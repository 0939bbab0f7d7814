package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import vn.motcua.platform.api.security.Role;

/**
 * Dossier intake over HTTP on the real distribution: online submission (idempotent), acceptance with receipt and
 * appointment, supplement request and resubmission, refusal, withdrawal, counter intake, public lookup, scope, and
 * gap-free codes under concurrent intake.
 */
public class DossierIT extends MotCuaTestSupport {
    private static final Pattern CODE = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}$");

    private String agency;
    private String procedure;
    private String immediate;
    private String officer;
    private String operator;

    @Before
    public void catalogue() {
        awaitApi();
        await("the dossier API", java.time.Duration.ofSeconds(60),
            () -> get("/openapi.json").body().contains("\"/dossiers\""));
        operator = operatorToken();
        agency = rootAgency;
        token = operator;
        String sector = "HS-" + unique();
        putJson("/sectors/" + sector, "{\"nameVi\":\"Hộ tịch (kiểm thử)\"}").expect(200);
        procedure = "9." + unique().substring(0, 6);
        immediate = "9." + unique().substring(0, 6);
        postJson("/procedures", procedureJson(procedure, "Đăng ký khai sinh (kiểm thử)", sector,
            "{\"value\":5,\"unit\":\"WORKING_DAYS\"}")).expect(201);
        postJson("/procedures", procedureJson(immediate, "Chứng thực bản sao (kiểm thử)", sector,
            "{\"unit\":\"IMMEDIATE\"}")).expect(201);
        officer = staffToken(agency, Role.ONE_STOP_OFFICER);
        token = null;
    }

    private String procedureJson(String code, String name, String sector, String time) {
        return "{\"code\":\"" + code + "\",\"nameVi\":\"" + name + "\",\"sectorCode\":\"" + sector
            + "\",\"levels\":[\"PROVINCE\"],\"agencyCodes\":[\"" + agency + "\"],\"onlineLevel\":\"FULL\","
            + "\"processingTime\":" + time + ",\"channels\":[\"COUNTER\",\"ONLINE\",\"POSTAL\"],"
            + "\"decision\":{\"number\":\"QĐ " + code + "\",\"effectiveDate\":\"2025-07-01\"}}";
    }

    private String submission(String code) {
        return "{\"procedureCode\":\"" + code + "\",\"agencyCode\":\"" + agency + "\",\"applicantAddress\":"
            + "\"Số 1 Lý Thái Tổ, phường Kinh Bắc\",\"formData\":{\"hoTenTre\":\"Nguyễn Minh An\","
            + "\"ngaySinh\":\"2026-11-01\"},\"delivery\":{\"method\":\"POST\",\"postalAddress\":\"Số 1 Lý Thái Tổ\"}}";
    }

    private Reply submit(String applicant, String body, String key) {
        token = applicant;
        java.net.http.HttpRequest.Builder r = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base() + "/dossiers")).header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return send(r);
    }

    private record HttpResponseText(int status, String contentType, String body) {
    }

    /** A GET as a browser sends it (Accept: text/html first). */
    private static HttpResponseText html(String path) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(),
            java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        return new HttpResponseText(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static String versioned(JsonNode d, String extra) {
        return "{\"version\":" + d.get("version").asLong() + (extra == null ? "" : "," + extra) + "}";
    }

    @Test
    @Clauses({"000-13.1", "001-12.1", "001-13.1c", "000-17.3", "004-15.2", "001-13.1b#3", "001-6.6", "000-20.2a"})
    public void onlineSubmissionIsIdempotentAndAcceptanceIssuesAReceiptWithAnAppointment() throws Exception {
        String applicant = applicantToken();
        String key = "retry-" + unique();
        JsonNode submitted = submit(applicant, submission(procedure), key).expect(201).json();
        String code = submitted.get("code").asText();
        assertTrue(code, CODE.matcher(code).matches());
        assertTrue(code, code.startsWith(agency + "-"));
        assertEquals(1, submitted.get("statusCode").asInt());
        assertEquals("Nguyễn Văn Kiểm Thử", submitted.get("applicant").get("name").asText());
        assertEquals("POST", submitted.get("delivery").get("method").asText());
        assertNotNull("the 8 working hours to answer", submitted.get("intakeDueAt").asText(null));
        // a client retry with the same key: the same dossier, not a second one
        assertEquals(code, submit(applicant, submission(procedure), key).expect(201).json().get("code").asText());
        assertEquals(1, get("/dossiers/mine").expect(200).json().get("totalItems").asInt());

        // the officer's queue shows it with the time left
        token = officer;
        JsonNode queue = get("/dossiers/intake-queue").expect(200).json();
        assertEquals(code, queue.get("items").get(0).get("code").asText());
        assertTrue(queue.get("items").get(0).get("workingMinutesLeft").asLong() <= 8 * 60);
        assertFalse(queue.get("items").get(0).get("overdue").asBoolean());
        assertEquals("nothing waits past its 8 working hours yet", 0,
            get("/dossiers/intake-queue?overdue=true").expect(200).json().get("totalItems").asInt());

        JsonNode accepted = postJson("/dossiers/" + code + "/acceptance", versioned(submitted, null)).expect(200)
            .json();
        assertEquals(2, accepted.get("statusCode").asInt());
        assertEquals(1, accepted.get("receiptCount").asInt());
        assertNotNull(accepted.get("receivedAt").asText(null));
        assertNotNull("appointment from the deadline engine", accepted.get("dueAt").asText(null));
        assertTrue(accepted.get("dueAt").asText().compareTo(accepted.get("receivedAt").asText()) > 0);
        // the stale version (a second officer acting on what they saw) loses
        assertEquals("stale-version", postJson("/dossiers/" + code + "/acceptance", versioned(submitted, null))
            .expect(409).json().get("code").asText());

        JsonNode history = get("/dossiers/" + code + "/history").expect(200).json();
        assertEquals(2, history.size());
        assertEquals("SUBMIT", history.get(0).get("action").asText());
        assertEquals("ACCEPT", history.get(1).get("action").asText());

        // the receipt (Mẫu 01), kept as issued: the applicant and the officer download the same PDF
        token = applicant;
        JsonNode notices = get("/dossiers/" + code + "/notices").expect(200).json();
        assertEquals(notices.toString(), 1, notices.size());
        assertEquals("RECEIPT", notices.get(0).get("kind").asText());
        Download receipt = download("/dossiers/" + code + "/receipt").expect(200);
        assertTrue(receipt.contentType(), receipt.contentType().startsWith("application/pdf"));
        assertTrue(receipt.disposition(), receipt.disposition().contains("giay-tiep-nhan-" + code + ".pdf"));
        String text = PdfChecks.text(receipt.bytes());
        String appointment = java.time.LocalDateTime.parse(accepted.get("dueAt").asText())
            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        for (String expected : List.of("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + code,
            "Nguyễn Văn Kiểm Thử", "Đăng ký khai sinh (kiểm thử)", "5 ngày làm việc", appointment,
            "Qua dịch vụ bưu chính công ích đến địa chỉ: Số 1 Lý Thái Tổ", "Tờ khai, biểu mẫu điện tử")) {
            assertTrue("missing «" + expected + "» in " + text, text.contains(expected));
        }
        assertEquals("the QR code opens the public lookup", "http://localhost:8181/api/v1/lookup/" + code,
            PdfChecks.qrCode(receipt.bytes()));
        token = officer;
        Download again = download("/dossiers/" + code + "/notices/" + notices.get(0).get("id").asText())
            .expect(200);
        assertTrue("same bytes at every download", java.util.Arrays.equals(receipt.bytes(), again.bytes()));
        assertEquals(receipt.etag(), again.etag());
        token = applicantToken();
        download("/dossiers/" + code + "/receipt").expect(404);
        token = officer;

        // anyone with the code sees the status, nothing personal
        token = null;
        JsonNode lookup = get("/lookup/" + code).expect(200).json();
        assertEquals(2, lookup.get("statusCode").asInt());
        assertEquals("Được tiếp nhận", lookup.get("statusName").asText());
        assertFalse(lookup.toString(), lookup.toString().contains("Kiểm Thử"));
        get("/lookup/000.00.00.X00-250101-9999").expect(404);
        // the QR code opened on a phone: a readable page in Vietnamese, still nothing personal
        HttpResponseText page = html("/lookup/" + code);
        assertEquals(200, page.status());
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.body(), page.body().contains("Được tiếp nhận") && page.body().contains(code)
            && page.body().contains("Hẹn trả kết quả"));
        assertFalse(page.body(), page.body().contains("Kiểm Thử"));
        HttpResponseText missing = html("/lookup/000.00.00.X00-250101-9999");
        assertEquals(404, missing.status());
        assertTrue(missing.body(), missing.body().contains("Không tìm thấy hồ sơ"));
    }

    @Test
    @Clauses({"000-16.5b#3", "000-20.2a"})
    public void aSupplementIsRequestedInOneNoticeAndTheResubmittedDossierKeepsItsCode() throws Exception {
        String applicant = applicantToken();
        JsonNode submitted = submit(applicant, submission(procedure), null).expect(201).json();
        String code = submitted.get("code").asText();
        token = officer;
        assertEquals("items", postJson("/dossiers/" + code + "/supplement-request", versioned(submitted,
            "\"items\":[]")).expect(400).json().get("errors").get(0).get("field").asText());
        JsonNode waiting = postJson("/dossiers/" + code + "/supplement-request", versioned(submitted,
            "\"items\":[{\"component\":\"Giấy chứng sinh\",\"reason\":\"Bản chụp mờ, không đọc được\"},"
                + "{\"component\":\"Tờ khai đăng ký khai sinh\",\"reason\":\"Thiếu chữ ký\"}]")).expect(200).json();
        assertEquals(5, waiting.get("statusCode").asInt());
        assertNotNull("closed if not supplemented by then", waiting.get("waitDeadline").asText(null));
        JsonNode notices = get("/dossiers/" + code + "/notices").expect(200).json();
        assertEquals("SUPPLEMENT_REQUEST", notices.get(0).get("kind").asText());
        String request = PdfChecks.text(download("/dossiers/" + code + "/notices/" + notices.get(0).get("id")
            .asText()).expect(200).bytes());
        for (String expected : List.of("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Giấy chứng sinh",
            "Bản chụp mờ, không đọc được", "Tờ khai đăng ký khai sinh", "Thiếu chữ ký", code)) {
            assertTrue("missing «" + expected + "» in " + request, request.contains(expected));
        }

        token = applicant;
        JsonNode again = postJson("/dossiers/" + code + "/supplement", versioned(waiting,
            "\"note\":\"Đã bổ sung đủ\"")).expect(200).json();
        assertEquals("back to intake", 1, again.get("statusCode").asInt());
        assertEquals(code, again.get("code").asText());
        assertEquals(1, again.get("supplementCount").asInt());

        token = officer;
        JsonNode accepted = postJson("/dossiers/" + code + "/acceptance", versioned(again, null)).expect(200).json();
        assertEquals(2, accepted.get("statusCode").asInt());
        JsonNode history = get("/dossiers/" + code + "/history").expect(200).json();
        assertTrue(history.get(1).get("details").asText().contains("Giấy chứng sinh"));
        assertTrue(history.get(1).get("details").asText().contains("Thiếu chữ ký"));
    }

    @Test
    @Clauses({"000-16.5a", "000-16.5b#1", "000-16.5b#2", "000-16.5b#3", "001-16.1b"})
    public void aSupplementDuringProcessingStopsTheClockAndTheNewReceiptRestartsItWithTheSameCode() throws Exception {
        token = officer;
        JsonNode received = postJson("/dossiers/counter", "{\"procedureCode\":\"" + procedure + "\",\"agencyCode\":\""
            + agency + "\",\"channel\":\"COUNTER\",\"applicant\":{\"kind\":\"CITIZEN\",\"name\":\"Lê Thị Bổ Sung\","
            + "\"address\":\"Xóm Chùa, xã Tam Đa\"},\"delivery\":{\"method\":\"COUNTER\"}}").expect(201).json();
        String code = received.get("code").asText();
        JsonNode processing = postJson("/dossiers/" + code + "/transfer", versioned(received, null)).expect(200).json();
        JsonNode waiting = postJson("/dossiers/" + code + "/supplement-request", versioned(processing,
            "\"items\":[{\"component\":\"Trích lục bản đồ địa chính\",\"reason\":\"Thiếu chữ ký của cán bộ địa chính\"}]"))
            .expect(200).json();
        assertEquals(5, waiting.get("statusCode").asInt());
        assertTrue("the clock stops", waiting.get("clockStopped").asBoolean());
        assertNotNull("closed if not supplemented by then", waiting.get("waitDeadline").asText(null));

        // handed in at the counter: back to processing, a new receipt with the same code, the time counted again
        JsonNode resumed = postJson("/dossiers/" + code + "/supplement", versioned(waiting,
            "\"note\":\"Nộp bổ sung tại quầy\"")).expect(200).json();
        assertEquals(4, resumed.get("statusCode").asInt());
        assertEquals(code, resumed.get("code").asText());
        assertFalse(resumed.get("clockStopped").asBoolean());
        assertEquals(2, resumed.get("receiptCount").asInt());
        assertEquals(1, resumed.get("supplementCount").asInt());
        assertTrue("restarted from the new receipt",
            resumed.get("receivedAt").asText().compareTo(received.get("receivedAt").asText()) >= 0);
        assertEquals("the first appointment stays on record", received.get("dueAt").asText(),
            resumed.get("originalDueAt").asText());

        JsonNode notices = get("/dossiers/" + code + "/notices").expect(200).json();
        assertEquals(notices.toString(), List.of("RECEIPT", "SUPPLEMENT_REQUEST", "RECEIPT"),
            List.of(notices.get(0).get("kind").asText(), notices.get(1).get("kind").asText(),
                notices.get(2).get("kind").asText()));
        Download second = download("/dossiers/" + code + "/receipt").expect(200);
        assertTrue(second.disposition(), second.disposition().contains("giay-tiep-nhan-" + code + "-2.pdf"));
        String text = PdfChecks.text(second.bytes());
        for (String expected : List.of("Mã hồ sơ: " + code, "Lê Thị Bổ Sung", "Lần bổ sung thứ 1")) {
            assertTrue("missing «" + expected + "» in " + text, text.contains(expected));
        }
        // kept in itests/target for a person to look at with any PDF viewer
        java.nio.file.Path out = java.nio.file.Path.of(System.getProperty("motcua.itest.out",
            System.getProperty("java.io.tmpdir")), "receipt-after-supplement.pdf");
        java.nio.file.Files.write(out, second.bytes());
    }

    @Test
    @Clauses({"000-16.4"})
    public void refusalNeedsAReasonAndWithdrawalIsTheApplicantsOnly() throws Exception {
        String applicant = applicantToken();
        JsonNode first = submit(applicant, submission(procedure), null).expect(201).json();
        JsonNode second = submit(applicant, submission(procedure), null).expect(201).json();

        token = officer;
        assertEquals("reason", postJson("/dossiers/" + first.get("code").asText() + "/refusal",
            versioned(first, "\"reason\":\"  \"")).expect(400).json().get("errors").get(0).get("field").asText());
        JsonNode refused = postJson("/dossiers/" + first.get("code").asText() + "/refusal",
            versioned(first, "\"reason\":\"Không thuộc thẩm quyền giải quyết\"")).expect(200).json();
        assertEquals(3, refused.get("statusCode").asInt());
        assertNotNull(refused.get("finishedAt").asText(null));
        JsonNode notices = get("/dossiers/" + first.get("code").asText() + "/notices").expect(200).json();
        assertEquals("REFUSAL", notices.get(0).get("kind").asText());
        String refusal = PdfChecks.text(download("/dossiers/" + first.get("code").asText() + "/notices/"
            + notices.get(0).get("id").asText()).expect(200).bytes());
        assertTrue(refusal, refusal.contains("Không thuộc thẩm quyền giải quyết"));
        assertTrue(refusal, refusal.contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"));
        // nothing leaves a final status
        assertEquals("transition-not-allowed", postJson("/dossiers/" + first.get("code").asText() + "/acceptance",
            versioned(refused, null)).expect(409).json().get("code").asText());
        // an officer may not withdraw for the applicant
        postJson("/dossiers/" + second.get("code").asText() + "/withdrawal",
            versioned(second, "\"reason\":\"x\"")).expect(403);

        token = applicant;
        JsonNode withdrawn = postJson("/dossiers/" + second.get("code").asText() + "/withdrawal",
            versioned(second, "\"reason\":\"Tôi nộp nhầm thủ tục\"")).expect(200).json();
        assertEquals(7, withdrawn.get("statusCode").asInt());
    }

    @Test
    @Clauses({"001-13.1b#1", "000-15.1b", "001-13.1d"})
    public void counterIntakeReceivesInOneStepAndImmediateProceduresReturnAtOnce() {
        token = officer;
        String body = "{\"procedureCode\":\"%s\",\"agencyCode\":\"" + agency + "\",\"channel\":\"%s\","
            + "\"applicant\":{\"kind\":\"CITIZEN\",\"idNumber\":\"001099012345\",\"name\":\"Trần Thị Quầy\","
            + "\"address\":\"Thôn Đông, xã Yên Phong\",\"phone\":\"0912345678\"},"
            + "\"representative\":{\"name\":\"Trần Văn Ủy\",\"idNumber\":\"001088012345\","
            + "\"authorisation\":\"Giấy ủy quyền số 12/2026\"},\"delivery\":{\"method\":\"COUNTER\"}}";
        JsonNode received = postJson("/dossiers/counter", String.format(body, procedure, "POSTAL")).expect(201).json();
        assertEquals(2, received.get("statusCode").asInt());
        assertEquals("POSTAL", received.get("channel").asText());
        assertEquals("Trần Văn Ủy", received.get("representative").get("name").asText());
        assertNotNull(received.get("dueAt").asText(null));
        // a paper dossier's receipt lists what was handed in; the immediate procedure below gets none
        assertEquals("RECEIPT", get("/dossiers/" + received.get("code").asText() + "/notices").expect(200).json()
            .get(0).get("kind").asText());

        // processing asks for a fee: status 6, the clock stops; paid: back to 4 and the wait is not counted
        JsonNode processing = postJson("/dossiers/" + received.get("code").asText() + "/transfer",
            versioned(received, null)).expect(200).json();
        assertEquals("amountVnd", postJson("/dossiers/" + received.get("code").asText() + "/payment-request",
            versioned(processing, "\"amountVnd\":0,\"description\":\"Lệ phí\"")).expect(400).json().get("errors")
            .get(0).get("field").asText());
        JsonNode owing = postJson("/dossiers/" + received.get("code").asText() + "/payment-request",
            versioned(processing, "\"amountVnd\":500000,\"description\":\"Lệ phí trước bạ\"")).expect(200).json();
        assertEquals(6, owing.get("statusCode").asInt());
        assertTrue(owing.get("clockStopped").asBoolean());
        assertTrue("nothing closes a dossier waiting for payment", !owing.has("waitDeadline"));
        JsonNode paid = postJson("/dossiers/" + received.get("code").asText() + "/payment-confirmation",
            versioned(owing, "\"reference\":\"BL-0001234\"")).expect(200).json();
        assertEquals(4, paid.get("statusCode").asInt());
        assertFalse(paid.get("clockStopped").asBoolean());
        assertTrue("the due date never moves earlier",
            paid.get("dueAt").asText().compareTo(received.get("dueAt").asText()) >= 0);
        assertEquals("same receipt: paying is not a new receipt", 1, paid.get("receiptCount").asInt());
        JsonNode steps = get("/dossiers/" + received.get("code").asText() + "/history").expect(200).json();
        assertTrue(steps.get(2).get("details").asText().contains("500000"));
        assertEquals("BL-0001234", steps.get(3).get("reason").asText());

        JsonNode now = postJson("/dossiers/counter", String.format(body, immediate, "COUNTER")).expect(201).json();
        assertEquals("result handed over at once", 10, now.get("statusCode").asInt());
        assertTrue("no appointment", !now.has("dueAt") || now.get("dueAt").isNull());
        JsonNode history = get("/dossiers/" + now.get("code").asText() + "/history").expect(200).json();
        assertEquals(List.of("RECEIVE_AT_COUNTER", "TRANSFER", "COMPLETE", "RETURN_RESULT"),
            List.of(history.get(0).get("action").asText(), history.get(1).get("action").asText(),
                history.get(2).get("action").asText(), history.get(3).get("action").asText()));

        assertEquals("applicant.idNumber", postJson("/dossiers/counter", String.format(body, procedure, "COUNTER")
            .replace("001099012345", "123")).expect(400).json().get("errors").get(0).get("field").asText());
        assertEquals("channel", postJson("/dossiers/counter", String.format(body, procedure, "ONLINE")).expect(400)
            .json().get("errors").get(0).get("field").asText());
    }

    @Test
    public void scopeOtherApplicantsAndOtherAgenciesSeeNothing() {
        String applicant = applicantToken();
        JsonNode mine = submit(applicant, submission(procedure), null).expect(201).json();
        String code = mine.get("code").asText();
        String other = applicantToken();
        token = other;
        get("/dossiers/" + code).expect(404);
        assertEquals(0, get("/dossiers/mine").expect(200).json().get("totalItems").asInt());
        // an officer of another agency: not found, and cannot accept it
        operatorToken(); // another root agency, unrelated to the dossier's
        String elsewhere = staffToken(rootAgency, Role.ONE_STOP_OFFICER);
        token = elsewhere;
        get("/dossiers/" + code).expect(404);
        postJson("/dossiers/" + code + "/acceptance", versioned(mine, null)).expect(404);
        assertEquals(0, get("/dossiers/intake-queue").expect(200).json().get("items").size());
        // bad input is named
        token = applicant;
        assertEquals("agencyCode", submit(applicant, submission(procedure).replace(agency, "999.99.99.Z99"), null)
            .expect(400).json().get("errors").get(0).get("field").asText());
        assertEquals("delivery.postalAddress", submit(applicant, submission(procedure)
            .replace(",\"postalAddress\":\"Số 1 Lý Thái Tổ\"", ""), null).expect(400).json().get("errors").get(0)
            .get("field").asText());
        assertEquals("Idempotency-Key", submit(applicant, submission(procedure), "bad key!").expect(400).json()
            .get("errors").get(0).get("field").asText());
    }

    @Test
    @Clauses({"001-12.1"})
    public void oneThousandCounterIntakesOnEightThreadsGetDistinctGapFreeCodes() throws Exception {
        vn.motcua.dossier.api.DossierService service = service(vn.motcua.dossier.api.DossierService.class);
        vn.motcua.platform.api.security.Caller desk = new vn.motcua.platform.api.security.Caller("itest-desk",
            vn.motcua.platform.api.security.Caller.Kind.STAFF, "Quầy 1", Set.of(Role.ONE_STOP_OFFICER), agency,
            Set.of(agency), Set.of(), Set.of(), null, "127.0.0.1");
        vn.motcua.dossier.api.CounterIntakeInput input = new vn.motcua.dossier.api.CounterIntakeInput(procedure,
            agency, vn.motcua.catalogue.api.Enums.Channel.COUNTER, new vn.motcua.dossier.api.Applicant(
                vn.motcua.dossier.api.Applicant.Kind.CITIZEN, "001099012345", "Người nộp song song", null, null, null),
            null, null, new vn.motcua.dossier.api.ResultDelivery(vn.motcua.dossier.api.ResultDelivery.Method.COUNTER,
                null), null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> codes = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(() -> {
                    for (int i = 0; i < 125; i++) {
                        codes.add(vn.motcua.platform.api.security.CallerContext.callAs(desk,
                            () -> service.receiveAtCounter(input, null)).code());
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> distinct = new TreeSet<>(codes);
        assertEquals(1000, distinct.size());
        String prefix = distinct.iterator().next().substring(0, distinct.iterator().next().length() - 4);
        int n = 1;
        for (String code : distinct) {
            assertEquals(prefix + String.format("%04d", n++), code);
        }
    }

    private static final byte[] PDF = ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"
        + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
        + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
        + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
        + "trailer <</Root 1 0 R /Size 4>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private Reply upload(String path, byte[] bytes) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
            .header("Content-Type", "application/octet-stream")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    @Test
    @Clauses({"000-13.2a#1", "001-11.1b", "002-9.3#4", "001-13.1b#1", "004-13.7"})
    public void filesAreAttachedToADraftWithTheirTypeReadFromTheBytesAndRefusedFilesChangeNothing() {
        String applicant = applicantToken();
        token = applicant;
        JsonNode draft = postJson("/dossiers/drafts", submission(procedure)).expect(201).json();
        String id = draft.get("id").asText();
        String q = "?component=" + java.net.URLEncoder.encode("Giấy chứng sinh", java.nio.charset.StandardCharsets.UTF_8)
            + "&form=CERTIFIED_COPY&fileName=";
        // a PDF named .jpg is a PDF: the type comes from the bytes, the name is corrected
        JsonNode a = upload("/dossiers/drafts/" + id + "/attachments" + q + "giay-chung-sinh.jpg", PDF).expect(201)
            .json();
        assertEquals("application/pdf", a.get("contentType").asText());
        assertEquals("giay-chung-sinh.pdf", a.get("fileName").asText());
        assertEquals(64, a.get("sha256").asText().length());
        // an executable is refused, naming the field, and nothing is added
        assertEquals("file", upload("/dossiers/drafts/" + id + "/attachments" + q + "x.pdf",
            "MZ\u0090\u0000 not a document".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).expect(400).json()
            .get("errors").get(0).get("field").asText());
        assertEquals("component", upload("/dossiers/drafts/" + id + "/attachments?form=ORIGINAL&fileName=a.pdf", PDF)
            .expect(400).json().get("errors").get(0).get("field").asText());
        assertEquals(1, get("/dossiers/drafts/" + id + "/attachments").expect(200).json().size());

        JsonNode submitted = postJson("/dossiers/drafts/" + id + "/submission", submission(procedure)).expect(201)
            .json();
        String code = submitted.get("code").asText();
        // submitted: the applicant may not change the files until a supplement is requested
        assertEquals("attachments-closed", upload("/dossiers/" + code + "/attachments" + q + "b.pdf", PDF)
            .expect(409).json().get("code").asText());
        // the officer in scope downloads the very bytes
        token = officer;
        JsonNode files = get("/dossiers/" + code + "/attachments").expect(200).json();
        assertEquals(1, files.size());
        Reply file = get("/dossiers/" + code + "/attachments/" + files.get(0).get("id").asText()).expect(200);
        assertEquals("application/pdf", file.contentType());
        assertTrue(file.body().startsWith("%PDF-1.7"));
        // another applicant sees nothing, and cannot take it into a dossier of theirs
        String stranger = applicantToken();
        token = stranger;
        get("/dossiers/" + code + "/attachments").expect(404);
        String theirs = postJson("/dossiers/drafts", submission(procedure)).expect(201).json().get("id").asText();
        postJson("/dossiers/drafts/" + theirs + "/attachments/reuse", "{\"attachmentId\":\""
            + files.get(0).get("id").asText() + "\",\"component\":\"Giấy chứng sinh\",\"form\":\"ORIGINAL\"}")
            .expect(404);

        // once-only: the applicant's next dossier takes the same file again, without uploading it
        token = applicant;
        JsonNode mine = get("/dossiers/mine/documents").expect(200).json();
        assertEquals(1, mine.size());
        assertEquals(code, mine.get(0).get("dossierCode").asText());
        String next = postJson("/dossiers/drafts", submission(procedure)).expect(201).json().get("id").asText();
        assertEquals("component", postJson("/dossiers/drafts/" + next + "/attachments/reuse", "{\"attachmentId\":\""
            + mine.get(0).get("attachmentId").asText() + "\",\"form\":\"ORIGINAL\"}").expect(400).json()
            .get("errors").get(0).get("field").asText());
        JsonNode again = postJson("/dossiers/drafts/" + next + "/attachments/reuse", "{\"attachmentId\":\""
            + mine.get(0).get("attachmentId").asText() + "\",\"component\":\"Giấy chứng sinh\","
            + "\"form\":\"CERTIFIED_COPY\"}").expect(201).json();
        assertEquals(a.get("sha256").asText(), again.get("sha256").asText());
        assertEquals("giay-chung-sinh.pdf", again.get("fileName").asText());
        assertEquals(1, get("/dossiers/drafts/" + next + "/attachments").expect(200).json().size());
        assertEquals("same content offered once", 1, get("/dossiers/mine/documents").expect(200).json().size());
    }
}
