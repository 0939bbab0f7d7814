package vn.motcua.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.rest.openapi.OpenApiGenerator;
import vn.motcua.platform.rest.openapi.OpenApiInfo;

/**
 * The OpenAPI 3 document of exactly the resources published now, and a browsable page over it (Swagger UI shipped
 * inside this bundle). Created by {@link RestServer} on every rebuild, so it never describes a removed feature.
 */
@Path("/")
@ApiTag(value = "system", description = "Tình trạng hệ thống / System status")
@Access(anonymous = true)
public class OpenApiResource {
    private static final Map<String, String> DOC_FILES = Map.of(
        "swagger-ui-bundle.js", "application/javascript",
        "swagger-ui.css", "text/css",
        "favicon-32x32.png", "image/png");

    private final String document;

    OpenApiResource(ObjectMapper mapper, OpenApiInfo info, Collection<Class<?>> resourceClasses) {
        List<Class<?>> classes = new java.util.ArrayList<>(resourceClasses);
        classes.add(OpenApiResource.class);
        ObjectNode doc = new OpenApiGenerator(mapper).generate(info, classes);
        try {
            this.document = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (IOException e) {
            throw new IllegalStateException("OpenAPI document could not be written", e);
        }
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @ApiTag("Tài liệu OpenAPI 3 của toàn bộ API / OpenAPI 3 document of the whole API")
    public String openApi() {
        return document;
    }

    @GET
    @Path("docs")
    @Produces(MediaType.TEXT_HTML)
    @ApiTag("Trang tra cứu API / Browsable API page")
    public Response page() {
        return resource("docs/index.html", "text/html; charset=UTF-8");
    }

    @GET
    @Path("docs/{file}")
    @ApiTag("Tệp tĩnh của trang tra cứu API / Static files of the API page")
    public Response docsFile(@PathParam("file") String file) {
        String type = DOC_FILES.get(file);
        if (type == null) {
            throw new NotFoundException();
        }
        return resource("docs/" + file, type);
    }

    private static Response resource(String path, String type) {
        URL url = OpenApiResource.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new NotFoundException();
        }
        try (InputStream in = url.openStream()) {
            return Response.ok(in.readAllBytes(), type).header("Cache-Control", "public, max-age=3600").build();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
