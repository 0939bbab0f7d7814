package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The procedure catalogue end to end over HTTP on the real distribution. */
public class CatalogueIT extends MotCuaTestSupport {

    private String sector;
    private String province;
    private String commune;

    @Before
    public void seed() {
        awaitApi();
        token = operatorToken();
        sector = "XD-" + unique();
        putJson("/sectors/" + sector, "{\"code\":\"" + sector + "\",\"nameVi\":\"Xây dựng\",\"nameEn\":\"Construction\"}")
            .expect(200);
        province = agencyCode();
        postJson("/agencies", agency(province, null, "Sở Xây dựng tỉnh Thử nghiệm", "DEPARTMENT", "PROVINCE",
            "2025-07-01")).expect(201);
        commune = agencyCode();
        postJson("/agencies", agency(commune, province, "UBND xã Thử nghiệm", "PEOPLES_COMMITTEE", "COMMUNE",
            "2025-07-01")).expect(201);
    }

    static String agency(String code, String parent, String name, String kind, String level, String from) {
        return "{\"code\":\"" + code + "\"," + (parent == null ? "" : "\"parentCode\":\"" + parent + "\",")
            + "\"nameVi\":\"" + name + "\",\"nameEn\":\"Test agency\",\"kind\":\"" + kind + "\",\"level\":\"" + level
            + "\",\"email\":\"motcua@example.vn\",\"validFrom\":\"" + from + "\"}";
    }

    String procedure(String code, String name, String agencyCode, String effective, int days, String decision) {
        return """
            {"code":"%s","nameVi":"%s","nameEn":"Construction permit","sectorCode":"%s","levels":["PROVINCE"],
             "agencyCodes":["%s"],"onlineLevel":"FULL","processingTime":{"value":%d,"unit":"WORKING_DAYS"},
             "steps":["Nộp hồ sơ","Nhận kết quả"],"channels":["ONLINE","COUNTER","POSTAL"],
             "components":[{"name":"Đơn đề nghị cấp giấy phép","quantity":1,"form":"ORIGINAL","mustDigitize":true}],
             "applicants":["CITIZEN","ORGANISATION"],"results":["Giấy phép xây dựng"],
             "fees":[{"kind":"CHARGE","name":"Lệ phí cấp giấy phép xây dựng","amount":75000}],
             "legalBasis":["Luật Xây dựng 2014"],
             "decision":{"number":"%s","date":"%s","effectiveDate":"%s"}}
            """.formatted(code, name, sector, agencyCode, days, decision, effective, effective);
    }

    @Test
    @Clauses({"001-9.1#1", "002-9.5#1", "001-8.2#2", "001-8.2#3", "003-12.1#2", "001-8.3"})
    public void searchFindsProceduresWithoutDiacriticsInAnyWordOrder() {
        String token = "kiemthu" + unique();
        String code = "9." + unique();
        postJson("/procedures", procedure(code, "Cấp giấy phép xây dựng " + token, province, "2025-08-01", 20,
            "QĐ 1/" + token)).expect(201);

        for (String q : List.of("giay phep xay dung " + token, "Cấp giấy phép xây dựng " + token,
            token + " xay dung giay", "GIAY PHEP " + token.toUpperCase())) {
            JsonNode page = get("/procedures?q=" + encode(q)).expect(200).json();
            assertEquals("query '" + q + "'", 1, page.get("totalItems").asInt());
            assertEquals(code, page.get("items").get(0).get("code").asText());
        }
        assertEquals(0, get("/procedures?q=" + encode("giay phep lai xe " + token)).expect(200).json()
            .get("totalItems").asInt());
        // Filters: sector, agency subtree (the province node includes the commune), online level, fee
        assertEquals(1, get("/procedures?sector=" + sector + "&onlineLevel=FULL&hasFee=true&level=PROVINCE")
            .expect(200).json().get("totalItems").asInt());
        assertEquals(0, get("/procedures?sector=" + sector + "&hasFee=false").expect(200).json()
            .get("totalItems").asInt());
        assertEquals(1, get("/procedures?agency=" + province).expect(200).json().get("totalItems").asInt());

        JsonNode detail = get("/procedures/" + code).expect(200).json();
        assertEquals("Xây dựng", detail.get("sectorNameVi").asText());
        assertEquals("ORIGINAL", detail.get("components").get(0).get("form").asText());
        assertTrue(detail.get("hasFee").asBoolean());
    }

