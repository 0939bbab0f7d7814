package vn.motcua.platform.rest.openapi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.BeforeClass;
import org.junit.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.platform.rest.openapi.sample.ProcedureDto;
import vn.motcua.platform.rest.openapi.sample.ProcedureResource;

public class OpenApiGeneratorTest {
    private static final String PROCEDURES = "/catalogue/procedures";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static ObjectNode doc;

    @BeforeClass
    public static void generate() {
        doc = Samples.generate();
    }

    @Test
    public void header() {
        assertEquals("3.0.3", doc.path("openapi").asText());
        assertEquals("MotCua API", doc.at("/info/title").asText());
        assertEquals("1.0.0", doc.at("/info/version").asText());
        assertEquals("Một cửa điện tử", doc.at("/info/description").asText());
        assertEquals("/api/v1", doc.at("/servers/0/url").asText());
    }

    @Test
    public void pathsAreJoinedNormalisedAndSortedWithoutRegex() {
        assertEquals(List.of(
            "/agencies",
            "/agencies/{id}",
            PROCEDURES,
            PROCEDURES + "/by-agency",
            PROCEDURES + "/by-count",
            PROCEDURES + "/export",
            PROCEDURES + "/import",
            PROCEDURES + "/legacy",
            PROCEDURES + "/search",
            PROCEDURES + "/{code}",
            PROCEDURES + "/{code}/attachments",
            PROCEDURES + "/{code}/history",
            PROCEDURES + "/{code}/steps",
            "/health",
            "/notes/internal",
            "/notes/legal"), names(doc.get("paths")));
        // one operation per HTTP method, in the order of the Path Item Object
        assertEquals(List.of("get", "put", "delete", "head", "patch"), names(doc.at(pointer(PROCEDURES + "/{code}"))));
        assertEquals(List.of("get", "post"), names(doc.at(pointer(PROCEDURES))));
    }

    @Test
    public void operationIdsAreClassAndMethodNamesAndUnique() {
        assertEquals("ProcedureResource_list", op(PROCEDURES, "get").path("operationId").asText());
        assertEquals("ProcedureResource_delete", op(PROCEDURES + "/{code}", "delete").path("operationId").asText());
        assertEquals("AgencyResource_get", op("/agencies/{id}", "get").path("operationId").asText());
        // overloads: ordered by signature, find(int) before find(String)
        assertEquals("ProcedureResource_find", op(PROCEDURES + "/by-count", "get").path("operationId").asText());
        assertEquals("ProcedureResource_find_2", op(PROCEDURES + "/by-agency", "get").path("operationId").asText());
        Set<String> ids = new HashSet<>();
        List<JsonNode> operations = operations(doc);
        for (JsonNode op : operations) {
            assertTrue("duplicate " + op.path("operationId"), ids.add(op.path("operationId").asText()));
        }
        assertEquals(22, operations.size());
    }

    @Test
    public void tagsComeFromApiTag() {
        assertEquals("[{\"name\":\"Agencies\",\"description\":\"Cơ quan\"},"
            + "{\"name\":\"Procedures\",\"description\":\"Thủ tục hành chính\"}]", doc.get("tags").toString());
        JsonNode list = op(PROCEDURES, "get");
        assertEquals("[\"Procedures\"]", list.path("tags").toString());
        assertEquals("List procedures", list.path("summary").asText());
        assertEquals("Paged, filtered and sorted.", list.path("description").asText());
        assertFalse(op(PROCEDURES, "post").has("summary"));
        JsonNode health = op("/health", "get");
        assertEquals("Health check", health.path("summary").asText());
        assertFalse(health.has("tags"));
    }

