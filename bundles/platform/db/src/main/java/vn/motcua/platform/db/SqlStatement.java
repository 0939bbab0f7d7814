package vn.motcua.platform.db;

/**
 * One statement cut from a script.
 *
 * @param number 1-based position in the script, as reported in errors
 * @param line   1-based line of the script where the statement starts
 * @param sql    statement text without the terminating semicolon and without leading comments
 */
public record SqlStatement(int number, int line, String sql) {
}