    @Test
    @Clauses({"002-8.1", "003-11.1", "000-10.3", "003-27.1c", "000-10.4#1"})
    public void everyVersionIsKeptAndQueryableAsOfADate() {
        String code = "9." + unique();
        postJson("/procedures", procedure(code, "Cấp giấy phép xây dựng nhà ở riêng lẻ", province, "2025-08-01", 20,
            "QĐ 100/QĐ-UBND")).expect(201);
        Reply amended = postJson("/procedures/" + code + "/amendments", procedure(code,
            "Cấp giấy phép xây dựng nhà ở riêng lẻ (sửa đổi)", province, "2026-01-01", 15, "QĐ 200/QĐ-UBND")).expect(201);
        assertEquals(2, amended.json().get("version").asInt());

        JsonNode v1 = get("/procedures/" + code + "?asOf=2025-12-31").expect(200).json();
        assertEquals(1, v1.get("version").asInt());
        assertEquals(20, v1.get("processingTime").get("value").asInt());
        assertEquals("2026-01-01", v1.get("validTo").asText());
        JsonNode v2 = get("/procedures/" + code + "?asOf=2026-01-01").expect(200).json();
        assertEquals(2, v2.get("version").asInt());
        assertEquals(15, v2.get("processingTime").get("value").asInt());
        assertEquals("QĐ 200/QĐ-UBND", v2.get("decision").get("number").asText());
        get("/procedures/" + code + "?asOf=2025-07-31").expect(404);

        // An amendment must come after the version in force; a backdated one is refused naming the field.
        JsonNode problem = postJson("/procedures/" + code + "/amendments", procedure(code, "X", province, "2025-09-01",
            10, "QĐ 150")).expect(400).json();
        assertEquals("decision.effectiveDate", problem.get("errors").get(0).get("field").asText());

        postJson("/procedures/" + code + "/abolition",
            "{\"decision\":{\"number\":\"QĐ 300/QĐ-UBND\",\"date\":\"2026-03-01\",\"effectiveDate\":\"2026-03-15\"}}")
            .expect(201);
        assertEquals("ABOLISHED", get("/procedures/" + code + "?asOf=2026-03-15").json().get("status").asText());
        assertEquals("ACTIVE", get("/procedures/" + code + "?asOf=2026-03-14").json().get("status").asText());
        JsonNode versions = get("/procedures/" + code + "/versions").expect(200).json();
        assertEquals(3, versions.size());
        assertEquals("ABOLISHED", versions.get(2).get("changeType").asText());
        // Abolished procedures leave the public search from their abolition date.
        assertEquals(0, get("/procedures?sector=" + sector + "&asOf=2026-04-01").json().get("totalItems").asInt());
        assertEquals(1, get("/procedures?sector=" + sector + "&asOf=2026-02-01").json().get("totalItems").asInt());
    }

