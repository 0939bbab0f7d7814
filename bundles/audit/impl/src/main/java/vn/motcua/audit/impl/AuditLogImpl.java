package vn.motcua.audit.impl;

import java.time.Clock;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.audit.impl.entity.AuditRecordEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.security.CallerContext;

/**
 * The write side of the trail, used by every bundle. Recording is a plain INSERT in the caller's transaction
 * ({@code Required}): the record commits with the change it describes or not at all, and no lock or chain work slows
 * the caller down — chaining happens later in {@link AuditSealer}. Called outside a transaction (e.g. to record a
 * failed login whose transaction rolled back) it commits on its own.
 *
 * <p>Failures are not swallowed: an action that cannot be audited must not silently succeed.
 */
@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {
    static final String NEXT_SEQ = "SELECT nextval('audit_seq')";

    @Reference(target = "(osgi.unit.name=motcua-audit)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=audit)")
    MigratedSchema schema;

    /** UTC; replaced by tests. */
    Clock clock = Clock.systemUTC();

    @Override
    public void record(AuditRecord record) {
        AuditRecordEntity entity = Entries.newRecord(record, CallerContext.current(), clock.instant());
        jpa.tx(TransactionType.Required, em -> {
            entity.setSeq(((Number) em.createNativeQuery(NEXT_SEQ).getSingleResult()).longValue());
            em.persist(entity);
        });
    }
}
