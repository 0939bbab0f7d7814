package vn.motcua.identity.rest;

import java.net.URI;
import java.util.Locale;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.UriBuilder;

import vn.motcua.platform.api.error.UnauthorizedException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.security.CallerContext;

/** The HTTP shape of identity requests: bodies present, the bearer token, the client address. */
final class Requests {
    private static final String BEARER = "bearer ";

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
     * The token of {@code Authorization: Bearer …}. The REST filter has already authenticated it for the operations
     * that need it; the services check it again, so nothing here trusts it.
     */
    static String bearer(HttpHeaders headers) {
        String value = headers == null ? null : headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (value == null || value.length() <= BEARER.length()
            || !value.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            throw new UnauthorizedException("invalid-token", "Thiếu mã phiên (Authorization: Bearer …)",
                "Missing session token (Authorization: Bearer …)");
        }
        return value.substring(BEARER.length()).strip();
    }

    /** Where the request came from, as the REST filter recorded it on the (possibly anonymous) caller. */
    static String clientAddress() {
        return CallerContext.current().clientAddress();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A {@code Location} relative to the API base; CXF makes it absolute on the wire. Values are encoded. */
    static URI location(String template, Object... values) {
        return UriBuilder.fromPath(template).build(values);
    }
}
