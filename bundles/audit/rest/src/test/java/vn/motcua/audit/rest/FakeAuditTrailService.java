package vn.motcua.audit.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.api.AuditQuery;
import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.audit.api.SealStatus;
import vn.motcua.audit.api.VerificationReport;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * Records what the resource asks for. Applies the service's scope rule in its simplest form, so the resource's
 * handling of it (403 before a download starts, the caller carried into streaming) can be checked.
 */
final class FakeAuditTrailService implements AuditTrailService {
    AuditQuery searched;
    PageRequest page;
    AuditQuery exported;
    Caller exportedAs;
    Long verifiedFrom;
    Long verifiedTo;
    int restrictCalls;

    @Override
    public AuditQuery restrictToCaller(AuditQuery query) {
        restrictCalls++;
        Caller caller = CallerContext.current();
        if (caller.has(Role.POLICE_AUDITOR) && !caller.hasAny(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR)) {
            if (query.category() != null && !query.category().equals(POPULATION_LOOKUP)) {
                throw new ForbiddenException("audit-category-forbidden", "công an", "police");
            }
            return query.inCategory(POPULATION_LOOKUP);
        }
        return query;
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        this.searched = query;
        this.page = page;
        return new Page<>(List.of(), page.page(), page.size(), 0);
    }

    @Override
    public void export(AuditQuery query, Writer csv) {
        exported = restrictToCaller(query);
        exportedAs = CallerContext.current();
        try {
            csv.write("position,id\r\n1,a\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public VerificationReport verify(Long fromPosition, Long toPosition) {
        verifiedFrom = fromPosition;
        verifiedTo = toPosition;
        return new VerificationReport(1, 6, 6, true, null, null, "Chuỗi nguyên vẹn", "Chain intact", 0,
            Instant.EPOCH);
    }

    @Override
    public SealStatus status() {
        return new SealStatus(6, "ab".repeat(32), Instant.EPOCH, 1, Instant.EPOCH);
    }
}
