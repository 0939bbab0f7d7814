package vn.motcua.platform.api.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only audit trail. Records are chained by hash so that an edited or deleted row is detected. Writing a
 * record joins the caller's transaction when there is one, so the record and the change it describes commit together.
 */
@ProviderType
public interface AuditLog {
    void record(AuditRecord record);
}
