package vn.motcua.platform.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the success response of a resource method for the OpenAPI document.
 *
 * <p>Needed because a method returning {@link javax.ws.rs.core.Response} hides its entity type from reflection, and
 * because the status of a success other than 200/204 (e.g. 201 for a creation) is only known at run time. Without
 * this annotation a {@code Response} method is documented as status 200 with an unconstrained schema {@code {}}.
 * It may also be put on a method with a typed return value to override the status.
 *
 * <pre>{@code
 * @POST
 * @ResponseType(value = ProcedureDto.class, status = 201)
 * public Response create(CreateProcedure body) { ... }
 *
 * @GET
 * @ResponseType(value = ProcedureDto.class, container = ResponseType.Container.PAGE)
 * public Response list(...) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResponseType {
    /** The entity type; {@code Void.class} (the default) documents a response without a body. */
    Class<?> value() default Void.class;

    /** The HTTP status of the success response. */
    int status() default 200;

    /** How {@link #value()} is wrapped in the body. */
    Container container() default Container.NONE;

    /** Shape of the response body around the entity type. */
    enum Container {
        /** The body is one {@code value}. */
        NONE,
        /** The body is a JSON array of {@code value}. */
        LIST,
        /** The body is a {@link vn.motcua.platform.api.paging.Page} of {@code value} (schema {@code PageOf<Value>}). */
        PAGE
    }
}
