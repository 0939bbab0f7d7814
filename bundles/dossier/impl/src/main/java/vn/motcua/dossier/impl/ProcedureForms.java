package vn.motcua.dossier.impl;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.motcua.catalogue.api.AttachmentPolicy;
import vn.motcua.catalogue.api.EForm;
import vn.motcua.catalogue.api.EFormCheck;
import vn.motcua.catalogue.api.EFormService;
import vn.motcua.storage.api.BlobRequest;
import vn.motcua.storage.api.ContentType;

/**
 * What a procedure's e-form (catalogue {@link EFormService}) asks of a dossier: the server-side check of the online
 * form, and the procedure's limits on attached files on top of the global ones.
 */
final class ProcedureForms {
    /** The form data to store and the e-form revision it was checked against (null when not checked). */
    record Form(String json, Integer revision) {
    }

    private ProcedureForms() {
    }

    /**
     * An online submission is checked against the current e-form and stored normalised; a draft, or a counter or
     * postal intake typed in by staff from paper, keeps the data as given (its size was checked already).
     *
     * @throws vn.motcua.platform.api.error.ValidationException naming {@code formData.<key>}
     */
    static Form form(EFormService eforms, String procedureCode, Map<String, Object> formData, String givenJson,
                     boolean check) {
        if (!check) {
            return new Form(givenJson, null);
        }
        EFormCheck checked = eforms.check(procedureCode, null, formData);
        if (checked.revision() == null) {
            return new Form(givenJson, null);
        }
        return new Form(checked.data().isEmpty() && formData == null ? null : Dossiers.write(checked.data()),
            checked.revision());
    }

    /**
     * The upload limits of a dossier's procedure: the allowed formats of its e-form's attachment policy (else the
     * usual document formats) and the smaller of its size limit and the global one. The revision the dossier was
     * checked against decides; a dossier not yet checked (a draft) follows the current e-form.
     */
    static BlobRequest upload(EFormService eforms, String procedureCode, Integer eformRevision, String fileName,
                              int globalMegabytes) {
        Optional<EForm> form = eformRevision != null ? Optional.of(eforms.revision(procedureCode, eformRevision))
            : eforms.find(procedureCode);
        AttachmentPolicy policy = form.map(EForm::attachments).orElse(null);
        long megabytes = globalMegabytes;
        Set<ContentType> types = ContentType.DOCUMENTS;
        if (policy != null) {
            if (policy.maxMegabytes() != null && policy.maxMegabytes() > 0) {
                megabytes = Math.min(megabytes, policy.maxMegabytes());
            }
            if (policy.allowedTypes() != null && !policy.allowedTypes().isEmpty()) {
                Set<ContentType> allowed = EnumSet.noneOf(ContentType.class);
                for (String name : policy.allowedTypes()) {
                    for (ContentType t : ContentType.values()) {
                        if (t.name().equals(name)) {
                            allowed.add(t);
                        }
                    }
                }
                if (!allowed.isEmpty()) {
                    types = allowed;
                }
            }
        }
        return new BlobRequest(fileName, types, megabytes * 1024L * 1024L);
    }
}
