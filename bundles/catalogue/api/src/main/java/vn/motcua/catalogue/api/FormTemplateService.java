package vn.motcua.catalogue.api;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Form files of procedures. The type is decided from the file's content and name, never from what the client says. */
@ProviderType
public interface FormTemplateService {
    /** A stored file with its bytes. */
    record FormFile(FormTemplate template, byte[] content) {
    }

    /**
     * Stores a form file for the procedure.
     *
     * @throws vn.motcua.platform.api.error.ValidationException naming {@code file} (empty, too large, type not allowed
     *         or content not matching the file name), {@code fileName} or {@code name}
     */
    FormTemplate upload(String procedureCode, String name, String fileName, InputStream content);

    /** Current (not withdrawn) forms of the procedure; all when {@code includeWithdrawn}. */
    List<FormTemplate> list(String procedureCode, boolean includeWithdrawn);

    FormFile download(String procedureCode, String id);

    /** Withdraws a form: it is no longer offered but kept. */
    FormTemplate withdraw(String procedureCode, String id);
}
