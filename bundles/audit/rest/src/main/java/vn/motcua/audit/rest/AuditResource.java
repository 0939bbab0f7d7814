package vn.motcua.audit.rest;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.api.AuditQuery;
import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.audit.api.SealStatus;
import vn.motcua.audit.api.VerificationReport;
import vn.motcua.platform.api.audit.AuditRecord.Outcome;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.rest.ApiTag;
import vn.motcua.platform.api.rest.ResponseType;
import vn.motcua.platform.api.rest.RestResource;
import vn.motcua.platform.api.security.Access;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * {@code /audit}: nhật ký kiểm tra. Supervisors and provincial operators read everything; the police auditor reads
 * population-database lookups only (the service confines the query, and refuses another category with 403). Every
 * read is recorded by the service as {@code audit.read}.
 *
 * <p>{@code from}/{@code to} accept a date ({@code 2025-07-01}: from the start of that day / up to and including that
 * day, Vietnamese time), a local date-time ({@code 2025-07-01T08:30}, Vietnamese time) or an instant with offset
 * ({@code 2025-07-01T08:30:00+07:00}, {@code …Z}): people type dates, programs send instants.
 *
 * <p>The CSV export streams and starts with a UTF-8 byte order mark (for Excel). Its scope is checked before the
 * first byte, so a refusal is a proper 403 and not a broken download; the caller is carried into the streaming
 * callback because the REST layer clears it when the resource method returns.
 */
@Component(service = RestResource.class)
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@ApiTag(value = "audit", description = "Nhật ký kiểm tra: tra cứu, xuất CSV, kiểm tra chuỗi băm / "
    + "Audit trail: search, CSV export, hash-chain verification")
public class AuditResource implements RestResource {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String TEXT_CSV = "text/csv";
    static final MediaType CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8.name());
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Reference
    AuditTrailService trail;

    /** Dates the export file name in the province's calendar. Replaced by tests. */
    Clock clock = Clock.system(ZONE);

    @GET
    @Access({Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR, Role.POLICE_AUDITOR})
    @ApiTag("Tra cứu nhật ký kiểm tra (công an: chỉ nhật ký tra cứu CSDL dân cư) / "
        + "Search the audit trail (police auditor: population-database lookups only)")
    @ResponseType(value = AuditEntry.class, container = ResponseType.Container.PAGE)
    public Page<AuditEntry> search(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("actorId") String actorId, @QueryParam("action") String action,
                                   @QueryParam("targetType") String targetType,
                                   @QueryParam("targetId") String targetId, @QueryParam("outcome") Outcome outcome,
                                   @QueryParam("category") String category,
                                   @QueryParam("personalData") Boolean personalData,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                   @QueryParam("sort") List<String> sort) {
        PageRequest request = PageRequest.parse(page, size, sort, AuditTrailService.SORT_PROPERTIES,
            AuditTrailService.DEFAULT_SORT);
        return trail.search(query(from, to, actorId, action, targetType, targetId, outcome, category, personalData),
            request);
    }

    @GET
    @Path("/export.csv")
    @Produces(TEXT_CSV)
    @Access({Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR, Role.POLICE_AUDITOR})
    @ApiTag("Xuất nhật ký kiểm tra ra CSV (UTF-8 có BOM, mở được bằng Excel) / "
        + "Export the audit trail as CSV (UTF-8 with BOM, opens in Excel)")
    @ResponseType(String.class)
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("actorId") String actorId, @QueryParam("action") String action,
                           @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
                           @QueryParam("outcome") Outcome outcome, @QueryParam("category") String category,
                           @QueryParam("personalData") Boolean personalData) {
        AuditQuery query = trail.restrictToCaller(query(from, to, actorId, action, targetType, targetId, outcome,
            category, personalData));
        Caller caller = CallerContext.current();
        StreamingOutput body = out -> {
            out.write(UTF8_BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CallerContext.callAs(caller, () -> {
                trail.export(query, writer);
                return null;
            });
            writer.flush();
        };
        String file = "motcua-audit-" + LocalDate.now(clock) + ".csv";
        return Response.ok(body, CSV_UTF8)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
            .build();
    }

    @GET
    @Path("/status")
    @Access({Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR})
    @ApiTag("Đầu chuỗi băm và số bản ghi chưa niêm phong / Hash-chain head and records not yet sealed")
    public SealStatus status() {
        return trail.status();
    }

    /** POST: a verification is an action (it is recorded and may take a while), not a cacheable read. */
    @POST
    @Path("/verify")
    @Access({Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR})
    @ApiTag("Kiểm tra chuỗi băm của nhật ký (mặc định: toàn bộ) / Verify the audit hash chain (default: all of it)")
    public VerificationReport verify(@QueryParam("from") Long from, @QueryParam("to") Long to) {
        return trail.verify(from, to);
    }

    /** The filters of a request; a window that ends before it starts is refused here, before a download begins. */
    static AuditQuery query(String from, String to, String actorId, String action, String targetType,
                            String targetId, Outcome outcome, String category, Boolean personalData) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ValidationException.of("to", "before-from", "Thời điểm kết thúc phải sau thời điểm bắt đầu",
                "'to' must be after 'from'");
        }
        return new AuditQuery(start, end, blankToNull(actorId), blankToNull(action), blankToNull(targetType),
            blankToNull(targetId), outcome, blankToNull(category), personalData);
    }

    /**
     * A point in time from a query parameter; null when absent.
     *
     * @param endOfDay whether a bare date means the end of that day (for {@code to}, which is exclusive)
     */
    static Instant instant(String field, String raw, boolean endOfDay) {
        String v = blankToNull(raw);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
            }
            if (v.endsWith("Z") || v.endsWith("z") || v.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(v).toInstant();
            }
            return LocalDateTime.parse(v).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "bad-date-time", "Thời điểm '" + v + "' phải có dạng 2025-07-01, "
                + "2025-07-01T08:30 hoặc 2025-07-01T08:30:00+07:00", "'" + v + "' must look like 2025-07-01, "
                + "2025-07-01T08:30 or 2025-07-01T08:30:00+07:00");
        }
    }

    /** {@code ?actorId=} means "no filter", not "match the empty text". */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
