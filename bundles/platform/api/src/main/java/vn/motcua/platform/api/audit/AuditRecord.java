package vn.motcua.platform.api.audit;

/**
 * One thing to put on the audit trail. Who and from where are taken from the current
 * {@link vn.motcua.platform.api.security.CallerContext}; {@code personalData} marks reads and writes of personal data
 * (seed 002 Art 13, Decree 13/2023), {@code category} lets the police auditor see population-database lookups only.
 */
public record AuditRecord(String action, Outcome outcome, String targetType, String targetId, String detail,
                          boolean personalData, String category) {

    public enum Outcome { SUCCESS, FAILURE, DENIED }

    public static AuditRecord success(String action, String targetType, String targetId, String detail) {
        return new AuditRecord(action, Outcome.SUCCESS, targetType, targetId, detail, false, "security");
    }

    public static AuditRecord failure(String action, String targetType, String targetId, String detail) {
        return new AuditRecord(action, Outcome.FAILURE, targetType, targetId, detail, false, "security");
    }

    public static AuditRecord denied(String action, String targetType, String targetId, String detail) {
        return new AuditRecord(action, Outcome.DENIED, targetType, targetId, detail, false, "security");
    }

    public AuditRecord personal() {
        return new AuditRecord(action, outcome, targetType, targetId, detail, true, category);
    }

    public AuditRecord inCategory(String newCategory) {
        return new AuditRecord(action, outcome, targetType, targetId, detail, personalData, newCategory);
    }
}