    @Test
    @Clauses({"000-10.1", "001-8.1", "002-7.1a", "003-10.1a"})
    public void mergedAgencyHandsItsProceduresToTheSuccessorAndHistoryKeepsIt() {
        String code = "9." + unique();
        postJson("/procedures", procedure(code, "Đăng ký hoạt động thử nghiệm", commune, "2025-08-01", 5, "QĐ 5"))
            .expect(201);
        String successor = agencyCode();
        postJson("/agencies", agency(successor, province, "UBND phường Hợp nhất", "PEOPLES_COMMITTEE", "COMMUNE",
            "2025-07-01")).expect(201);
        postJson("/procedures/" + code + "/processes", """
            {"agencyCode":"%s","name":"Quy trình nội bộ","validFrom":"2025-08-01","steps":[
             {"name":"Tiếp nhận","unit":"Bộ phận Một cửa","role":"ONE_STOP_OFFICER","hours":4},
             {"name":"Thẩm định","unit":"Văn phòng","role":"SPECIALIST","hours":28},
             {"name":"Phê duyệt","unit":"Lãnh đạo","role":"AGENCY_LEADER","hours":8}]}
            """.formatted(commune)).expect(201);

        JsonNode result = postJson("/agencies/" + commune + "/merge", "{\"successorCode\":\"" + successor
            + "\",\"effectiveDate\":\"2026-01-01\",\"decisionNumber\":\"NQ 1/UBTVQH\"}").expect(200).json();
        assertEquals(List.of(code), texts(result.get("proceduresMoved")));
        assertEquals(1, result.get("processDefinitionsMoved").asInt());

        assertEquals(List.of(commune), texts(get("/procedures/" + code + "?asOf=2025-12-31").json().get("agencyCodes")));
        assertEquals(List.of(successor), texts(get("/procedures/" + code + "?asOf=2026-01-01").json().get("agencyCodes")));
        JsonNode old = get("/agencies/" + commune).expect(200).json();
        assertEquals("2025-12-31", old.get("validTo").asText());
        assertEquals(successor, old.get("successorCode").asText());
        assertEquals(successor, get("/agencies/" + commune + "/resolve?date=2026-02-01").json().get("code").asText());
        assertEquals(commune, get("/agencies/" + commune + "/resolve?date=2025-12-01").json().get("code").asText());
        List<String> events = new ArrayList<>();
        get("/agencies/" + commune + "/history").json().forEach(e -> events.add(e.get("type").asText()));
        assertTrue(events.toString(), events.contains("MERGED_INTO"));
        assertEquals(successor, get("/procedures/" + code + "/processes/" + successor + "?asOf=2026-01-02")
            .expect(200).json().get("agencyCode").asText());
        // A second merge of the same agency is a conflict.
        postJson("/agencies/" + commune + "/merge", "{\"successorCode\":\"" + province
            + "\",\"effectiveDate\":\"2026-02-01\"}").expect(409);
    }

    @Test
    @Clauses({"000-10.2", "001-26.7#1", "003-14.1", "004-23.5"})
    public void internalProcessMayNotExceedTheStatutoryTime() {
        String code = "9." + unique();
        postJson("/procedures", procedure(code, "Thủ tục có quy trình", province, "2025-08-01", 2, "QĐ 7")).expect(201);
        String steps = """
            {"agencyCode":"%s","name":"Quy trình","validFrom":"2025-08-01","steps":[
             {"name":"Tiếp nhận","unit":"Một cửa","role":"ONE_STOP_OFFICER","hours":%s},
             {"name":"Thẩm định","unit":"Phòng","role":"SPECIALIST","hours":12}]}
            """;
        JsonNode problem = postJson("/procedures/" + code + "/processes", steps.formatted(province, "8")).expect(400)
            .json();
        assertEquals("steps", problem.get("errors").get(0).get("field").asText());
        JsonNode ok = postJson("/procedures/" + code + "/processes", steps.formatted(province, "4")).expect(201).json();
        assertEquals(16, ok.get("totalHours").asInt());
        assertEquals(16, ok.get("statutoryHours").asInt());
    }

