package vn.motcua.dossier.api;

/** Người được ủy quyền: who handed in the dossier for the applicant, and on what authority. */
public record Representative(String name, String idNumber, String phone, String authorisation) {
}
