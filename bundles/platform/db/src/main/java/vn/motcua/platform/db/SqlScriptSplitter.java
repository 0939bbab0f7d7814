package vn.motcua.platform.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a SQL script into statements at top-level semicolons.
 *
 * <p>Why not send the whole script in one {@code execute}: errors then name a statement and a line, and H2 and
 * PostgreSQL differ in what multi-statement strings they accept. A semicolon does not end a statement inside
 * {@code '...'} (with {@code ''} and, in {@code E'...'}, backslash escapes), {@code "..."}, {@code --} line comments,
 * block comments (slash-star to star-slash, nested as PostgreSQL nests them) or dollar quotes {@code $$...$$} /
 * {@code $tag$...$tag$} (function bodies). Statements that hold only comments are dropped. An unterminated quote or
 * comment is an error rather than a silently swallowed rest of the script.
 */
public final class SqlScriptSplitter {

    private SqlScriptSplitter() {
    }

    /**
     * @throws IllegalArgumentException when a quote, comment or dollar quote is not closed
     */
    public static List<SqlStatement> split(String script) {
        List<SqlStatement> statements = new ArrayList<>();
        int n = script.length();
        int line = 1;
        int contentStart = -1;   // index of the first non-comment, non-blank character of the current statement
        int contentLine = 0;
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : '\0';
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '-' && next == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && next == '*') {
                int startLine = line;
                int depth = 0;
                boolean closed = false;
                while (i < n) {
                    char a = script.charAt(i);
                    char b = i + 1 < n ? script.charAt(i + 1) : '\0';
                    if (a == '/' && b == '*') {
                        depth++;
                        i += 2;
                    } else if (a == '*' && b == '/') {
                        depth--;
                        i += 2;
                        if (depth == 0) {
                            closed = true;
                            break;
                        }
                    } else {
                        if (a == '\n') {
                            line++;
                        }
                        i++;
                    }
                }
                if (!closed) {
                    throw new IllegalArgumentException("Unterminated /* comment starting at line " + startLine);
                }
            } else if (c == ';') {
                if (contentStart >= 0) {
                    statements.add(new SqlStatement(statements.size() + 1, contentLine,
                            script.substring(contentStart, i).strip()));
                    contentStart = -1;
                }
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                if (contentStart < 0) {
                    contentStart = i;
                    contentLine = line;
                }
                int end;
                if (c == '\'') {
                    end = skipQuoted(script, i, '\'', isEscapeString(script, i), line);
                } else if (c == '"') {
                    end = skipQuoted(script, i, '"', false, line);
                } else if (c == '$' && !isIdentifierPart(script, i - 1)) {
                    end = skipDollarQuoted(script, i, line);
                } else {
                    end = i + 1;
                }
                for (int k = i; k < end; k++) {
                    if (script.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = end;
            }
        }
        if (contentStart >= 0) {
            statements.add(new SqlStatement(statements.size() + 1, contentLine, script.substring(contentStart).strip()));
        }
        return statements;
    }

    /** {@code E'...'} or {@code e'...'} where the E is not the end of an identifier (PostgreSQL escape string). */
    private static boolean isEscapeString(String s, int quote) {
        if (quote == 0) {
            return false;
        }
        char e = s.charAt(quote - 1);
        return (e == 'E' || e == 'e') && !isIdentifierPart(s, quote - 2);
    }

    private static boolean isIdentifierPart(String s, int index) {
        if (index < 0) {
            return false;
        }
        char c = s.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** Returns the index just after the closing quote; a doubled quote is an escaped quote. */
    private static int skipQuoted(String s, int start, char quote, boolean backslashEscapes, int line) {
        int i = start + 1;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("Unterminated " + (quote == '\'' ? "string literal" : "quoted identifier")
                + " starting at line " + line);
    }

    /**
     * {@code $tag$ ... $tag$} where tag is empty or an identifier not starting with a digit. Anything else starting
     * with {@code $} (for example {@code $1}) is not a quote and is returned as one character.
     */
    private static int skipDollarQuoted(String s, int start, int line) {
        int n = s.length();
        int i = start + 1;
        if (i < n && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
        }
        if (i >= n || s.charAt(i) != '$') {
            return start + 1;
        }
        String tag = s.substring(start, i + 1);
        int close = s.indexOf(tag, i + 1);
        if (close < 0) {
            throw new IllegalArgumentException("Unterminated dollar-quoted string " + tag + " starting at line " + line);
        }
        return close + tag.length();
    }
}
