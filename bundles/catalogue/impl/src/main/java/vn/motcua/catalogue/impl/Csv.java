package vn.motcua.catalogue.impl;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.platform.api.error.ValidationException;

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Lines are numbered from 1 (the header). */
final class Csv {
    /** One record and the line it starts on. */
    record Row(int line, List<String> cells) {
        String get(int index) {
            if (index >= cells.size()) {
                return null;
            }
            String v = cells.get(index).strip();
            return v.isEmpty() ? null : v;
        }
    }

    private Csv() {
    }

    static List<Row> parse(Reader in, int maxRows) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int line = 1;
        int rowStart = 1;
        try {
            int ch = in.read();
            if (ch == '\uFEFF') {
                ch = in.read(); // byte-order mark written by spreadsheet programs
            }
            while (ch != -1) {
                char c = (char) ch;
                if (quoted) {
                    if (c == '"') {
                        int next = in.read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            afterQuote = true;
                            ch = next;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0 && !afterQuote) {
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                } else if (c == '\r') {
                    // ignored; \n ends the record
                } else if (c == '\n') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    afterQuote = false;
                    addRow(rows, rowStart, cells, maxRows);
                    cells = new ArrayList<>();
                    line++;
                    rowStart = line;
                } else if (afterQuote) {
                    throw ValidationException.of("line " + line, "bad-csv",
                        "Sau dấu ngoặc kép đóng chỉ được là dấu phẩy hoặc xuống dòng",
                        "only a comma or a line break may follow a closing quote");
                } else {
                    cell.append(c);
                }
                ch = in.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (quoted) {
            throw ValidationException.of("line " + rowStart, "bad-csv", "Thiếu dấu ngoặc kép đóng",
                "a quoted field is not closed");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            addRow(rows, rowStart, cells, maxRows);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> cells, int maxRows) {
        if (cells.size() == 1 && cells.get(0).isBlank()) {
            return; // blank line
        }
        if (rows.size() >= maxRows) {
            throw ValidationException.of("line " + line, "too-many-rows", "Tệp CSV quá " + maxRows + " dòng",
                "the CSV file has more than " + maxRows + " rows");
        }
        rows.add(new Row(line, List.copyOf(cells)));
    }

    static void writeRow(Writer out, List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object v = cells.get(i);
                String s = v == null ? "" : v.toString();
                if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(s.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(s);
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
