package vn.motcua.audit.rest.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.Test;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.api.AuditQuery;
import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.audit.api.SealStatus;
import vn.motcua.audit.api.VerificationReport;
import vn.motcua.audit.api.VerificationReport.Problem;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;

public class AuditVerifyCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Answers verify with a fixed report (or error) and remembers who asked. */
    private static final class Trail implements AuditTrailService {
        final VerificationReport report;
        final RuntimeException error;
        Caller verifiedAs;
        Long from;
        Long to;

        Trail(VerificationReport report, RuntimeException error) {
            this.report = report;
            this.error = error;
        }

        @Override
        public VerificationReport verify(Long fromPosition, Long toPosition) {
            verifiedAs = CallerContext.current();
            from = fromPosition;
            to = toPosition;
            if (error != null) {
                throw error;
            }
            return report;
        }

        @Override
        public SealStatus status() {
            return new SealStatus(42, "c0ffee", Instant.EPOCH, 0, null);
        }

        @Override
        public AuditQuery restrictToCaller(AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void export(AuditQuery query, Writer csv) {
            throw new UnsupportedOperationException();
        }
    }

    private AuditVerifyCommand command(Trail trail, Long from, Long to) {
        AuditVerifyCommand cmd = new AuditVerifyCommand();
        cmd.trail = trail;
        cmd.from = from;
        cmd.to = to;
        cmd.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        return cmd;
    }

    private String run(Trail trail, Long from, Long to) {
        command(trail, from, to).execute();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void printsAnIntactChainAndRunsAsTheSystem() {
        Trail trail = new Trail(new VerificationReport(1, 42, 42, true, null, null, "Chuỗi nguyên vẹn: 42 bản ghi",
            "Chain intact: 42 records", 3, Instant.parse("2025-07-01T01:00:00Z")), null);
        String text = run(trail, null, null);
        assertTrue(text, text.startsWith("Kết quả / Result: NGUYÊN VẸN / INTACT"));
        assertTrue(text, text.contains("Vị trí / Positions: 1..42"));
        assertTrue(text, text.contains("Chain intact: 42 records"));
        assertTrue(text, text.contains("Chưa niêm phong / Not yet sealed: 3"));
        assertTrue(text, text.contains("Đầu chuỗi / Chain head: 42 c0ffee"));
        assertEquals(Caller.Kind.SYSTEM, trail.verifiedAs.kind());
        assertTrue(trail.verifiedAs.accountId(), trail.verifiedAs.accountId().startsWith("karaf:"));
    }

    @Test
    public void printsWhereAndHowTheChainBreaks() {
        Trail trail = new Trail(new VerificationReport(10, 20, 3, false, 13L, Problem.HASH_MISMATCH,
            "Bản ghi ở vị trí 13 không khớp mã băm", "The record at position 13 does not match its hash", 0,
            Instant.EPOCH), null);
        AuditVerifyCommand.CommandFailure failure = assertThrows("a broken chain fails the command, for scripts",
            AuditVerifyCommand.CommandFailure.class, () -> command(trail, 10L, 20L).execute());
        assertEquals("Nhật ký kiểm tra bị sai lệch ở vị trí 13 (HASH_MISMATCH) / Audit trail broken at position 13",
            failure.getMessage());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("Kết quả / Result: PHÁT HIỆN SAI LỆCH / BROKEN"));
        assertTrue(text, text.contains("Vị trí sai đầu tiên / First broken position: 13 (HASH_MISMATCH)"));
        assertTrue(text, text.contains("Bản ghi ở vị trí 13 không khớp mã băm"));
        assertEquals(Long.valueOf(10), trail.from);
        assertEquals(Long.valueOf(20), trail.to);
    }

    @Test
    public void aBadRangeIsExplainedWithoutAStackTrace() {
        AuditVerifyCommand cmd = command(new Trail(null, ValidationException.of("from", "beyond-head",
            "Chuỗi mới có 5 bản ghi", "the chain has only 5 sealed records")), 9L, null);
        AuditVerifyCommand.CommandFailure e = assertThrows(AuditVerifyCommand.CommandFailure.class, cmd::execute);
        assertEquals("Dữ liệu không hợp lệ / Invalid input: --from: Chuỗi mới có 5 bản ghi / the chain has only 5 "
            + "sealed records", e.getMessage());
        assertEquals(0, e.getStackTrace().length);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