    @Test
    public void queryParametersWithTypesDefaultsAndArrays() {
        JsonNode list = op(PROCEDURES, "get");
        assertEquals(List.of("q", "page", "size", "sort", "status", "from", "Accept-Language"),
            parameterNames(list)); // @Context UriInfo left out
        JsonNode page = parameter(list, "page");
        assertEquals("query", page.path("in").asText());
        assertFalse(page.has("required"));
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"default\":0}", page.get("schema").toString());
        assertTrue(parameter(list, "size").at("/schema/default").isInt());
        assertEquals(20, parameter(list, "size").at("/schema/default").asInt());
        JsonNode sort = parameter(list, "sort");
        assertEquals("form", sort.path("style").asText());
        assertTrue(sort.path("explode").asBoolean());
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"string\"}}", sort.get("schema").toString());
        // JAX-RS converts with Enum.valueOf: constant names, not Jackson's "retired"
        assertEquals("[\"DRAFT\",\"ACTIVE\",\"RETIRED\"]", parameter(list, "status").at("/schema/enum").toString());
        assertEquals("date", parameter(list, "from").at("/schema/format").asText());
        assertEquals("header", parameter(list, "Accept-Language").path("in").asText());
        JsonNode tag = parameter(op(PROCEDURES + "/{code}/steps", "get"), "tag");
        assertTrue(tag.at("/schema/uniqueItems").asBoolean());
    }

    @Test
    public void pathParametersAreRequiredAndMatchTheTemplate() {
        JsonNode code = parameter(op(PROCEDURES + "/{code}", "get"), "code");
        assertEquals("path", code.path("in").asText());
        assertTrue(code.path("required").asBoolean());
        assertEquals("string", code.at("/schema/type").asText());
        JsonNode id = parameter(op("/agencies/{id}", "get"), "id");
        assertEquals("int64", id.at("/schema/format").asText());
        // the method does not bind {code}; OpenAPI still needs it declared
        JsonNode history = parameter(op(PROCEDURES + "/{code}/history", "get"), "code");
        assertTrue(history.path("required").asBoolean());
    }

    @Test
    public void beanParamIsExpanded() {
        JsonNode search = op(PROCEDURES + "/search", "get");
        assertEquals(List.of("page", "q", "size", "sort", "X-Request-Id"), parameterNames(search));
        assertEquals(0, parameter(search, "page").at("/schema/default").asInt());
        assertEquals("array", parameter(search, "sort").at("/schema/type").asText());
        assertEquals("header", parameter(search, "X-Request-Id").path("in").asText());
        assertFalse(search.has("requestBody"));
    }

    @Test
    public void requestBodies() {
        JsonNode create = op(PROCEDURES, "post").get("requestBody");
        assertTrue(create.path("required").asBoolean());
        assertEquals("#/components/schemas/CreateProcedureRequest",
            create.at("/content/application~1json/schema/$ref").asText());
        assertEquals("{\"text/csv\":{\"schema\":{\"type\":\"string\"}}}",
            op(PROCEDURES + "/import", "post").at("/requestBody/content").toString());
        assertEquals("{\"application/octet-stream\":{\"schema\":{\"type\":\"string\",\"format\":\"binary\"}}}",
            op(PROCEDURES + "/{code}/attachments", "post").at("/requestBody/content").toString());
        JsonNode patch = op(PROCEDURES + "/{code}", "patch").at("/requestBody/content/application~1merge-patch+json/schema");
        assertEquals("object", patch.path("type").asText());
        assertTrue(patch.has("additionalProperties"));
        assertEquals("#/components/schemas/ProcedureDto",
            op(PROCEDURES + "/{code}", "put").at("/requestBody/content/application~1json/schema/$ref").asText());
        assertFalse(op(PROCEDURES + "/{code}", "get").has("requestBody"));
    }

    @Test
    public void successResponses() {
        assertEquals("#/components/schemas/PageOfProcedureDto",
            op(PROCEDURES, "get").at("/responses/200/content/application~1json/schema/$ref").asText());
        JsonNode created = op(PROCEDURES, "post").get("responses");
        assertFalse(created.has("200"));
        assertEquals("Created", created.at("/201/description").asText());
        assertEquals("#/components/schemas/ProcedureDto", created.at("/201/content/application~1json/schema/$ref").asText());
        JsonNode deleted = op(PROCEDURES + "/{code}", "delete").get("responses");
        assertEquals("{\"description\":\"No Content\"}", deleted.get("204").toString());
        assertFalse(deleted.has("200"));
        assertFalse(op(PROCEDURES + "/{code}", "head").at("/responses/200").has("content"));
        assertEquals("#/components/schemas/PageOfStepDto",
            op(PROCEDURES + "/{code}/steps", "get").at("/responses/200/content/application~1json/schema/$ref").asText());
        JsonNode summaries = op(PROCEDURES + "/by-agency", "get").at("/responses/200/content/application~1json/schema");
        assertEquals("array", summaries.path("type").asText());
        assertEquals("#/components/schemas/ProcedureResource_Summary", summaries.at("/items/$ref").asText());
        // generic base class resolved against the subclass; annotations inherited from an interface
        assertEquals("#/components/schemas/AgencyDto",
            op("/agencies/{id}", "get").at("/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/HealthDto",
            op("/health", "get").at("/responses/200/content/application~1json/schema/$ref").asText());
        assertTrue(op(PROCEDURES + "/legacy", "get").path("deprecated").asBoolean());
        JsonNode update = op("/agencies/{id}", "put"); // override of update(T) inherits the annotations
        assertEquals("#/components/schemas/AgencyDto", update.at("/requestBody/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/AgencyDto", update.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("int64", parameter(update, "id").at("/schema/format").asText());
    }

    @Test
    public void sameVerbAndPathWithTwoMediaTypesIsOneOperation() {
        JsonNode export = op(PROCEDURES + "/export", "get");
        assertEquals("ProcedureResource_exportCsv", export.path("operationId").asText());
        JsonNode content = export.at("/responses/200/content");
        assertEquals(List.of("text/csv", "application/json"), names(content));
        assertEquals("{\"type\":\"string\"}", content.at("/text~1csv/schema").toString());
        assertEquals("#/components/schemas/ProcedureDto", content.at("/application~1json/schema/items/$ref").asText());
        assertEquals(List.of("status", "pretty"), parameterNames(export));
    }

    @Test
    public void everyOperationDocumentsProblemResponses() {
        for (JsonNode op : operations(doc)) {
            String id = op.path("operationId").asText();
            JsonNode responses = op.get("responses");
            for (String status : List.of("400", "404", "500")) {
                assertEquals(id + " " + status, PROBLEM_REF,
                    responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText());
                assertFalse(responses.at("/" + status + "/description").asText().isEmpty());
            }
        }
        assertFalse(op(PROCEDURES, "get").at("/responses").has("409"));
        assertFalse(op(PROCEDURES + "/{code}", "head").at("/responses").has("409"));
        assertEquals(PROBLEM_REF, op(PROCEDURES, "post").at("/responses/409/content/application~1problem+json/schema/$ref").asText());
        assertTrue(op(PROCEDURES + "/{code}", "delete").at("/responses").has("409"));
        assertTrue(op(PROCEDURES + "/{code}", "patch").at("/responses").has("409"));
    }

    @Test
    public void problemSchemaDocumentsTheWireShapeOfFieldErrors() {
        JsonNode problem = schema("Problem");
        assertEquals(List.of("type", "title", "status", "detail", "instance", "code", "requestId", "errors"),
            names(problem.get("properties")));
        assertEquals("integer", problem.at("/properties/status/type").asText());
        assertEquals("#/components/schemas/FieldError", problem.at("/properties/errors/items/$ref").asText());
        assertEquals("[\"type\",\"title\",\"status\",\"code\"]", problem.get("required").toString());
        JsonNode fieldError = schema("FieldError");
        assertEquals(List.of("field", "code", "message"), names(fieldError.get("properties")));
        assertEquals("[\"field\",\"code\",\"message\"]", fieldError.get("required").toString());
        // a DTO that embeds the Java record gets the record's own shape under a qualified name
        JsonNode record = schema("vn.motcua.platform.api.error.FieldError");
        assertEquals(List.of("field", "code", "messageVi", "messageEn"), names(record.get("properties")));
        assertEquals("#/components/schemas/vn.motcua.platform.api.error.FieldError",
            schema("ImportResult").at("/properties/rejected/items/$ref").asText());
    }

    @Test
    public void recordSchemaFollowsJacksonAnnotations() {
        JsonNode dto = schema("ProcedureDto");
        assertEquals("object", dto.path("type").asText());
        assertEquals(List.of("code", "name", "effectiveFrom", "status", "steps", "processingDays", "fee_vnd", "labels",
            "maxApplicants", "keywords", "agency", "stepCount"), names(dto.get("properties")));
        // @JsonProperty(required = true) and primitives
        assertEquals("[\"code\",\"processingDays\",\"stepCount\"]", dto.get("required").toString());
        JsonNode p = dto.get("properties");
        assertEquals("{\"type\":\"string\",\"format\":\"date\"}", p.get("effectiveFrom").toString());
        assertEquals("{\"$ref\":\"#/components/schemas/ProcedureStatus\"}", p.get("status").toString());
        assertEquals("#/components/schemas/StepDto", p.at("/steps/items/$ref").asText());
        assertEquals("number", p.at("/fee_vnd/type").asText());
        assertEquals("{\"type\":\"string\"}", p.at("/labels/additionalProperties").toString());
        // Optional<Integer>: the content type; an empty Optional is written as null under NON_NULL
        assertEquals("{\"type\":\"integer\",\"format\":\"int32\",\"nullable\":true}", p.get("maxApplicants").toString());
        assertTrue(p.at("/keywords/uniqueItems").asBoolean());
        // a description next to a $ref would be ignored by OpenAPI 3.0: wrapped in allOf
        assertEquals("{\"allOf\":[{\"$ref\":\"#/components/schemas/AgencyRef\"}],\"description\":\"Agency in charge\"}",
            p.get("agency").toString());
        assertTrue(p.at("/stepCount/readOnly").asBoolean());
        assertEquals("{\"type\":\"string\",\"enum\":[\"DRAFT\",\"ACTIVE\",\"retired\"]}", schema("ProcedureStatus").toString());
    }

    @Test
    public void pojoSchemaSeparatesReadAndWriteOnlyProperties() {
        JsonNode request = schema("CreateProcedureRequest");
        JsonNode p = request.get("properties");
        assertEquals(List.of("code", "name", "processingDays", "steps", "displayName", "password"), names(p));
        assertTrue(p.at("/displayName/readOnly").asBoolean());
        assertTrue(p.at("/password/writeOnly").asBoolean());
        assertFalse(p.at("/code").has("readOnly"));
        assertEquals("[\"processingDays\"]", request.get("required").toString());
    }

    @Test
    public void recursiveTypesReferenceThemselves() {
        JsonNode step = schema("StepDto");
        assertEquals("#/components/schemas/StepDto", step.at("/properties/subSteps/items/$ref").asText());
        assertEquals("date-time", step.at("/properties/updatedAt/format").asText());
        assertEquals("[\"order\"]", step.get("required").toString());
    }

    @Test
    public void pageOfTIsNamedAfterItsArgument() {
        JsonNode page = schema("PageOfProcedureDto");
        assertEquals(List.of("items", "page", "size", "totalItems", "totalPages"), names(page.get("properties")));
        assertEquals("array", page.at("/properties/items/type").asText());
        assertEquals("#/components/schemas/ProcedureDto", page.at("/properties/items/items/$ref").asText());
        assertEquals("int32", page.at("/properties/page/format").asText());
        assertEquals("int64", page.at("/properties/totalItems/format").asText());
        assertEquals("[\"page\",\"size\",\"totalItems\",\"totalPages\"]", page.get("required").toString());
        assertEquals("int64", page.at("/properties/totalPages/format").asText());
        assertEquals("#/components/schemas/StepDto", schema("PageOfStepDto").at("/properties/items/items/$ref").asText());
    }

    @Test
    public void sameSimpleNamesAreQualifiedDeterministically() {
        assertEquals(List.of("AgencyDto", "AgencyRef", "AgencyResource_Summary", "CreateProcedureRequest", "FieldError",
            "HealthDto", "ImportResult", "PageOfProcedureDto", "PageOfStepDto", "Problem", "ProcedureDto",
            "ProcedureResource_Summary", "ProcedureStatus", "StepDto", "vn.motcua.platform.api.error.FieldError",
            "vn.motcua.platform.rest.openapi.sample.a.Note", "vn.motcua.platform.rest.openapi.sample.b.Note"),
            names(doc.at("/components/schemas")));
        assertTrue(schema("AgencyResource_Summary").at("/properties").has("id"));
        assertTrue(schema("ProcedureResource_Summary").at("/properties").has("count"));
        assertTrue(schema("vn.motcua.platform.rest.openapi.sample.b.Note").at("/properties").has("priority"));
        assertEquals("#/components/schemas/vn.motcua.platform.rest.openapi.sample.a.Note",
            op("/notes/legal", "get").at("/responses/200/content/application~1json/schema/$ref").asText());
        // a type alone keeps its simple name even if another run would have had a clash
        ObjectNode alone = new OpenApiGenerator(Samples.serverMapper())
            .generate(Samples.INFO, List.of(vn.motcua.platform.rest.openapi.sample.AgencyResource.class));
        assertTrue(alone.at("/components/schemas").has("Summary"));
    }

    @Test
    public void outputIsDeterministic() throws Exception {
        ObjectMapper writer = new ObjectMapper();
        String first = writer.writeValueAsString(doc);
        assertEquals(first, writer.writeValueAsString(Samples.generate()));
        List<Class<?>> shuffled = new ArrayList<>(Samples.RESOURCES);
        Collections.reverse(shuffled);
        shuffled.add(ProcedureResource.class); // duplicates do not matter either
        ObjectNode again = new OpenApiGenerator(Samples.serverMapper()).generate(Samples.INFO, shuffled);
        assertEquals(first, writer.writeValueAsString(again));
        List<String> schemaNames = names(doc.at("/components/schemas"));
        List<String> sorted = new ArrayList<>(schemaNames);
        Collections.sort(sorted);
        assertEquals(sorted, schemaNames);
    }

    @Test
    public void generatedDocumentPassesTheStructuralChecks() {
        assertEquals(List.of(), OpenApiChecks.problems(doc));
    }

    @Test
    public void nullableFollowsTheMappersInclusion() {
        ObjectMapper writesNulls = Samples.serverMapper().setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);
        ObjectNode withNulls = new OpenApiGenerator(writesNulls).generate(Samples.INFO, Samples.RESOURCES);
        JsonNode p = withNulls.at("/components/schemas/ProcedureDto/properties");
        assertTrue(p.at("/name/nullable").asBoolean());
        assertFalse(p.at("/processingDays").has("nullable"));
        assertEquals("{\"allOf\":[{\"$ref\":\"#/components/schemas/ProcedureStatus\"}],\"nullable\":true}",
            p.get("status").toString());
        assertEquals(List.of(), OpenApiChecks.problems(withNulls));
        // the server's NON_NULL: only the Optional can be null
        JsonNode nonNull = schema("ProcedureDto").get("properties");
        List<String> nullable = new ArrayList<>();
        nonNull.properties().forEach(e -> {
            if (e.getValue().has("nullable")) {
                nullable.add(e.getKey());
            }
        });
        assertEquals(List.of("maxApplicants"), nullable);
    }

    @Test
    public void schemasFollowTheMappersConfiguration() {
        ObjectMapper snakeAndTimestamps = Samples.serverMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        ObjectNode other = new OpenApiGenerator(snakeAndTimestamps).generate(Samples.INFO, List.of(ProcedureResource.class));
        JsonNode p = other.at("/components/schemas/ProcedureDto/properties");
        assertTrue(p.has("processing_days"));
        assertTrue(p.has("fee_vnd"));
        assertFalse(p.has("processingDays"));
        assertEquals("{\"type\":\"array\",\"items\":{\"type\":\"integer\",\"format\":\"int32\"}}",
            p.get("effective_from").toString());
        // parameters are still converted by JAX-RS from ISO strings
        assertEquals("date", other.at(pointer(PROCEDURES) + "/get/parameters/5/schema/format").asText());
    }

    @Test
    public void noResourcesStillGivesAValidDocument() {
        ObjectNode empty = new OpenApiGenerator(Samples.serverMapper())
            .generate(new OpenApiInfo("T", "0", null, null), List.of(ProcedureDto.class, String.class));
        assertEquals("{}", empty.get("paths").toString());
        assertFalse(empty.has("servers"));
        assertFalse(empty.has("tags"));
        assertEquals(List.of("FieldError", "Problem"), names(empty.at("/components/schemas")));
        assertEquals(List.of(), OpenApiChecks.problems(empty));
    }

    @Test
    public void aDtoJacksonCannotIntrospectDoesNotBreakTheDocument() {
        ObjectNode withBroken = new OpenApiGenerator(Samples.serverMapper()).generate(Samples.INFO,
            List.of(vn.motcua.platform.rest.openapi.sample.BrokenResource.class, ProcedureResource.class));
        JsonNode broken = withBroken.at("/components/schemas/BrokenDto");
        assertTrue(broken.path("description").asText(), broken.path("description").asText().startsWith("Not documented"));
        assertFalse(broken.has("properties"));
        assertTrue(withBroken.at("/components/schemas/ProcedureDto").has("properties"));
        assertEquals(List.of(), OpenApiChecks.problems(withBroken));
    }

    @Test
    public void pathTemplatesLoseTheirRegex() {
        assertEquals("/a/{code}", PathTemplates.join("/a/", "{code: [A-Z]{2}\\d{1,3}}"));
        assertEquals("/a/{x}/b/{y}", PathTemplates.join("a", "{x : \\{[^/]+\\}}/b/{ y }/"));
        assertEquals("/", PathTemplates.join("/", ""));
        assertEquals(List.of("x", "y"), PathTemplates.variables("/a/{x}/b/{y}"));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static JsonNode op(String path, String method) {
        JsonNode op = doc.at(pointer(path) + "/" + method);
        assertFalse(method + " " + path + " missing", op.isMissingNode());
        return op;
    }

    private static JsonNode parameter(JsonNode op, String name) {
        for (JsonNode p : op.path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + op.path("operationId"));
    }

    private static List<String> parameterNames(JsonNode op) {
        List<String> names = new ArrayList<>();
        op.path("parameters").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    private static JsonNode schema(String name) {
        JsonNode schema = doc.at("/components/schemas/" + name.replace("~", "~0").replace("/", "~1"));
        assertNotNull(schema);
        assertFalse("no schema " + name, schema.isMissingNode());
        return schema;
    }

    static List<JsonNode> operations(JsonNode document) {
        List<JsonNode> result = new ArrayList<>();
        document.path("paths").forEach(item -> item.forEach(result::add));
        return result;
    }

    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String pointer(String path) {
        return "/paths/" + path.replace("~", "~0").replace("/", "~1");
    }
}
