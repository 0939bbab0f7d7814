package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Health, OpenAPI, the API page and the request id, on the real distribution. */
public class PlatformIT extends MotCuaTestSupport {

    @Before
    public void ready() {
        awaitApi();
    }

    @Test
    public void healthReportsDatabaseAndComponents() {
        JsonNode health = get("/health").expect(200).json();
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("checks").get("database").get("state").asText());
        assertEquals("UP", health.get("checks").get("catalogue").get("state").asText());
        boolean sawCatalogue = false;
        for (JsonNode c : health.get("components")) {
            if (c.get("bundle").asText().equals("vn.motcua.catalogue.impl")) {
                sawCatalogue = true;
                assertTrue(c.toString(), Set.of("ACTIVE", "SATISFIED").contains(c.get("state").asText()));
            }
        }
        assertTrue("catalogue components listed", sawCatalogue);
    }

    @Test
    public void openApiDocumentDescribesTheWholeApiConsistently() {
        JsonNode doc = get("/openapi.json").expect(200).json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        JsonNode paths = doc.get("paths");
        for (String p : new String[] {"/health", "/procedures", "/procedures/{code}", "/agencies", "/agencies/{code}/merge",
            "/catalogue/import", "/sectors"}) {
            assertNotNull("path " + p, paths.get(p));
        }
        // every $ref resolves and every operationId is unique
        Set<String> ids = new HashSet<>();
        Iterator<JsonNode> ops = paths.elements();
        while (ops.hasNext()) {
            for (JsonNode op : ops.next()) {
                if (op.has("operationId")) {
                    assertTrue("duplicate " + op.get("operationId"), ids.add(op.get("operationId").asText()));
                }
            }
        }
        String text = doc.toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9_.]+)")
            .matcher(text);
        while (m.find()) {
            assertNotNull("schema " + m.group(1), doc.get("components").get("schemas").get(m.group(1)));
        }
        Reply page = get("/docs").expect(200);
        assertTrue(page.body().contains("swagger-ui"));
        get("/docs/swagger-ui-bundle.js").expect(200);
    }

    @Test
    public void requestIdIsEchoedAndProblemsCarryIt() {
        Reply reply = send(HttpRequest.newBuilder(URI.create(base() + "/procedures/none-" + unique()))
            .header("X-Request-Id", "test-req-42").header("Accept-Language", "en").GET());
        reply.expect(404);
        assertEquals("test-req-42", reply.json().get("requestId").asText());
        assertEquals("Not found", reply.json().get("title").asText());
        assertEquals("Không tìm thấy", get("/procedures/none-" + unique()).json().get("title").asText());
    }
}
