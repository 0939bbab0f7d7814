package vn.motcua.connectors.oidc;

/**
 * A login button of the portal: {@code GET /api/v1/auth/oidc/{id}/authorize} starts the login.
 *
 * @param id     provider id in the URLs
 * @param name   display name (Vietnamese)
 * @param nameEn display name (English)
 */
public record ProviderInfo(String id, String name, String nameEn) {
}
