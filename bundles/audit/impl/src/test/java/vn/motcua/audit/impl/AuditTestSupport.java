package vn.motcua.audit.impl;

import java.util.List;
import java.util.Set;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;

import org.apache.aries.jpa.template.TransactionType;

import vn.motcua.audit.api.AuditEntry;
import vn.motcua.audit.impl.entity.AuditRecordEntity;
import vn.motcua.platform.api.audit.AuditRecord;
import vn.motcua.platform.api.security.Caller;
import vn.motcua.platform.api.security.CallerContext;
import vn.motcua.platform.api.security.Role;

/**
 * One migrated database and wired audit components per test class (H2, or PostgreSQL when {@code MOTCUA_TEST_DB_URL}
 * is set); every test starts from an empty trail, as the system itself.
 */
public abstract class AuditTestSupport {
    static final Caller SUPERVISOR = staff("u-sup", "Nguyễn Văn Giám Sát", "000.00.01.H06", Role.SUPERVISOR);
    static final Caller OFFICER = staff("u-off", "Trần Thị Một Cửa", "000.00.31.H06", Role.ONE_STOP_OFFICER);
    static final Caller POLICE = staff("u-police", "Lê Văn Công An", "000.00.02.H06", Role.POLICE_AUDITOR);
    static final Caller SYSTEM = Caller.system("tests");

    static TestAudit audit;

    @BeforeClass
    public static void startAudit() {
        audit = new TestAudit();
    }

    @AfterClass
    public static void stopAudit() {
        if (audit != null) {
            audit.close();
            audit = null;
        }
    }

    @Before
    public void emptyTrail() {
        audit.reset();
        CallerContext.set(SYSTEM);
    }

    @After
    public void clearCaller() {
        CallerContext.clear();
    }

    static Caller staff(String id, String name, String agency, Role... roles) {
        return new Caller(id, Caller.Kind.STAFF, name, Set.of(roles), agency, Set.of(agency), Set.of(), Set.of(),
            "sess-" + id, "203.0.113.7");
    }

    /** Records {@code n} actions {@code action.0 .. action.n-1} as {@code caller}, each in its own transaction. */
    static void recordAs(Caller caller, String action, int n) {
        CallerContext.callAs(caller, () -> {
            for (int i = 0; i < n; i++) {
                audit.log.record(AuditRecord.success(action + "." + i, "dossier", "HS-" + i, "detail " + i));
            }
            return null;
        });
    }

    /** Every stored record in insert order, read straight through JPA (not through the service, which audits reads). */
    static List<AuditRecordEntity> rows() {
        return audit.jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
            "SELECT r FROM AuditRecordEntity r ORDER BY r.seq", AuditRecordEntity.class).getResultList());
    }

    /** Stored records as DTOs, in insert order. */
    static List<AuditEntry> entries() {
        return rows().stream().map(Entries::toDto).toList();
    }

    /** Sealed records in chain order. */
    static List<AuditRecordEntity> chain() {
        return audit.jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
            "SELECT r FROM AuditRecordEntity r WHERE r.chainPosition IS NOT NULL ORDER BY r.chainPosition",
            AuditRecordEntity.class).getResultList());
    }

    /** Stored records of one action, in insert order. */
    static List<AuditEntry> withAction(String action) {
        return entries().stream().filter(e -> e.action().equals(action)).toList();
    }

    /** Seals everything ready. */
    static long sealAll() {
        return audit.sealer.sealAll();
    }
}
