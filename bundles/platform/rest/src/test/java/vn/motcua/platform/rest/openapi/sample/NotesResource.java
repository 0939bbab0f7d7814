package vn.motcua.platform.rest.openapi.sample;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import vn.motcua.platform.rest.openapi.sample.a.Note;

/** Two top-level classes with the same simple name; no @Produces anywhere (defaults to JSON). */
@Path("notes")
public class NotesResource {
    @GET
    @Path("legal")
    public Note legal() {
        return null;
    }

    @GET
    @Path("internal")
    public vn.motcua.platform.rest.openapi.sample.b.Note internal() {
        return null;
    }
}
