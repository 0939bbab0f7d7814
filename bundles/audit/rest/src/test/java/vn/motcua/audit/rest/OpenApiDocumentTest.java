package vn.motcua.audit.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.rest.JsonMapper;
import vn.motcua.platform.rest.openapi.OpenApiGenerator;
import vn.motcua.platform.rest.openapi.OpenApiInfo;

/**
 * Runs the REST server's own OpenAPI generator over the audit resource, so the published contract is reviewed here
 * when it changes, and checks what the server relies on (marker, path, bilingual tags, declared response types).
 */
public class OpenApiDocumentTest {
    private static final ObjectMapper MAPPER = JsonMapper.create();
    private static final JsonNode DOC = new OpenApiGenerator(MAPPER).generate(new OpenApiInfo("MotCua", "1", null,
        "/api/v1"), List.of(AuditResource.class));

    @Test
    public void operationsAndTheirSuccessResponses() {
        List<String> expected = List.of(
            "GET /audit 200 application/json PageOfAuditEntry",
            "GET /audit/export.csv 200 text/csv string",
            "GET /audit/status 200 application/json SealStatus",
            "POST /audit/verify 200 application/json VerificationReport");
        List<String> actual = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = DOC.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                Map.Entry<String, JsonNode> success = op.getValue().get("responses").fields().next();
                Map.Entry<String, JsonNode> content = success.getValue().get("content").fields().next();
                actual.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + success.getKey() + " "
                    + content.getKey() + " " + schemaName(content.getValue().get("schema")));
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    public void searchDocumentsEveryFilter() {
        List<String> names = new ArrayList<>();
        DOC.at("/paths/~1audit/get/parameters").forEach(p -> names.add(p.get("name").asText()));
        assertEquals(List.of("from", "to", "actorId", "action", "targetType", "targetId", "outcome", "category",
            "personalData", "page", "size", "sort"), names);
    }

    @Test
    public void theResourceKeepsTheServersContract() {
        Class<?> c = AuditResource.class;
        assertTrue(RestResource.class.isAssignableFrom(c));
        assertNotNull(c.getAnnotation(Path.class));
        assertNotNull(c.getAnnotation(Produces.class));
        assertTrue(c.getAnnotation(ApiTag.class).description().contains(" / "));
        for (Method m : c.getDeclaredMethods()) {
            boolean operation = false;
            for (var a : m.getAnnotations()) {
                operation |= a.annotationType().isAnnotationPresent(HttpMethod.class);
            }
            if (!operation) {
                continue;
            }
            assertTrue(m.getName(), m.getAnnotation(ApiTag.class).value().contains(" / "));
            if (m.getReturnType() == Response.class || m.getGenericReturnType() instanceof ParameterizedType) {
                assertNotNull(m.getName() + " needs @ResponseType", m.getAnnotation(ResponseType.class));
            }
        }
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
