package vn.motcua.documents.api;

/**
 * The person or organisation the notice is addressed to.
 *
 * @param name     full name or organisation name (required)
 * @param address  postal address; optional (printed as an empty line when missing, as on a form filled by hand)
 * @param phone    optional
 * @param email    optional
 */
public record Applicant(String name, String address, String phone, String email) {
}
