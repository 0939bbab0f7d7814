package vn.motcua.platform.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One SQL file as shipped: its name (for error messages and the history) and its text.
 *
 * @param fileName file name without directory, e.g. {@code V001__create_agency.sql}
 * @param sql      script text
 */
public record MigrationScript(String fileName, String sql) {

    public MigrationScript {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sql, "sql");
    }

    /**
     * SHA-256 (lower-case hex) of the text with line endings normalised to {@code \n}, so that a checkout with
     * CRLF line endings on another machine does not look like an edited migration.
     */
    public String checksum() {
        return checksum(sql);
    }

    /** See {@link #checksum()}. */
    public static String checksum(String sql) {
        String normalised = sql.replace("\r\n", "\n").replace('\r', '\n');
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
