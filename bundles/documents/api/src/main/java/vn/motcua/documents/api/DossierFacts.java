package vn.motcua.documents.api;

/**
 * What every notice about one dossier carries: the rule set, the issuer, the dossier code, the applicant, the
 * request and the lookup link printed as a QR code.
 *
 * @param regime        the rule set in force when the dossier was received ({@link LegalRegime#forReceipt})
 * @param issuer        agency and counter
 * @param dossierCode   mã số hồ sơ, e.g. {@code 000.00.06.H56-250715-0001}; the same on every notice of the dossier
 * @param applicant     who submitted the dossier
 * @param procedureName the request (nội dung yêu cầu giải quyết), usually the procedure's published name
 * @param procedureCode the procedure's national code (e.g. {@code 1.009994}); optional
 * @param lookupUrl     absolute http(s) link to the public status lookup of this dossier, encoded in the QR code
 */
public record DossierFacts(LegalRegime regime, Issuer issuer, String dossierCode, Applicant applicant,
                           String procedureName, String procedureCode, String lookupUrl) {
}
