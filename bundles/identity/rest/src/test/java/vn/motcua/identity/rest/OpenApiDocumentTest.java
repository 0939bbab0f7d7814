package vn.motcua.identity.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.identity.api.ApplicantRegistration;
import vn.motcua.identity.api.Position;
import vn.motcua.identity.api.Representative;
import vn.motcua.identity.api.RepresentativeInput;
import vn.motcua.identity.api.VerificationChannel;
import vn.motcua.platform.api.security.Role;
import vn.motcua.platform.rest.JsonMapper;
import vn.motcua.platform.rest.openapi.OpenApiChecks;
import vn.motcua.platform.rest.openapi.OpenApiGenerator;
import vn.motcua.platform.rest.openapi.OpenApiInfo;

/**
 * Runs the REST server's own OpenAPI generator over the identity resources, so the published contract (paths,
 * success statuses, body schemas, who may call) is reviewed here when it changes, not discovered by clients.
 */
public class OpenApiDocumentTest {
    private static final ObjectMapper MAPPER = JsonMapper.create();
    private static final JsonNode DOC = new OpenApiGenerator(MAPPER).generate(new OpenApiInfo("MotCua", "1", null,
        "/api/v1"), AccessRulesTest.RESOURCES);

    @Test
    public void operationsTheirSuccessResponsesAndAccess() {
        List<String> expected = List.of(
            "POST /auth/login 200 Session anonymous",
            "POST /auth/logout 204 - authenticated",
            "POST /auth/password 200 Session authenticated",
            "POST /auth/register 201 PendingVerification anonymous",
            "POST /auth/verify 200 Account anonymous",
            "POST /auth/verify/{id}/resend 200 PendingVerification anonymous",
            "GET /me 200 Account authenticated",
            "GET /me/representatives 200 [Representative] roles",
            "POST /me/representatives 201 Representative roles",
            "DELETE /me/representatives/{id} 204 - roles",
            "GET /me/organisations 200 [Representative] roles",
            "POST /auth/act-as/{organisation} 200 Session roles",
            "GET /staff 200 [Account] roles",
            "POST /staff 201 StaffCreated roles",
            "GET /staff/{id} 200 Account roles",
            "POST /staff/{id}/lock 200 Account roles",
            "POST /staff/{id}/password-reset 200 StaffCreated roles",
            "PUT /staff/{id}/position 200 Account roles",
            "POST /staff/{id}/unlock 200 Account roles");
        List<String> actual = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = DOC.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().has("responses")) {
                    continue;
                }
                Map.Entry<String, JsonNode> success = op.getValue().get("responses").fields().next();
                JsonNode content = success.getValue().get("content");
                String schema = content == null ? "-"
                    : schemaName(content.fields().next().getValue().get("schema"));
                actual.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + success.getKey() + " "
                    + schema + " " + op.getValue().path("x-motcua-access").asText());
            }
        }
        actual.sort((a, b) -> a.substring(a.indexOf(' ') + 1).compareTo(b.substring(b.indexOf(' ') + 1)));
        List<String> sortedExpected = new ArrayList<>(expected);
        sortedExpected.sort((a, b) -> a.substring(a.indexOf(' ') + 1).compareTo(b.substring(b.indexOf(' ') + 1)));
        assertEquals(String.join("\n", sortedExpected), String.join("\n", actual));
    }

    @Test
    public void theDocumentIsValidAndPublicOperationsNeedNoToken() {
        assertEquals(List.of(), OpenApiChecks.problems(DOC));
        assertEquals(0, DOC.at("/paths/~1auth~1login/post/security").size());
        assertEquals("[\"PROVINCIAL_OPERATOR\",\"AGENCY_ADMIN\"]",
            DOC.at("/paths/~1staff/post/x-motcua-roles").toString());
        assertFalse("the bearer token is the security scheme's, not a documented header",
            DOC.toString().toLowerCase(Locale.ROOT).contains("\"name\":\"authorization\""));
        assertTrue(DOC.at("/paths/~1staff/get/parameters").toString().contains("\"agency\""));
        assertTrue(DOC.at("/paths/~1auth~1password/post/x-motcua-before-password-change").asBoolean());
        assertTrue(DOC.at("/paths/~1me/get/x-motcua-before-password-change").asBoolean());
        assertTrue(DOC.at("/paths/~1me~1representatives/get/x-motcua-before-password-change").isMissingNode());
    }

    @Test
    public void requestBodiesReadFromJson() throws Exception {
        VerifyRequest v = MAPPER.readValue("{\"verificationId\":\"v-1\",\"code\":\"012345\"}", VerifyRequest.class);
        assertEquals(new VerifyRequest("v-1", "012345"), v);
        assertEquals("Nghỉ việc", MAPPER.readValue("{\"reason\":\"Nghỉ việc\"}", LockRequest.class).reason());
        assertEquals(java.time.Instant.parse("2025-08-31T17:00:00Z"), MAPPER.readValue("{\"reason\":\"Nghỉ phép\","
            + "\"until\":\"2025-09-01T00:00:00+07:00\"}", LockRequest.class).until());
        ApplicantRegistration r = MAPPER.readValue("{\"kind\":\"CITIZEN\",\"idNumber\":\"001099012345\","
            + "\"fullName\":\"An\",\"email\":\"an@example.vn\",\"password\":\"x\",\"channel\":\"EMAIL\"}",
            ApplicantRegistration.class);
        assertEquals(VerificationChannel.EMAIL, r.channel());
        Position p = MAPPER.readValue("{\"agencyCode\":\"000.00.05.H06\",\"roles\":[\"SPECIALIST\"]}", Position.class);
        assertEquals(java.util.Set.of(Role.SPECIALIST), p.roles());
        RepresentativeInput in = MAPPER.readValue("{\"idNumber\":\"001099012345\",\"capacity\":\"AUTHORISED\","
            + "\"validUntil\":\"2026-12-31\",\"scopeNote\":\"Giấy ủy quyền số 12\"}", RepresentativeInput.class);
        assertEquals(java.time.LocalDate.of(2026, 12, 31), in.validUntil());
        assertEquals(Representative.Capacity.AUTHORISED, in.capacity());
    }

    private static String schemaName(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        if (schema.path("type").asText().equals("array")) {
            return "[" + schemaName(schema.get("items")) + "]";
        }
        return schema.path("type").asText();
    }
}
