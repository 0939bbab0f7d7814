package vn.motcua.audit.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.api.AuditQuery;
import vn.motcua.audit.api.AuditTrailService;
import vn.motcua.audit.api.SealStatus;
import vn.motcua.audit.api.VerificationReport;
import vn.motcua.audit.api.VerificationReport.Problem;
import vn.motcua.audit.impl.entity.AuditRecordEntity;
import vn.motcua.audit.impl.entity.ChainHeadEntity;
import vn.motcua.platform.api.audit.AuditLog;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.audit.AuditRecord.Outcome;
import vn.motcua.platform.api.db.MigratedSchema;
import vn.motcua.platform.api.error.Checks;
import vn.motcua.platform.api.error.ForbiddenException;
import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.platform.api.paging.Page;
import vn.motcua.platform.api.paging.PageRequest;
import vn.motcua.platform.api.paging.SortOrder;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * Search, export and verification of the trail. Reads run without a transaction of their own (Supports) and in
 * batches where they may be long (export, verification), so neither a large trail nor a long verification holds
 * memory or locks. Every read and every verification is recorded through {@link AuditLog}.
 */
@Component(service = AuditTrailService.class)
public class AuditTrailServiceImpl implements AuditTrailService {
    static final String TARGET = "audit-trail";
    /** Rows per read of an export or a verification. */
    static final int BATCH = 1000;

    private static final Map<String, String> SORT_COLUMNS = Map.of("recordedAt", "r.recordedAt",
        "position", "r.chainPosition");

    @Reference(target = "(osgi.unit.name=motcua-audit)")
    JpaTemplate jpa;

    @Reference(target = "(" + MigratedSchema.MODULE_PROPERTY + "=audit)")
    MigratedSchema schema;

    @Reference
    AuditLog audit;

    /** Replaced by tests. */
    Clock clock = Clock.systemUTC();

    /** Rows per read of an export or a verification; smaller in tests. */
    int batchSize = BATCH;

    // --- scope -------------------------------------------------------------------------------------------------------

    @Override
    public AuditQuery restrictToCaller(AuditQuery query) {
        AuditQuery q = query == null ? AuditQuery.all() : query;
        Caller caller = CallerContext.current();
        if (caller.kind() == Caller.Kind.SYSTEM || caller.hasAny(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR)) {
            return q;
        }
        if (caller.has(Role.POLICE_AUDITOR)) {
            if (q.category() == null || POPULATION_LOOKUP.equals(q.category())) {
                return q.inCategory(POPULATION_LOOKUP);
            }
            audit.record(AuditRecord.denied(ACTION_READ, TARGET, null, "category " + q.category()
                + " outside the police auditor's scope (" + POPULATION_LOOKUP + ")").personal());
            throw new ForbiddenException("audit-category-forbidden",
                "Cán bộ công an chỉ được xem nhật ký tra cứu cơ sở dữ liệu quốc gia về dân cư (" + POPULATION_LOOKUP
                    + "), không được xem nhóm '" + q.category() + "'",
                "The police auditor may only read population-database lookups (" + POPULATION_LOOKUP
                    + "), not category '" + q.category() + "'");
        }
        audit.record(AuditRecord.denied(ACTION_READ, TARGET, null, "no right to read the audit trail; roles "
            + caller.roles()).personal());
        throw ForbiddenException.outOfScope("nhật ký kiểm tra", "the audit trail");
    }

