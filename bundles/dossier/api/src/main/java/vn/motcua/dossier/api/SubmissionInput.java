package vn.motcua.dossier.api;

import java.util.Map;

/**
 * An online dossier: the procedure (its version in force today is pinned), the agency that handles it, the e-form's
 * fields, and how the result should be delivered. Who the applicant is comes from the logged-in account; the address
 * (for the receipt) from here.
 */
public record SubmissionInput(String procedureCode, String agencyCode, String applicantAddress,
                              Map<String, Object> formData, ResultDelivery delivery, String note) {
}
