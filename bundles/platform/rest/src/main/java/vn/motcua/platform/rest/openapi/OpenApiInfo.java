package vn.motcua.platform.rest.openapi;

import java.util.Objects;

/**
 * What the OpenAPI document says about the API as a whole; kept apart from the resource classes so the server can
 * fill it from its configuration.
 *
 * @param title       {@code info.title} (required by OpenAPI)
 * @param version     {@code info.version} (required by OpenAPI)
 * @param description {@code info.description}, may be {@code null}
 * @param serverUrl   the single {@code servers[0].url} that every path is relative to, e.g. {@code /api/v1}; may be
 *                    {@code null} to leave {@code servers} out
 */
public record OpenApiInfo(String title, String version, String description, String serverUrl) {
    public OpenApiInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
    }
}