    // --- search and export -------------------------------------------------------------------------------------------

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        AuditQuery q = restrictToCaller(query);
        validate(q);
        PageRequest p = page == null ? new PageRequest(0, PageRequest.DEFAULT_SIZE, DEFAULT_SORT) : page;
        String order = orderBy(p.sort());
        Where where = where(q);
        Page<AuditEntry> result = jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<Long> count = where.bind(em.createQuery(
                "SELECT COUNT(r) FROM AuditRecordEntity r" + where.jpql(), Long.class));
            TypedQuery<AuditRecordEntity> select = where.bind(em.createQuery(
                "SELECT r FROM AuditRecordEntity r" + where.jpql() + order, AuditRecordEntity.class));
            long total = count.getSingleResult();
            List<AuditEntry> items = select.setFirstResult(p.offset()).setMaxResults(p.size()).getResultList()
                .stream().map(Entries::toDto).toList();
            return new Page<>(items, p.page(), p.size(), total);
        });
        audit.record(AuditRecord.success(ACTION_READ, TARGET, null, "search " + describe(q) + "; page " + p.page()
            + " size " + p.size() + "; " + result.totalItems() + " matching").personal());
        return result;
    }

    @Override
    public void export(AuditQuery query, Writer csv) {
        Objects.requireNonNull(csv, "csv");
        AuditQuery q = restrictToCaller(query);
        validate(q);
        Where where = where(q);
        String jpql = "SELECT r FROM AuditRecordEntity r" + where.jpql() + (where.jpql().isEmpty() ? " WHERE" : " AND")
            + " r.seq > :after ORDER BY r.seq";
        long written = 0;
        try {
            AuditCsv.header(csv);
            long after = Long.MIN_VALUE;
            while (true) {
                long from = after;
                List<AuditRecordEntity> batch = jpa.txExpr(TransactionType.Supports, em ->
                    where.bind(em.createQuery(jpql, AuditRecordEntity.class)).setParameter("after", from)
                        .setMaxResults(batchSize).getResultList());
                for (AuditRecordEntity r : batch) {
                    AuditCsv.entry(csv, Entries.toDto(r));
                    after = r.getSeq();
                    written++;
                }
                if (batch.size() < batchSize) {
                    break;
                }
            }
            csv.flush();
        } catch (IOException | RuntimeException e) {
            audit.record(new AuditRecord(ACTION_READ, Outcome.FAILURE, TARGET, null, "export " + describe(q)
                + " broke off after " + written + " records: " + e, true, "security"));
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
        audit.record(AuditRecord.success(ACTION_READ, TARGET, null, "export " + describe(q) + "; " + written
            + " records").personal());
    }

    /** A JPQL WHERE clause with its parameters, bound to each query that uses it. */
    record Where(String jpql, Map<String, Object> params) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }

    static Where where(AuditQuery q) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.from() != null) {
            conditions.add("r.recordedAt >= :from");
            params.put("from", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            conditions.add("r.recordedAt < :to");
            params.put("to", Timestamp.from(q.to()));
        }
        if (q.actorId() != null) {
            // an account's own actions, also those it did for an organisation
            conditions.add("(r.actorId = :actorId OR r.actingPersonId = :actorId)");
            params.put("actorId", q.actorId());
        }
        equal(conditions, params, "action", q.action());
        equal(conditions, params, "targetType", q.targetType());
        equal(conditions, params, "targetId", q.targetId());
        equal(conditions, params, "outcome", q.outcome() == null ? null : q.outcome().name());
        equal(conditions, params, "category", q.category());
        if (q.personalData() != null) {
            conditions.add("r.personalData = :personalData");
            params.put("personalData", q.personalData());
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static void equal(List<String> conditions, Map<String, Object> params, String property, String value) {
        if (value != null) {
            conditions.add("r." + property + " = :" + property);
            params.put(property, value);
        }
    }

    static void validate(AuditQuery q) {
        if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
            throw ValidationException.of("to", "before-from", "Thời điểm kết thúc phải sau thời điểm bắt đầu",
                "'to' must be after 'from'");
        }
    }

    private static String orderBy(List<SortOrder> sort) {
        List<String> parts = new ArrayList<>();
        for (SortOrder o : sort) {
            String column = SORT_COLUMNS.get(o.property());
            if (column == null) {
                throw ValidationException.of("sort", "unknown-sort", "Không sắp xếp được theo '" + o.property()
                    + "'; cho phép: " + SORT_PROPERTIES, "cannot sort by '" + o.property() + "'; allowed: "
                    + SORT_PROPERTIES);
            }
            parts.add(column + (o.ascending() ? " ASC" : " DESC"));
        }
        boolean ascending = sort.isEmpty() || sort.get(sort.size() - 1).ascending();
        parts.add("r.seq" + (ascending ? " ASC" : " DESC"));
        return " ORDER BY " + String.join(", ", parts);
    }

    /** The filters given, for the audit.read record. */
    static String describe(AuditQuery q) {
        StringJoiner s = new StringJoiner(", ", "[", "]");
        add(s, "from", q.from());
        add(s, "to", q.to());
        add(s, "actorId", q.actorId());
        add(s, "action", q.action());
        add(s, "targetType", q.targetType());
        add(s, "targetId", q.targetId());
        add(s, "outcome", q.outcome());
        add(s, "category", q.category());
        add(s, "personalData", q.personalData());
        return s.toString();
    }

    private static void add(StringJoiner s, String name, Object value) {
        if (value != null) {
            s.add(name + "=" + value);
        }
    }

    // --- verification ------------------------------------------------------------------------------------------------

    @Override
    public VerificationReport verify(Long fromPosition, Long toPosition) {
        Caller caller = CallerContext.current();
        if (caller.kind() != Caller.Kind.SYSTEM && !caller.hasAny(Role.SUPERVISOR, Role.PROVINCIAL_OPERATOR)) {
            audit.record(AuditRecord.denied(ACTION_VERIFY, TARGET, null, "no right to verify the audit trail; roles "
                + caller.roles()));
            throw ForbiddenException.outOfScope("kiểm tra chuỗi nhật ký", "verifying the audit trail");
        }
        Checks checks = new Checks();
        if (fromPosition != null && fromPosition < 1) {
            checks.add("from", "out-of-range", "Vị trí bắt đầu từ 1", "positions start at 1");
        }
        if (toPosition != null && toPosition < 1) {
            checks.add("to", "out-of-range", "Vị trí bắt đầu từ 1", "positions start at 1");
        }
        checks.throwIfAny();
        if (fromPosition != null && toPosition != null && toPosition < fromPosition) {
            throw ValidationException.of("to", "before-from", "Vị trí cuối phải không nhỏ hơn vị trí đầu",
                "'to' must not be below 'from'");
        }
        SealStatus status = status();
        long head = status.lastPosition();
        long from = fromPosition == null ? 1 : fromPosition;
        if (from > Math.max(head, 1)) {
            throw ValidationException.of("from", "beyond-head", "Chuỗi mới có " + head + " bản ghi đã niêm phong",
                "the chain has only " + head + " sealed records");
        }
        long to = toPosition == null ? head : Math.min(toPosition, head);
        VerificationReport report = new Verification(from, to, head, status.lastHash(), status.unsealed()).run();
        audit.record(new AuditRecord(ACTION_VERIFY, report.intact() ? Outcome.SUCCESS : Outcome.FAILURE, TARGET, null,
            "positions " + report.fromPosition() + ".." + report.toPosition() + ": " + (report.intact() ? "intact"
                : "broken at " + report.firstBrokenPosition() + " (" + report.problem() + ")"), false, "security"));
        return report;
    }

    /** One pass over positions {@code from..to}, reading {@link #batchSize} records at a time in position order. */
    private final class Verification {
        private final long from;
        private final long to;
        private final long head;
        private final String headHash;
        private final long unsealed;
        private long checked;

        Verification(long from, long to, long head, String headHash, long unsealed) {
            this.from = from;
            this.to = to;
            this.head = head;
            this.headHash = headHash;
            this.unsealed = unsealed;
        }

        VerificationReport run() {
            String expectedPrev;
            if (from == 1) {
                expectedPrev = AuditChain.GENESIS;
            } else {
                // the record before the range anchors it; its own content is outside what was asked to check
                List<AuditRecordEntity> before = jpa.txExpr(TransactionType.Supports, em -> byPosition(em, from - 1,
                    from - 1, 1));
                if (before.isEmpty()) {
                    return broken(from - 1, Problem.MISSING_POSITION, "Thiếu bản ghi ở vị trí " + (from - 1)
                        + " (đã bị xóa?)", "No record at position " + (from - 1) + " (deleted?)");
                }
                expectedPrev = before.get(0).getHash();
            }
            long next = from;
            while (next <= to) {
                long start = next;
                List<AuditRecordEntity> batch = jpa.txExpr(TransactionType.Supports, em -> byPosition(em, start, to,
                    batchSize));
                if (batch.isEmpty()) {
                    break;
                }
                for (AuditRecordEntity r : batch) {
                    long position = r.getChainPosition();
                    if (position < next) {
                        return broken(position, Problem.DUPLICATE_POSITION, "Hai bản ghi cùng vị trí " + position,
                            "Two records hold position " + position);
                    }
                    if (position > next) {
                        return missing(next);
                    }
                    String recomputed = AuditChain.hash(r, position, r.getPrevHash());
                    if (!recomputed.equals(r.getHash())) {
                        return broken(position, Problem.HASH_MISMATCH, "Bản ghi ở vị trí " + position
                            + " không khớp mã băm: nội dung đã bị sửa (hoặc mã băm bị thay)", "The record at position "
                            + position + " does not match its hash: its content was edited (or its hash replaced)");
                    }
                    if (!Objects.equals(expectedPrev, r.getPrevHash())) {
                        return broken(position, Problem.BROKEN_LINK, "Bản ghi ở vị trí " + position
                            + " không nối với bản ghi trước: bản ghi đã bị thay, đổi chỗ hoặc băm lại",
                            "The record at position " + position + " does not link to its predecessor: a record was "
                                + "replaced, moved or re-hashed");
                    }
                    expectedPrev = r.getHash();
                    checked++;
                    next++;
                }
            }
            if (next <= to) {
                return missing(next);
            }
            if (to == head && head > 0 && !expectedPrev.equals(headHash)) {
                return broken(head, Problem.HEAD_MISMATCH, "Đầu chuỗi không khớp bản ghi cuối (vị trí " + head + ")",
                    "The chain head does not match the last record (position " + head + ")");
            }
            if (to == head) {
                long beyond = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(r) FROM "
                    + "AuditRecordEntity r WHERE r.chainPosition > :head", Long.class).setParameter("head", head)
                    .getSingleResult());
                if (beyond > 0) {
                    return broken(head + 1, Problem.HEAD_MISMATCH, beyond + " bản ghi nằm sau đầu chuỗi (vị trí "
                        + head + "): đầu chuỗi đã bị sửa", beyond + " records lie beyond the chain head (position "
                        + head + "): the head was edited");
                }
            }
            return new VerificationReport(from, to, checked, true, null, null,
                "Chuỗi nguyên vẹn: " + checked + " bản ghi từ vị trí " + from + " đến " + to,
                "Chain intact: " + checked + " records from position " + from + " to " + to, unsealed, clock.instant());
        }

        private VerificationReport missing(long position) {
            return broken(position, Problem.MISSING_POSITION, "Thiếu bản ghi ở vị trí " + position + " (đã bị xóa?)",
                "No record at position " + position + " (deleted?)");
        }

        private VerificationReport broken(long position, Problem problem, String vi, String en) {
            return new VerificationReport(from, to, checked, false, position, problem, vi, en, unsealed,
                clock.instant());
        }
    }

    private static List<AuditRecordEntity> byPosition(EntityManager em, long from, long to, int max) {
        return em.createQuery("SELECT r FROM AuditRecordEntity r WHERE r.chainPosition >= :from "
                + "AND r.chainPosition <= :to ORDER BY r.chainPosition, r.seq", AuditRecordEntity.class)
            .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }

    // --- status ------------------------------------------------------------------------------------------------------

    @Override
    public SealStatus status() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ChainHeadEntity head = em.find(ChainHeadEntity.class, ChainHeadEntity.ID);
            if (head == null) {
                throw new IllegalStateException("audit_chain_head has no row; the audit schema is damaged");
            }
            Object[] unsealed = (Object[]) em.createQuery("SELECT COUNT(r), MIN(r.recordedAt) FROM AuditRecordEntity r "
                + "WHERE r.chainPosition IS NULL").getSingleResult();
            return new SealStatus(head.getLastPosition(), head.getLastHash(), Entries.instant(head.getSealedAt()),
                ((Number) unsealed[0]).longValue(), Entries.instant((Timestamp) unsealed[1]));
        });
    }
}
