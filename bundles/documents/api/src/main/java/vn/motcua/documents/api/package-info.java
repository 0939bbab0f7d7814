/**
 * Giấy tờ cho người dân — printable PDF notices about a dossier, filled from plain records that do not depend on any
 * entity: the receipt and appointment ({@link ReceiptData}, Mẫu 01), the supplement request
 * ({@link SupplementRequestData}, Mẫu 02) and the refusal ({@link RefusalData}, Mẫu 03), laid out after the forms of
 * the {@link LegalRegime} in force when the dossier was received. Produced by {@link DossierDocuments}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.motcua.documents.api;