    @Test
    @Clauses({"000-10.1"})
    public void badImportIsRejectedWholeWithTheOffendingFieldAndWritesNothing() {
        String newSector = "NEW-" + unique();
        String newAgency = agencyCode();
        String goodCode = "9." + unique();
        String document = """
            {"formatVersion":1,
             "sectors":[{"code":"%s","nameVi":"Lĩnh vực mới"}],
             "agencies":[%s],
             "procedures":[%s, %s]}
            """.formatted(newSector, agency(newAgency, null, "Cơ quan mới", "DEPARTMENT", "PROVINCE", "2025-07-01"),
            procedure(goodCode, "Thủ tục hợp lệ", newAgency, "2025-08-01", 3, "QĐ 9").replace(sector, newSector),
            procedure("9." + unique(), "Thủ tục lỗi", newAgency, "2025-08-01", 3, "QĐ 9")
                .replace(sector, "NO-SUCH-SECTOR"));
        Reply reply = postJson("/catalogue/import", document).expect(400);
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/problem+json"));
        JsonNode problem = reply.json();
        assertEquals("procedures[1].sectorCode", problem.get("errors").get(0).get("field").asText());
        assertNotNull(problem.get("requestId"));
        get("/procedures/" + goodCode).expect(404);
        get("/agencies/" + newAgency).expect(404);
        get("/sectors/" + newSector).expect(404);

        // The same file without the bad procedure imports; a dry run first writes nothing.
        String fixed = document.replace("NO-SUCH-SECTOR", newSector);
        JsonNode dry = postJson("/catalogue/import?dryRun=true", fixed).expect(200).json();
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals(2, dry.get("proceduresCreated").asInt());
        get("/procedures/" + goodCode).expect(404);
        JsonNode done = postJson("/catalogue/import", fixed).expect(200).json();
        assertEquals(2, done.get("proceduresCreated").asInt());
        get("/procedures/" + goodCode).expect(200);
        // Importing the same file again changes nothing.
        JsonNode again = postJson("/catalogue/import", fixed).expect(200).json();
        assertEquals(2, again.get("proceduresUnchanged").asInt());
        assertEquals(0, again.get("proceduresCreated").asInt());
    }

    @Test
    public void badCsvRowIsReportedWithItsLineAndFieldAndNothingIsWritten() {
        String a = "CSV-" + unique();
        String b = "CSV-" + unique();
        String csv = "code,nameVi,nameEn\r\n" + a + ",Lĩnh vực A,Sector A\r\n" + b + ",,Sector B\r\n";
        JsonNode problem = post("/catalogue/import/csv/sectors", "text/csv", csv).expect(400).json();
        assertEquals("line 3: nameVi", problem.get("errors").get(0).get("field").asText());
        get("/sectors/" + a).expect(404);
        post("/catalogue/import/csv/sectors", "text/csv", csv.replace(",,Sector B", ",\"Lĩnh vực B, có dấu phẩy\",B"))
            .expect(200);
        assertEquals("Lĩnh vực B, có dấu phẩy", get("/sectors/" + b).expect(200).json().get("nameVi").asText());
        Reply export = get("/catalogue/export/sectors.csv").expect(200);
        assertTrue(export.body().contains("\"Lĩnh vực B, có dấu phẩy\""));
    }

