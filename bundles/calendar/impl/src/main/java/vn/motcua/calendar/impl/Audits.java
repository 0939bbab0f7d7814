package vn.motcua.calendar.impl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;

/** Audit entries written outside a change's transaction. */
final class Audits {
    private static final Logger LOG = LoggerFactory.getLogger(Audits.class);

    private Audits() {
    }

    /** A refusal is still answered with its 403 when the audit trail fails: the failure is logged instead. */
    static void recordRefusal(AuditLog log, AuditRecord record) {
        try {
            log.record(record);
        } catch (RuntimeException e) {
            LOG.error("Audit record {} {} for {} could not be written", record.action(), record.outcome(),
                record.targetId(), e);
        }
    }
}
