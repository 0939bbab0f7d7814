package vn.motcua.audit.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import vn.motcua.audit.api.AuditEntry;

/**
 * The trail as RFC 4180 CSV for spreadsheets and archives: quoted where needed, CRLF line ends. A cell that a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR first) gets a leading apostrophe (OWASP "CSV
 * injection"): audit details carry text typed by users.
 */
final class AuditCsv {
    static final List<String> COLUMNS = List.of("position", "id", "recordedAt", "actorId", "actorKind", "actorName",
        "actorAgency", "actorRoles", "clientAddress", "sessionId", "action", "outcome", "targetType", "targetId",
        "detail", "personalData", "category", "prevHash", "hash", "sealed", "actingPersonId", "actingPersonName");

    private AuditCsv() {
    }

    static void header(Writer out) {
        row(out, COLUMNS);
    }

    static void entry(Writer out, AuditEntry e) {
        row(out, Arrays.asList(e.position(), e.id(), e.recordedAt(), e.actorId(), e.actorKind(), e.actorName(),
            e.actorAgency(), String.join(",", e.actorRoles()), e.clientAddress(), e.sessionId(), e.action(),
            e.outcome(), e.targetType(), e.targetId(), e.detail(), e.personalData(), e.category(), e.prevHash(),
            e.hash(), e.sealed(), e.actingPersonId(), e.actingPersonName()));
    }

    static void row(Writer out, List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
