package vn.motcua.catalogue.rest;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.platform.rest.JsonMapper;
import vn.motcua.platform.rest.openapi.OpenApiGenerator;
import vn.motcua.platform.rest.openapi.OpenApiInfo;

/**
 * Runs the REST server's own OpenAPI generator over the catalogue resources, so the published contract (paths,
 * success statuses, body schemas, media types) is reviewed here when it changes, not discovered by clients.
 */
public class OpenApiDocumentTest {
    private static final ObjectMapper MAPPER = JsonMapper.create();
    private static final JsonNode DOC = new OpenApiGenerator(MAPPER).generate(new OpenApiInfo("MotCua", "1", null,
        "/api/v1"), List.of(AgencyResource.class, SectorResource.class, ProcedureResource.class,
        CatalogueTransferResource.class, EFormResource.class));

    @Test
    public void operationsAndTheirSuccessResponses() {
        List<String> expected = List.of(
            "GET /agencies 200 application/json PageOfAgency",
            "POST /agencies 201 application/json Agency",
            "GET /agencies/tree 200 application/json [AgencyNode]",
            "GET /agencies/{code} 200 application/json Agency",
            "PUT /agencies/{code} 200 application/json Agency",
            "GET /agencies/{code}/history 200 application/json [AgencyEvent]",
            "POST /agencies/{code}/merge 200 application/json MergeResult",
            "POST /agencies/{code}/rename 200 application/json Agency",
            "GET /agencies/{code}/resolve 200 application/json Agency",
            "GET /catalogue/export 200 application/json CatalogueDocument",
            "GET /catalogue/export/{kind}.csv 200 text/csv string",
            "POST /catalogue/import 200 application/json ImportReport",
            "POST /catalogue/import/csv/{kind} 200 application/json ImportReport",
            "GET /procedures 200 application/json PageOfProcedureSummary",
            "POST /procedures 201 application/json ProcedureVersion",
            "GET /procedures/{code} 200 application/json ProcedureVersion",
            "POST /procedures/{code}/abolition 201 application/json ProcedureVersion",
            "POST /procedures/{code}/amendments 201 application/json ProcedureVersion",
            "GET /procedures/{code}/eform 200 application/json EForm",
            "PUT /procedures/{code}/eform 200 application/json EForm",
            "POST /procedures/{code}/eform/check 200 application/json EFormCheck",
            "GET /procedures/{code}/eform/revisions 200 application/json [EForm]",
            "GET /procedures/{code}/eform/revisions/{revision} 200 application/json EForm",
            "GET /procedures/{code}/processes 200 application/json [ProcessDefinition]",
            "POST /procedures/{code}/processes 201 application/json ProcessDefinition",
            "GET /procedures/{code}/processes/{agencyCode} 200 application/json ProcessDefinition",
            "GET /procedures/{code}/processes/{agencyCode}/versions 200 application/json [ProcessDefinition]",
            "GET /procedures/{code}/versions 200 application/json [ProcedureVersion]",
            "GET /procedures/{code}/versions/{version} 200 application/json ProcedureVersion",
            "GET /sectors 200 application/json [Sector]",
            "GET /sectors/{code} 200 application/json Sector",
            "PUT /sectors/{code} 200 application/json Sector");
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
    public void csvImportAcceptsCsvAndPlainText() {
        JsonNode body = DOC.at("/paths/~1catalogue~1import~1csv~1{kind}/post/requestBody/content");
        assertEquals(List.of("text/csv", "text/plain"), fieldNames(body));
    }

    @Test
    public void typedQueryParametersAreDocumentedWithTheirValues() {
        JsonNode parameters = DOC.at("/paths/~1procedures/get/parameters");
        for (JsonNode p : parameters) {
            if (p.get("name").asText().equals("onlineLevel")) {
                assertEquals("[\"FULL\",\"PARTIAL\",\"NONE\"]", p.at("/schema/enum").toString());
            }
            if (p.get("name").asText().equals("asOf")) {
                assertEquals("date", p.at("/schema/format").asText());
            }
        }
        assertEquals(11, parameters.size());
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

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
