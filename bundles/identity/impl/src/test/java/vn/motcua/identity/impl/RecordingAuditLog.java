package vn.motcua.identity.impl;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.security.CallerContext;

/** Keeps every audit record with whether a transaction was open when it was written, who and from which address. */
final class RecordingAuditLog implements AuditLog {
    record Entry(AuditRecord record, boolean inTransaction, String clientAddress, String actorId) {
    }

    final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final BooleanSupplier inTransaction;

    RecordingAuditLog(BooleanSupplier inTransaction) {
        this.inTransaction = inTransaction;
    }

    @Override
    public void record(AuditRecord record) {
        entries.add(new Entry(record, inTransaction.getAsBoolean(), CallerContext.current().clientAddress(),
            CallerContext.current().accountId()));
    }

    List<Entry> of(String action) {
        return entries.stream().filter(e -> e.record().action().equals(action)).toList();
    }

    List<Entry> of(String action, AuditRecord.Outcome outcome) {
        return entries.stream().filter(e -> e.record().action().equals(action) && e.record().outcome() == outcome)
            .toList();
    }
}
