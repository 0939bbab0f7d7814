package vn.motcua.catalogue.api;

import java.time.Instant;
import java.util.List;

/**
 * Biểu mẫu điện tử: one immutable revision of a procedure's e-form — the fields an applicant fills in online and the
 * limits on the files attached. Revisions count 1, 2, 3… per procedure; a dossier records the revision it was checked
 * against. Kept apart from {@link ProcedureVersion}: the form changes with the portal, the procedure with a decision.
 *
 * @param attachments the procedure's limits on attached files, or null when only the global limits apply
 * @param publishedBy the display name of who published it
 */
public record EForm(String procedureCode, int revision, List<FormField> fields, AttachmentPolicy attachments,
                    Instant publishedAt, String publishedBy) {
}
