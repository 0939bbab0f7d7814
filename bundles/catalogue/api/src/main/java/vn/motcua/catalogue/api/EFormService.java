package vn.motcua.catalogue.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** E-forms (biểu mẫu điện tử) of procedures: versioned definitions and the server-side check of filled-in forms. */
@ProviderType
public interface EFormService {
    /** Largest number of fields of one e-form. */
    int MAX_FIELDS = 200;

    /**
     * Publishes the next revision of the procedure's e-form.
     *
     * @throws vn.motcua.platform.api.error.ValidationException naming the bad parts of the definition
     *         ({@code fields[3].options}, {@code attachments.allowedTypes[0]}…)
     * @throws vn.motcua.platform.api.error.ConflictException {@code stale-revision} when {@code expectedRevision} is not
     *         the current revision (someone published meanwhile, on this node or another)
     * @throws vn.motcua.platform.api.error.NotFoundException for an unknown procedure
     */
    EForm publish(String procedureCode, EFormInput input);

    /** The current revision; 404 when the procedure has no e-form. */
    EForm current(String procedureCode);

    /** The current revision, if the procedure has an e-form (404 for an unknown procedure). */
    Optional<EForm> find(String procedureCode);

    /** One revision; 404 when there is no such revision. */
    EForm revision(String procedureCode, int revision);

    /** Every revision, oldest first (empty when the procedure has no e-form). */
    List<EForm> revisions(String procedureCode);

    /**
     * Checks filled-in form data against a revision (null: the current one). Unknown keys are refused. When the
     * procedure has no e-form, any map is accepted as it is and the result's revision is null.
     *
     * @throws vn.motcua.platform.api.error.ValidationException one error per bad field, named {@code formData.<key>}
     */
    EFormCheck check(String procedureCode, Integer revision, Map<String, Object> formData);
}
