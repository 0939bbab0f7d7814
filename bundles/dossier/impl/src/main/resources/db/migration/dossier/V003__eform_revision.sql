-- The e-form revision (cat_eform.revision of the dossier's procedure) the online form data was checked against when
-- the dossier was submitted; NULL when nothing was checked (no e-form published, counter intake, older dossiers).
ALTER TABLE dossier ADD COLUMN eform_revision INTEGER;
