package vn.motcua.platform.rest.openapi.sample;

import java.util.List;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

/** A @BeanParam with fields and a setter. */
public class ProcedureQuery {
    @QueryParam("q")
    String q;
    @QueryParam("page")
    @DefaultValue("0")
    int page;
    @QueryParam("size")
    @DefaultValue("20")
    int size;
    @QueryParam("sort")
    List<String> sort;
    @Context
    UriInfo uriInfo;
    private String requestId;

    @HeaderParam("X-Request-Id")
    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String requestId() {
        return requestId;
    }
}
