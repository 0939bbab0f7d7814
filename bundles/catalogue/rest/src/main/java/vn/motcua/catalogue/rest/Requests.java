package vn.motcua.catalogue.rest;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.UriBuilder;

import vn.motcua.platform.api.error.ValidationException;

/**
 * Checks of the HTTP shape of a request shared by the catalogue resources: a body is present, a code given both in
 * the path and in the body agrees. Catalogue rules are not checked here; the services own them.
 */
final class Requests {
    private Requests() {
    }

    /** The body, or a 400 naming {@code body}: JAX-RS hands an empty JSON body to the method as {@code null}. */
    static <T> T body(T body) {
        if (body == null) {
            throw ValidationException.of("body", "required", "Thiếu nội dung yêu cầu (JSON)",
                "the request body (JSON) is required");
        }
        return body;
    }

    /**
     * The code addressed by the path, after checking that the body names the same one or none; a body may leave the
     * code out because the path already says it.
     *
     * @param field the body field, named in the 400 when the codes differ
     */
    static String sameCode(String field, String inPath, String inBody) {
        if (inBody != null && !inBody.isBlank() && !inBody.strip().equals(inPath)) {
            throw ValidationException.of(field, "mismatch",
                "Mã '" + inBody + "' khác với mã trên đường dẫn '" + inPath + "'",
                "code '" + inBody + "' differs from the code in the path '" + inPath + "'");
        }
        return inPath;
    }

    /** {@code ?q=} means "no filter", not "match the empty text". */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A {@code Location} relative to the API base ({@code agencies/X}): CXF resolves it against the base URI of the
     * request, so the header is absolute on the wire while the resources need no {@code UriInfo}. Values are encoded.
     */
    static URI location(String template, Object... values) {
        return UriBuilder.fromPath(template).build(values);
    }

    /** The sort whitelist in a fixed order, so the "allowed: [...]" of a 400 reads the same every time. */
    static Set<String> sortable(String... properties) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(properties)));
    }
}
