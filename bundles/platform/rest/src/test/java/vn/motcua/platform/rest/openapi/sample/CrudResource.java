package vn.motcua.platform.rest.openapi.sample;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

/** A generic base resource: T must be resolved against the subclass. */
public abstract class CrudResource<T> {
    @GET
    @Path("{id: \\d+}")
    public T get(@PathParam("id") long id) {
        return null;
    }

    /** Overridden without annotations: they are inherited through the erased T parameter. */
    @PUT
    @Path("{id: \\d+}")
    @Consumes("application/json")
    public abstract T update(@PathParam("id") long id, T body);
}
