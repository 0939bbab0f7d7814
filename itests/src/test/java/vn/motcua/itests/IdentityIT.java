package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Accounts, sessions, staff administration and the audit trail over HTTP on the real distribution. */
public class IdentityIT extends MotCuaTestSupport {

    @Before
    public void ready() {
        awaitApi();
    }

    private static String idNumber() {
        return "0" + String.format("%011d", Math.abs(new Random().nextLong()) % 100_000_000_000L);
    }

    private static String loginJson(String login, String password) {
        return "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    @Clauses({"000-12bis.1", "000-12bis.1a", "001-11.1a", "004-5.5#1", "002-9.1"})
    public void applicantRegistersVerifiesLogsInAndLogsOut() {
        applicantToken(); // registers the recording message sender used below
        token = null;
        String id = idNumber();
        String email = "dk" + unique() + "@example.vn";
        String password = "MatKhau-" + unique() + "5";
        JsonNode pending = postJson("/auth/register", "{\"kind\":\"CITIZEN\",\"idNumber\":\"" + id
            + "\",\"fullName\":\"Trần Thị Đăng Ký\",\"email\":\"" + email + "\",\"password\":\"" + password
            + "\",\"channel\":\"EMAIL\"}").expect(201).json();
        assertTrue(pending.get("destinationMasked").asText().contains("***") || !pending.get("destinationMasked")
            .asText().equals(email));
        postJson("/auth/login", loginJson(id, password)).expect(401);
        String code = SENT.stream().filter(m -> m.to().equals(email)).reduce((a, b) -> b).orElseThrow().text()
            .replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
        assertEquals("wrong code counts", 400, postJson("/auth/verify", "{\"verificationId\":\""
            + pending.get("verificationId").asText() + "\",\"code\":\"" + (code.equals("000000") ? "111111" : "000000")
            + "\"}").status());
        postJson("/auth/verify", "{\"verificationId\":\"" + pending.get("verificationId").asText() + "\",\"code\":\""
            + code + "\"}").expect(200);
        token = postJson("/auth/login", loginJson(id, password)).expect(200).json().get("token").asText();
        JsonNode me = get("/me").expect(200).json();
        assertEquals("CITIZEN", me.get("kind").asText());
        assertEquals(id, me.get("login").asText());
        // an applicant is not staff
        assertEquals(403, get("/staff").status());
        int logout = postJson("/auth/logout", "{}").status();
        assertTrue("logout: " + logout, logout == 200 || logout == 204);
        assertEquals("revoked-token", get("/me").expect(401).json().get("code").asText());
    }

    @Test
    @Clauses({"002-9.1"})
    public void bruteForceLocksTheLoginAndBadTokensAreRefused() {
        String password = "MatKhau-" + unique() + "3";
        String login = registerApplicant(password);
        for (int i = 0; i < 4; i++) {
            assertEquals("invalid-credentials", postJson("/auth/login", loginJson(login, "sai-mat-khau-" + i))
                .expect(401).json().get("code").asText());
        }
        // the fifth failure locks the login (its own answer may already say so)
        postJson("/auth/login", loginJson(login, "sai-mat-khau-4")).expect(401);
        assertEquals("login-locked", postJson("/auth/login", loginJson(login, password)).expect(401).json()
            .get("code").asText());
        // over-long and malformed inputs are refused before any work
        String huge = "x".repeat(10_000);
        int status = postJson("/auth/login", loginJson("a", huge)).status();
        assertTrue("over-long password: " + status, status == 400 || status == 401);
        postJson("/auth/login", "{\"login\": 12, ").expect(400);
        token = "not-a-token";
        assertEquals("invalid-token", get("/me").expect(401).json().get("code").asText());
        token = "x".repeat(5000);
        assertEquals(401, get("/me").status());
        token = null;
        assertEquals("authentication-required", get("/me").expect(401).json().get("code").asText());
    }

    @Test
    @Clauses({"000-12.1", "003-6.2#1", "003-6.2#2", "001-26.5", "002-10.1#3", "000-12.4"})
    public void agencyAdministratorIssuesMovesAndLocksStaffInsideItsSubtreeOnly() {
        String operator = operatorToken();
        String province = rootAgency;
        String department = agencyCode();
        token = operator;
        postJson("/agencies", CatalogueIT.agency(department, province, "Sở Tư pháp (kiểm thử)", "DEPARTMENT", "PROVINCE",
            "2025-07-01")).expect(201);
        String otherRoot = agencyCode();
        postJson("/agencies", CatalogueIT.agency(otherRoot, null, "Tỉnh khác", "PEOPLES_COMMITTEE", "PROVINCE",
            "2025-07-01")).expect(201);
        token = staffToken(department, vn.motcua.platform.api.security.Role.AGENCY_ADMIN);
        String user = "cv" + unique();
        JsonNode created = postJson("/staff", "{\"username\":\"" + user + "\",\"fullName\":\"Chuyên viên Hộ tịch\","
            + "\"email\":\"" + user + "@example.vn\",\"position\":{\"agencyCode\":\"" + department
            + "\",\"roles\":[\"SPECIALIST\"],\"sectors\":[],\"procedures\":[]}}").expect(201).json();
        String staffId = created.get("account").get("id").asText();
        String temp = created.get("temporaryPassword").asText();
        assertTrue(created.get("account").get("mustChangePassword").asBoolean());
        // outside its subtree: refused
        assertEquals("out-of-scope", postJson("/staff", "{\"username\":\"x" + unique() + "\",\"fullName\":\"X\","
            + "\"email\":\"x@example.vn\",\"position\":{\"agencyCode\":\"" + otherRoot
            + "\",\"roles\":[\"SPECIALIST\"],\"sectors\":[],\"procedures\":[]}}").expect(403).json().get("code").asText());
        // cannot hand out province-wide roles
        assertEquals(403, postJson("/staff", "{\"username\":\"y" + unique() + "\",\"fullName\":\"Y\","
            + "\"email\":\"y@example.vn\",\"position\":{\"agencyCode\":\"" + department
            + "\",\"roles\":[\"PROVINCIAL_OPERATOR\"],\"sectors\":[],\"procedures\":[]}}").status());
        String admin = token;

        // first login must change the password: until then the session reaches its own account and the password
        // change only, refused elsewhere with a code that tells the client what to do
        token = postJson("/auth/login", loginJson(user, temp)).expect(200).json().get("token").asText();
        JsonNode limitedMe = get("/me").expect(200).json();
        assertTrue(limitedMe.get("mustChangePassword").asBoolean());
        assertEquals("password-change-required", get("/staff").expect(403).json().get("code").asText());
        assertEquals("password-change-required", get("/audit").expect(403).json().get("code").asText());
        String newPassword = "MatKhau-" + unique() + "8";
        String staffSession = postJson("/auth/password", "{\"currentPassword\":\"" + temp + "\",\"newPassword\":\""
            + newPassword + "\"}").expect(200).json().get("token").asText();
        token = staffSession;
        get("/me").expect(200);

        token = admin;
        postJson("/staff/" + staffId + "/lock", "{\"reason\":\"Chuyển công tác\"}").expect(200);
        token = staffSession;
        assertEquals("revoked-token", get("/me").expect(401).json().get("code").asText());
        token = admin;
        postJson("/staff/" + staffId + "/unlock", "{}").expect(200);
        // a lock with an end: shown with its end, refused at login until then, lifted early by unlock
        String until = java.time.Instant.now().plus(java.time.Duration.ofDays(3)).truncatedTo(
            java.time.temporal.ChronoUnit.SECONDS).toString();
        JsonNode timed = postJson("/staff/" + staffId + "/lock", "{\"reason\":\"Nghỉ phép\",\"until\":\"" + until
            + "\"}").expect(200).json();
        assertEquals("LOCKED", timed.get("status").asText());
        assertEquals(until, timed.get("lockedUntil").asText());
        assertEquals(until, get("/staff/" + staffId).expect(200).json().get("lockedUntil").asText());
        assertEquals("until", postJson("/staff/" + staffId + "/lock",
            "{\"reason\":\"x\",\"until\":\"2020-01-01T00:00:00Z\"}").expect(400).json().get("errors").get(0)
            .get("field").asText());
        token = null;
        assertEquals("account-locked", postJson("/auth/login", loginJson(user, newPassword)).expect(401).json()
            .get("code").asText());
        token = admin;
        JsonNode unlocked = postJson("/staff/" + staffId + "/unlock", "{}").expect(200).json();
        assertTrue(unlocked.path("lockedUntil").isNull() || unlocked.path("lockedUntil").isMissingNode());
        assertEquals(200, putJson("/staff/" + staffId + "/position", "{\"agencyCode\":\"" + department
            + "\",\"roles\":[\"DEPARTMENT_HEAD\"],\"sectors\":[],\"procedures\":[]}").status());
        assertEquals(403, putJson("/staff/" + staffId + "/position", "{\"agencyCode\":\"" + otherRoot
            + "\",\"roles\":[\"SPECIALIST\"],\"sectors\":[],\"procedures\":[]}").status());
    }

    @Test
    @Clauses({"002-9.10#3"})
    public void auditTrailRecordsLoginsAndVerificationDetectsAnEditedRow() throws Exception {
        token = operatorToken();
        await("the trail to be sealed", java.time.Duration.ofSeconds(30),
            () -> get("/audit/status").json().path("unsealed").asLong(1) == 0);
        JsonNode intact = postJson("/audit/verify", "{}").expect(200).json();
        assertTrue(intact.toString(), intact.get("intact").asBoolean());
        JsonNode logins = get("/audit?action=identity.login&size=5").expect(200).json();
        assertTrue(logins.get("totalItems").asLong() > 0);

        DataSource ds = service(DataSource.class);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            long position;
            String original;
            try (ResultSet rs = st.executeQuery("select chain_position, detail from audit_record where chain_position "
                + "is not null order by chain_position desc limit 1")) {
                rs.next();
                position = rs.getLong(1);
                original = rs.getString(2);
            }
            if (postgres) {
                st.execute("alter table audit_record disable trigger user");
            }
            st.executeUpdate("update audit_record set detail = 'sửa trái phép' where chain_position = " + position);
            try {
                JsonNode broken = postJson("/audit/verify", "{}").expect(200).json();
                assertFalse(broken.toString(), broken.get("intact").asBoolean());
                assertEquals(position, broken.get("firstBrokenPosition").asLong());
            } finally {
                try (java.sql.PreparedStatement restore = c.prepareStatement(
                    "update audit_record set detail = ? where chain_position = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, position);
                    restore.executeUpdate();
                }
                if (postgres) {
                    st.execute("alter table audit_record enable trigger user");
                }
            }
        }
        assertTrue(postJson("/audit/verify", "{}").expect(200).json().get("intact").asBoolean());
    }

    @Test
    @Clauses({"003-16.1b-p3#1", "000-12bis.1"})
    public void anOrganisationAuthorisesACitizenWhoActsForItUntilRemoved() {
        String password = "MatKhau-" + unique() + "2";
        String citizen = registerApplicant(password);
        String taxCode = "0" + String.format("%09d", Math.abs(new Random().nextLong()) % 1_000_000_000L);
        vn.motcua.identity.api.ApplicantAccountService applicants =
            service(vn.motcua.identity.api.ApplicantAccountService.class);
        String orgEmail = "tc" + unique() + "@example.vn";
        vn.motcua.identity.api.PendingVerification p = applicants.register(
            new vn.motcua.identity.api.ApplicantRegistration(vn.motcua.identity.api.Account.AccountKind.ORGANISATION,
                null, taxCode, "Công ty TNHH Kiểm Thử Ủy Quyền", orgEmail, null, password,
                vn.motcua.identity.api.VerificationChannel.EMAIL));
        applicants.verify(p.verificationId(), SENT.stream().filter(m -> m.to().equals(orgEmail)).reduce((a, b) -> b)
            .orElseThrow().text().replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1"));

        // the organisation, in its own session, authorises the citizen
        String org = postJson("/auth/login", loginJson(taxCode, password)).expect(200).json().get("token").asText();
        token = org;
        JsonNode added = postJson("/me/representatives", "{\"idNumber\":\"" + citizen + "\",\"capacity\":"
            + "\"AUTHORISED\",\"validUntil\":\"2099-12-31\",\"scopeNote\":\"Giấy ủy quyền số 7/2025\"}")
            .expect(201).json();
        assertEquals(citizen, added.get("personIdNumber").asText());
        String orgId = added.get("organisationId").asText();
        assertEquals(1, get("/me/representatives").expect(200).json().size());
        assertEquals("duplicate-representative", postJson("/me/representatives", "{\"idNumber\":\"" + citizen
            + "\",\"capacity\":\"AUTHORISED\"}").expect(409).json().get("code").asText());
        assertEquals("idNumber", postJson("/me/representatives", "{\"idNumber\":\"12\",\"capacity\":\"AUTHORISED\"}")
            .expect(400).json().get("errors").get(0).get("field").asText());

        // the citizen sees the organisation and acts for it: the organisation is the caller, the citizen recorded
        String own = postJson("/auth/login", loginJson(citizen, password)).expect(200).json().get("token").asText();
        token = own;
        assertEquals(orgId, get("/me/organisations").expect(200).json().get(0).get("organisationId").asText());
        JsonNode acting = postJson("/auth/act-as/" + taxCode, "{}").expect(200).json();
        String actingToken = acting.get("token").asText();
        assertEquals("ORGANISATION", acting.get("account").get("kind").asText());
        token = actingToken;
        assertEquals(taxCode, get("/me").expect(200).json().get("login").asText());
        assertEquals("organisation-only", get("/me/representatives").expect(403).json().get("code").asText());
        assertEquals("acting-session", postJson("/auth/password", "{\"currentPassword\":\"" + password
            + "\",\"newPassword\":\"MatKhau-" + unique() + "9\"}").expect(403).json().get("code").asText());
        String citizenId;
        token = own;
        citizenId = get("/me").expect(200).json().get("id").asText();

        // the trail shows both: the organisation as the actor, the citizen as who acted
        token = operatorToken();
        await("the acting session's records", java.time.Duration.ofSeconds(30), () -> get("/audit?actorId="
            + citizenId + "&action=identity.representative.list").json().path("totalItems").asLong() > 0);
        JsonNode record = get("/audit?actorId=" + citizenId + "&action=identity.representative.list").expect(200)
            .json().get("items").get(0);
        assertEquals(orgId, record.get("actorId").asText());
        assertEquals(citizenId, record.get("actingPersonId").asText());

        // removal ends the acting at once
        token = org;
        postJson("/me/representatives", "{}").expect(400);
        int removed = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/me/representatives/"
            + added.get("id").asText())).DELETE()).status();
        assertEquals(204, removed);
        token = actingToken;
        assertEquals("revoked-token", get("/me").expect(401).json().get("code").asText());
        token = own;
        assertEquals("not-representative", postJson("/auth/act-as/" + taxCode, "{}").expect(403).json().get("code")
            .asText());
        assertEquals(0, get("/me/organisations").expect(200).json().size());
    }

    /** A verified citizen account; returns its login (ID number). */
    private String registerApplicant(String password) {
        applicantToken();
        vn.motcua.identity.api.ApplicantAccountService applicants =
            service(vn.motcua.identity.api.ApplicantAccountService.class);
        String id = idNumber();
        String email = "bf" + unique() + "@example.vn";
        vn.motcua.identity.api.PendingVerification p = applicants.register(new vn.motcua.identity.api.ApplicantRegistration(
            vn.motcua.identity.api.Account.AccountKind.CITIZEN, id, null, "Lê Văn Thử", email, null, password,
            vn.motcua.identity.api.VerificationChannel.EMAIL));
        String code = SENT.stream().filter(m -> m.to().equals(email)).reduce((a, b) -> b).orElseThrow().text()
            .replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
        applicants.verify(p.verificationId(), code);
        token = null;
        return id;
    }
}
