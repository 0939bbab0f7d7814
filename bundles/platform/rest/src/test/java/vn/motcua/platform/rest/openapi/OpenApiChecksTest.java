package vn.motcua.platform.rest.openapi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

public class OpenApiChecksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void aValidDocumentHasNoProblems() throws IOException {
        assertEquals(List.of(), OpenApiChecks.problems(read("valid.json")));
    }

    @Test
    public void everyKindOfViolationIsReported() throws IOException {
        List<String> problems = OpenApiChecks.problems(read("broken.json"));
        List<String> expected = List.of(
            "#/openapi: must be a 3.0.x version string",
            "#/info/version: required text is missing",
            "#/tags/1: duplicate tag 't'",
            "GET /a/{id}: path template variable {id} has no path parameter",
            "GET /a/{id}: response 200 has no description",
            "/a/{key}: equivalent to templated path /a/{id}",
            "POST /a/{key}: operationId 'dup' is also used by GET /a/{id}",
            "POST /a/{key}: path parameter 'key' must have required: true",
            "POST /a/{key}: requestBody has no content",
            "POST /a/{key}: response key '2000' is not a status code",
            "/b/{code: [A-Z]+}: template variable '{code: [A-Z]+}' is not a plain name",
            "c: path must start with '/'",
            "GET c: duplicate query parameter 'x'",
            "GET c: path parameter 'zzz' is not a variable of the path template",
            "GET c: parameter needs a name and 'in'",
            "GET c: parameter 'z' needs exactly one of schema and content",
            "GET c: an operation needs at least one response",
            "#/components/schemas/Bad Name: component name must match",
            "#/components/schemas/List: an array schema needs items",
            "#/components/schemas/Obj: required property 'missing' is not defined",
            "#/components/schemas/Obj/properties/dangling: $ref '#/components/schemas/Missing' does not resolve",
            "#/components/schemas/Obj/properties/sibling: keys next to $ref are ignored by OpenAPI 3.0 tools: [nullable]",
            "#/components/schemas/Obj/properties/nullType: type must be one of",
            "#/components/schemas/Obj/properties/badDefault: default \"abc\" is not of type integer",
            "#/components/schemas/Obj/properties/notInEnum: default \"B\" is not one of the enum values",
            "#/components/schemas/Obj/properties/external: $ref 'other.json#/components/schemas/X' does not resolve");
        for (String violation : expected) {
            assertTrue("not reported: " + violation + "\nreported: " + String.join("\n", problems),
                problems.stream().anyMatch(p -> p.startsWith(violation)));
        }
        assertEquals(String.join("\n", problems), expected.size(), problems.size());
    }

    @Test
    public void notAnObject() {
        assertEquals(1, OpenApiChecks.problems(JSON.createArrayNode()).size());
        assertEquals(1, OpenApiChecks.problems(null).size());
    }

    /** The checks catch the mistakes a generator could make on the real document. */
    @Test
    public void catchesBreakageOfTheGeneratedDocument() {
        ObjectNode danglingRef = Samples.generate();
        ((ObjectNode) danglingRef.at("/components/schemas")).remove("StepDto");
        assertTrue(OpenApiChecks.problems(danglingRef).stream()
            .anyMatch(p -> p.contains("$ref '#/components/schemas/StepDto' does not resolve")));

        ObjectNode missingPathParameter = Samples.generate();
        ArrayNode parameters = (ArrayNode) missingPathParameter.at("/paths/~1agencies~1{id}/get/parameters");
        parameters.remove(0);
        assertEquals(List.of("GET /agencies/{id}: path template variable {id} has no path parameter"),
            OpenApiChecks.problems(missingPathParameter));

        ObjectNode duplicateId = Samples.generate();
        ((ObjectNode) duplicateId.at("/paths/~1health/get")).put("operationId", "AgencyResource_list");
        assertEquals(List.of("GET /health: operationId 'AgencyResource_list' is also used by GET /agencies"),
            OpenApiChecks.problems(duplicateId));

        ObjectNode regexLeft = Samples.generate();
        JsonNode item = ((ObjectNode) regexLeft.get("paths")).remove("/agencies/{id}");
        ((ObjectNode) regexLeft.get("paths")).set("/agencies/{id: \\d+}", item);
        assertTrue(OpenApiChecks.problems(regexLeft).stream().anyMatch(p -> p.contains("is not a plain name")));
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = OpenApiChecksTest.class.getResourceAsStream("/openapi/" + name)) {
            return JSON.readTree(in);
        }
    }
}
