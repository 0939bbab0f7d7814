package vn.motcua.documents.api;

/**
 * One thing the applicant must add or correct.
 *
 * @param componentName the document or content concerned (e.g. "Bản vẽ thiết kế mặt bằng")
 * @param reason        what is wrong or missing and what to do
 */
public record MissingItem(String componentName, String reason) {
}
