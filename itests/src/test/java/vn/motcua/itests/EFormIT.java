package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * E-forms on the real distribution: an operator publishes a procedure's e-form, the portal reads and checks it
 * anonymously, an online submission with a bad form is refused naming the field and a good one records the revision;
 * the procedure's attachment policy refuses oversized files and other formats without changing the dossier.
 */
public class EFormIT extends MotCuaTestSupport {
    private static final byte[] PDF = ("%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
        'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    private static final String FORM = "{\"expectedRevision\":%d,\"fields\":["
        + "{\"key\":\"hoTenTre\",\"labelVi\":\"Họ, chữ đệm, tên của trẻ\",\"labelEn\":\"Child's full name\","
        + "\"type\":\"TEXT\",\"required\":true,\"maxLength\":100},"
        + "{\"key\":\"ngaySinh\",\"labelVi\":\"Ngày sinh\",\"type\":\"DATE\",\"required\":true},"
        + "{\"key\":\"gioiTinh\",\"labelVi\":\"Giới tính\",\"type\":\"CHOICE\",\"required\":true,\"options\":["
        + "{\"value\":\"NAM\",\"labelVi\":\"Nam\"},{\"value\":\"NU\",\"labelVi\":\"Nữ\"}]},"
        + "{\"key\":\"soDinhDanhMe\",\"labelVi\":\"Số định danh cá nhân của mẹ\",\"type\":\"ID_NUMBER\"}]"
        + "%s}";

    private String agency;
    private String procedure;
    private String operator;

    @Before
    public void catalogue() {
        awaitApi();
        await("the dossier API", java.time.Duration.ofSeconds(60),
            () -> get("/openapi.json").body().contains("\"/procedures/{code}/eform\""));
        operator = operatorToken();
        agency = rootAgency;
        token = operator;
        String sector = "HT-" + unique();
        putJson("/sectors/" + sector, "{\"nameVi\":\"Hộ tịch (kiểm thử)\"}").expect(200);
        procedure = "8." + unique().substring(0, 6);
        postJson("/procedures", "{\"code\":\"" + procedure + "\",\"nameVi\":\"Đăng ký khai sinh (kiểm thử e-form)\","
            + "\"sectorCode\":\"" + sector + "\",\"levels\":[\"PROVINCE\"],\"agencyCodes\":[\"" + agency + "\"],"
            + "\"onlineLevel\":\"FULL\",\"processingTime\":{\"value\":5,\"unit\":\"WORKING_DAYS\"},"
            + "\"channels\":[\"COUNTER\",\"ONLINE\"],\"decision\":{\"number\":\"QĐ " + procedure + "\","
            + "\"effectiveDate\":\"2025-07-01\"}}").expect(201);
        token = null;
    }

    private String submission(String formData) {
        return "{\"procedureCode\":\"" + procedure + "\",\"agencyCode\":\"" + agency + "\",\"formData\":" + formData
            + ",\"delivery\":{\"method\":\"COUNTER\"}}";
    }

    private static List<String> fields(JsonNode problem) {
        List<String> names = new ArrayList<>();
        problem.get("errors").forEach(e -> names.add(e.get("field").asText()));
        return names;
    }

    @Test
    @Clauses({"004-20bis.2", "002-9.3#3", "004-16.1", "002-10.1#1"})
    public void anOnlineSubmissionIsCheckedAgainstThePublishedEFormAndRecordsItsRevision() {
        get("/procedures/" + procedure + "/eform").expect(404);
        String applicant = applicantToken();

        // only catalogue editors publish, from the revision they saw, with a sound definition
        token = applicant;
        putJson("/procedures/" + procedure + "/eform", String.format(FORM, 0, "")).expect(403);
        token = operator;
        JsonNode bad = putJson("/procedures/" + procedure + "/eform", String.format(FORM, 0, "")
            .replace("\"hoTenTre\"", "\"ho ten\"").replace("\"type\":\"DATE\"", "\"type\":\"DATE\",\"pattern\":\"x\""))
            .expect(400).json();
        assertEquals(List.of("fields[0].key", "fields[1].pattern"), fields(bad));
        JsonNode published = putJson("/procedures/" + procedure + "/eform", String.format(FORM, 0, "")).expect(200)
            .json();
        assertEquals(1, published.get("revision").asInt());
        assertEquals("stale-revision", putJson("/procedures/" + procedure + "/eform", String.format(FORM, 0, ""))
            .expect(409).json().get("code").asText());

        // the portal renders and checks it without logging in
        token = null;
        JsonNode form = get("/procedures/" + procedure + "/eform").expect(200).json();
        assertEquals(4, form.get("fields").size());
        assertEquals("ID_NUMBER", form.get("fields").get(3).get("type").asText());
        assertEquals(1, get("/procedures/" + procedure + "/eform/revisions/1").expect(200).json().get("revision")
            .asInt());
        JsonNode checked = postJson("/procedures/" + procedure + "/eform/check",
            "{\"formData\":{\"hoTenTre\":\" Nguyễn Minh An \",\"ngaySinh\":\"2026-01-31\",\"gioiTinh\":\"NU\"}}")
            .expect(200).json();
        assertEquals("Nguyễn Minh An", checked.get("data").get("hoTenTre").asText());
        assertEquals(List.of("formData.ngaySinh"), fields(postJson("/procedures/" + procedure + "/eform/check",
            "{\"formData\":{\"hoTenTre\":\"An\",\"ngaySinh\":\"31/01/2026\",\"gioiTinh\":\"NU\"}}").expect(400)
            .json()));

        // a bad online submission is refused field by field and creates nothing
        token = applicant;
        JsonNode refused = postJson("/dossiers", submission("{\"hoTenTre\":\"Nguyễn Minh An\",\"ngaySinh\":"
            + "\"2026-02-30\",\"gioiTinh\":\"KHAC\",\"soDinhDanhMe\":\"12345\",\"tenCha\":\"x\"}")).expect(400).json();
        assertEquals(List.of("formData.tenCha", "formData.ngaySinh", "formData.gioiTinh", "formData.soDinhDanhMe"),
            fields(refused));
        assertEquals("not-a-date", refused.get("errors").get(1).get("code").asText());
        assertEquals(0, get("/dossiers/mine").expect(200).json().get("totalItems").asInt());

        // a good one goes through, stored normalised, with the revision it was checked against
        JsonNode dossier = postJson("/dossiers", submission("{\"hoTenTre\":\"  Nguyễn Minh An \",\"ngaySinh\":"
            + "\"2026-01-31\",\"gioiTinh\":\"NU\",\"soDinhDanhMe\":\"001 190 012345\"}")).expect(201).json();
        assertEquals(1, dossier.get("eformRevision").asInt());
        assertEquals("Nguyễn Minh An", dossier.get("formData").get("hoTenTre").asText());
        assertEquals("001190012345", dossier.get("formData").get("soDinhDanhMe").asText());

        // a draft keeps what it is given; submitting it runs the check against the current revision
        token = operator;
        putJson("/procedures/" + procedure + "/eform", String.format(FORM, 1, "")).expect(200);
        token = applicant;
        JsonNode draft = postJson("/dossiers/drafts", submission("{\"hoTenTre\":\"Nguyễn Minh An\"}")).expect(201)
            .json();
        assertTrue(draft.toString(), !draft.hasNonNull("eformRevision"));
        String submitDraft = "/dossiers/drafts/" + draft.get("id").asText() + "/submission";
        assertEquals(List.of("formData.ngaySinh", "formData.gioiTinh"), fields(postJson(submitDraft,
            submission("{\"hoTenTre\":\"Nguyễn Minh An\"}")).expect(400).json()));
        assertEquals(2, postJson(submitDraft, submission("{\"hoTenTre\":\"Nguyễn Minh An\",\"ngaySinh\":"
            + "\"2026-01-31\",\"gioiTinh\":\"NAM\"}")).expect(201).json().get("eformRevision").asInt());
    }

    private Reply upload(String draftId, String fileName, byte[] bytes) {
        return send(HttpRequest.newBuilder(URI.create(base() + "/dossiers/drafts/" + draftId + "/attachments"
                + "?component=" + URLEncoder.encode("Giấy chứng sinh", StandardCharsets.UTF_8)
                + "&form=ORIGINAL&fileName=" + fileName))
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    @Test
    @Clauses({"000-13.2a#1", "004-20bis.2"})
    public void uploadsOverTheProceduresLimitOrOfAnotherFormatAreRefusedAndChangeNothing() {
        token = operator;
        putJson("/procedures/" + procedure + "/eform", String.format(FORM, 0,
            ",\"attachments\":{\"maxMegabytes\":1,\"allowedTypes\":[\"PDF\"]}")).expect(200);
        assertEquals("unknown-type", putJson("/procedures/" + procedure + "/eform", String.format(FORM, 1,
            ",\"attachments\":{\"allowedTypes\":[\"EXE\"]}")).expect(400).json().get("errors").get(0).get("code")
            .asText());
        token = null;
        JsonNode policy = get("/procedures/" + procedure + "/eform").expect(200).json().get("attachments");
        assertEquals(1, policy.get("maxMegabytes").asInt());

        token = applicantToken();
        String id = postJson("/dossiers/drafts", submission("{}")).expect(201).json().get("id").asText();
        upload(id, "giay-chung-sinh.pdf", PDF).expect(201);

        JsonNode png = upload(id, "anh.png", PNG).expect(400).json();
        assertEquals("file", png.get("errors").get(0).get("field").asText());
        assertEquals("file-type-not-allowed", png.get("errors").get(0).get("code").asText());

        byte[] big = Arrays.copyOf(PDF, 1024 * 1024 + 1);
        JsonNode tooBig = upload(id, "ban-scan.pdf", big).expect(400).json();
        assertEquals("file", tooBig.get("errors").get(0).get("field").asText());
        assertEquals("file-too-large", tooBig.get("errors").get(0).get("code").asText());
        assertTrue(tooBig.get("errors").get(0).get("message").asText(), tooBig.get("errors").get(0)
            .get("message").asText().contains("1 MB"));

        // the refused files left the dossier as it was
        JsonNode files = get("/dossiers/drafts/" + id + "/attachments").expect(200).json();
        assertEquals(1, files.size());
        assertEquals("giay-chung-sinh.pdf", files.get(0).get("fileName").asText());
    }
}
