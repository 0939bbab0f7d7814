package vn.motcua.catalogue.api;

import java.util.List;

/**
 * What a provincial operator or agency administrator publishes as the next revision of a procedure's e-form.
 *
 * @param expectedRevision the revision the editor started from, 0 when the procedure has no e-form yet: a publication
 *                         based on an older revision than the current one is refused (409) instead of overwriting it
 * @param fields           the fields in display order, at most 200
 * @param attachments      limits on attached files, null for the global ones
 */
public record EFormInput(Integer expectedRevision, List<FormField> fields, AttachmentPolicy attachments) {
}
