package vn.motcua.platform.rest.openapi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.motcua.platform.rest.openapi.sample.AgencyResource;
import vn.motcua.platform.rest.openapi.sample.HealthResource;
import vn.motcua.platform.rest.openapi.sample.NotesResource;
import vn.motcua.platform.rest.openapi.sample.ProcedureResource;

/** The sample resources and a mapper configured like the server's. */
final class Samples {
    static final OpenApiInfo INFO = new OpenApiInfo("MotCua API", "1.0.0", "Một cửa điện tử", "/api/v1");
    static final List<Class<?>> RESOURCES = List.of(ProcedureResource.class, AgencyResource.class,
        HealthResource.class, NotesResource.class);

    private Samples() {
    }

    /** JavaTimeModule, ISO dates, NON_NULL: the REST server's configuration. */
    static ObjectMapper serverMapper() {
        return new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
    }

    static ObjectNode generate() {
        return new OpenApiGenerator(serverMapper()).generate(INFO, RESOURCES);
    }

    public static void main(String[] args) throws Exception {
        ObjectNode doc = generate();
        System.out.println(serverMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        System.out.println(OpenApiChecks.problems(doc));
    }
}
