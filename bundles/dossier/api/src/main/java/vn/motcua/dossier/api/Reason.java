package vn.motcua.dossier.api;

/** The reason of a refusal, withdrawal or other decision, as the applicant will read it. */
public record Reason(String reason) {
}
