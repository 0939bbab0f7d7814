package vn.motcua.calendar.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.platform.rest.JsonMapper;
import vn.motcua.platform.rest.openapi.OpenApiChecks;
import vn.motcua.platform.rest.openapi.OpenApiGenerator;
import vn.motcua.platform.rest.openapi.OpenApiInfo;

/** The server's own generator over the calendar resource: the published contract is valid and says who may call. */
public class OpenApiDocumentTest {
    private static final ObjectMapper MAPPER = JsonMapper.create();
    private static final JsonNode DOC = new OpenApiGenerator(MAPPER).generate(new OpenApiInfo("MotCua", "1", null,
        "/api/v1"), AccessRulesTest.RESOURCES);

    @Test
    public void theDocumentIsValidAndDescribesTheBodies() {
        assertEquals(List.of(), OpenApiChecks.problems(DOC));
        assertEquals(0, DOC.at("/paths/~1calendar~1due-date/post/security").size());
        assertEquals("[\"PROVINCIAL_OPERATOR\"]",
            DOC.at("/paths/~1calendar~1{province}~1years~1{year}/put/x-motcua-roles").toString());
        String schemas = DOC.at("/components/schemas").toString();
        for (String name : List.of("DueDateRequest", "DueDateAnswer", "CalendarYearView", "CalendarYearInput",
            "WorkingTimeAnswer")) {
            assertTrue(name + " in " + schemas, schemas.contains("\"" + name + "\""));
        }
        assertTrue(DOC.at("/paths/~1calendar~1{province}~1working-time/get/parameters").toString().contains("\"from\""));
    }
}
