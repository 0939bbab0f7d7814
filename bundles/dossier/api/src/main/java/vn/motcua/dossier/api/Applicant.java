package vn.motcua.dossier.api;

/**
 * Người nộp hồ sơ as written on the receipt. For an online dossier it is taken from the logged-in account; at the
 * counter the officer enters it.
 *
 * @param kind     citizen or organisation
 * @param idNumber 12-digit ID number (citizen) or tax code (organisation)
 */
public record Applicant(Kind kind, String idNumber, String name, String address, String phone, String email) {
    public enum Kind { CITIZEN, ORGANISATION }
}
