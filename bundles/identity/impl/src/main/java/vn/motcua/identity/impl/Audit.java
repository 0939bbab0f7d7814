package vn.motcua.identity.impl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;

/**
 * Writes to the audit trail when the audit bundle is there (optional, dynamic reference). Records never carry a
 * password, a password hash or a one-time code; who and from where come from the CallerContext.
 */
final class Audit {
    private static final Logger LOG = LoggerFactory.getLogger(Audit.class);

    private Audit() {
    }

    /** Inside the transaction of the change it describes: a failing audit fails the change (both or neither). */
    static void record(AuditLog log, AuditRecord record) {
        if (log != null) {
            log.record(record);
        }
    }

    /**
     * Outside any transaction, for what is refused (a failed login): the refusal must still be answered with its
     * 401/403, so a failing audit is logged instead of turning it into a 500.
     */
    static void recordRefusal(AuditLog log, AuditRecord record) {
        if (log == null) {
            return;
        }
        try {
            log.record(record);
        } catch (RuntimeException e) {
            LOG.error("Audit record {} {} for {} could not be written", record.action(), record.outcome(),
                record.targetId(), e);
        }
    }
}
