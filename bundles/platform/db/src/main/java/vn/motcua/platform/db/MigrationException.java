package vn.motcua.platform.db;

/**
 * A module's schema could not be brought up to date. Unchecked because nobody can recover in code: the module
 * stays unavailable until a fixed bundle is deployed. Carries what an operator needs to find the problem.
 */
public class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String module;
    private final String fileName;
    private final int statementNumber;
    private final int currentVersion;

    /**
     * @param module          module being migrated
     * @param fileName        script that failed, or {@code null} when the failure is not in one script
     * @param statementNumber 1-based statement within the script, or 0
     * @param currentVersion  version the database is at after the failure, or -1 when unknown
     */
    public MigrationException(String module, String fileName, int statementNumber, int currentVersion,
            String message, Throwable cause) {
        super(message, cause);
        this.module = module;
        this.fileName = fileName;
        this.statementNumber = statementNumber;
        this.currentVersion = currentVersion;
    }

    public String module() {
        return module;
    }

    /** Script that failed, or {@code null}. */
    public String fileName() {
        return fileName;
    }

    /** 1-based number of the failed statement in {@link #fileName()}, or 0. */
    public int statementNumber() {
        return statementNumber;
    }

    /** Highest version applied in the database after the failure, or -1 when unknown. */
    public int currentVersion() {
        return currentVersion;
    }
}
