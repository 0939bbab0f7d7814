package vn.motcua.platform.rest.openapi.sample;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Returns a DTO Jackson refuses to introspect (two getters for one property). */
@Path("broken")
public class BrokenResource {
    public static class BrokenDto {
        @JsonProperty("name")
        public String first() {
            return "a";
        }

        @JsonProperty("name")
        public String second() {
            return "b";
        }
    }

    @GET
    public BrokenDto get() {
        return null;
    }
}