    @Test
    @Clauses({"001-27.1"})
    public void formFilesAreStoredCheckedAndServed() {
        String code = "9." + unique();
        postJson("/procedures", procedure(code, "Thủ tục có mẫu đơn", province, "2025-08-01", 5, "QĐ 11")).expect(201);
        byte[] pdf = "%PDF-1.4\n%âãÏÓ mẫu đơn\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Reply created = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/procedures/" + code
                + "/forms?name=" + encode("Mẫu số 01") + "&fileName=" + encode("Mẫu 01.pdf")))
            .header("Content-Type", "application/octet-stream")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf))).expect(201);
        String id = created.json().get("id").asText();
        assertEquals("application/pdf", created.json().get("contentType").asText());
        Reply file = get("/procedures/" + code + "/forms/" + id).expect(200);
        assertTrue(file.contentType().startsWith("application/pdf"));
        assertEquals(new String(pdf, java.nio.charset.StandardCharsets.UTF_8), file.body());
        assertEquals(1, get("/procedures/" + code + "/forms").expect(200).json().size());
        JsonNode bad = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/procedures/" + code
                + "/forms?name=X&fileName=x.pdf"))
            .header("Content-Type", "application/octet-stream")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<script>alert(1)</script>"))).expect(400).json();
        assertEquals("file", bad.get("errors").get(0).get("field").asText());
        assertEquals(1, get("/procedures/" + code + "/forms").json().size());
    }

    @Test
    @Clauses({"000-12.1", "002-10.1#1", "002-23.2"})
    public void writesNeedTheRightRoleAndScope() {
        String code = "9." + unique();
        postJson("/procedures", procedure(code, "Thủ tục phân quyền", province, "2025-08-01", 5, "QĐ 12")).expect(201);
        String operator = token;
        token = null;
        JsonNode anonymous = postJson("/procedures/" + code + "/amendments", procedure(code, "Ẩn danh", province,
            "2026-01-01", 5, "QĐ 13")).expect(401).json();
        assertEquals("authentication-required", anonymous.get("code").asText());
        get("/procedures/" + code).expect(200);
        token = staffToken(commune, vn.motcua.platform.api.security.Role.ONE_STOP_OFFICER);
        assertEquals("forbidden-role", postJson("/procedures/" + code + "/amendments", procedure(code, "Cán bộ một cửa",
            province, "2026-01-01", 5, "QĐ 13")).expect(403).json().get("code").asText());
        // the commune's administrator cannot amend a procedure of the province department
        token = staffToken(commune, vn.motcua.platform.api.security.Role.AGENCY_ADMIN);
        assertEquals("out-of-scope", postJson("/procedures/" + code + "/amendments", procedure(code, "Quản trị xã",
            province, "2026-01-01", 5, "QĐ 13")).expect(403).json().get("code").asText());
        // the department's administrator can
        token = staffToken(province, vn.motcua.platform.api.security.Role.AGENCY_ADMIN);
        postJson("/procedures/" + code + "/amendments", procedure(code, "Quản trị Sở", province, "2026-01-01", 5,
            "QĐ 13")).expect(201);
        token = operator;
        assertEquals(2, get("/procedures/" + code + "/versions").json().size());
        token = null;
        Reply forged = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/procedures"))
            .header("Authorization", "Bearer " + operator.substring(0, operator.length() - 2) + "AA")
            .header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(401, forged.status());
    }

    @Test
    public void malformedInputGetsAProblemNamingTheField() {
        Reply malformed = post("/procedures", "application/json", "{\"code\": ").expect(400);
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        assertEquals("malformed-json", malformed.json().get("code").asText());
        JsonNode unknown = postJson("/agencies", "{\"code\":\"000.00.00.H99\",\"password\":\"x\"}").expect(400).json();
        assertEquals("password", unknown.get("errors").get(0).get("field").asText());
        JsonNode badEnum = postJson("/agencies", agency(agencyCode(), null, "X", "CASTLE", "PROVINCE", "2025-07-01"))
            .expect(400).json();
        assertEquals("kind", badEnum.get("errors").get(0).get("field").asText());
        JsonNode missing = postJson("/agencies", "{\"code\":\"bad code\"}").expect(400).json();
        List<String> fields = new ArrayList<>();
        missing.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("code", "nameVi", "kind", "level", "validFrom")));
        assertEquals("page", get("/procedures?page=abc").expect(400).json().get("errors").get(0).get("field").asText());
        assertEquals("size", get("/procedures?size=100000").expect(400).json().get("errors").get(0).get("field").asText());
        assertEquals("sort", get("/procedures?sort=secret,asc").expect(400).json().get("errors").get(0).get("field")
            .asText());
        assertEquals("asOf", get("/procedures?asOf=31-12-2025").expect(400).json().get("errors").get(0).get("field")
            .asText());
        get("/procedures/no-such-code").expect(404);
        get("/no-such-resource").expect(404);
        assertFalse(get("/procedures/no-such-code").json().get("detail").asText().isBlank());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
