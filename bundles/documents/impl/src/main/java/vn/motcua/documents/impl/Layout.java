package vn.motcua.documents.impl;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.motcua.documents.impl.Fonts.Face;

/**
 * A small flow layout on A4 pages: paragraphs of styled runs that wrap at word boundaries (a word longer than the line
 * is cut), tables whose cells wrap and whose rows continue on the next page under a repeated header, a box floated at
 * the right that the text beside it flows around, and a footer on every page. Margins after Decree 30/2020/NĐ-CP
 * (left 30 mm, right 15 mm, top and bottom 20 mm).
 */
final class Layout implements Closeable {
    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 30 * MM;
    static final float RIGHT = PAGE_WIDTH - 15 * MM;
    static final float TOP = PAGE_HEIGHT - 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final float WIDTH = RIGHT - LEFT;

    enum Align { LEFT, CENTER, RIGHT }

    /** A piece of text in one face. */
    record Run(String text, Face face) {
        static Run regular(String text) {
            return new Run(text, Face.REGULAR);
        }

        static Run bold(String text) {
            return new Run(text, Face.BOLD);
        }

        static Run italic(String text) {
            return new Run(text, Face.ITALIC);
        }
    }

    /** Paragraph settings: size, leading, alignment, indents of the first and following lines, space after. */
    record Style(float size, float leading, Align align, float firstIndent, float restIndent, float after) {
        static Style of(float size, Align align) {
            return new Style(size, size * 1.38f, align, 0, 0, 0);
        }

        Style indented(float first, float rest) {
            return new Style(size, leading, align, first, rest, after);
        }

        Style spaced(float spaceAfter) {
            return new Style(size, leading, align, firstIndent, restIndent, spaceAfter);
        }
    }

    /** One table column: header text, width, alignment of its cells. */
    record Column(String header, float width, Align align) {
    }

    private record Token(String text, Face face, Kind kind) {
        enum Kind { WORD, SPACE, BREAK }
    }

    private record Line(List<Token> tokens, float width) {
    }

    private final PDDocument doc;
    private final Map<Face, PDType0Font> fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;
    // the floated box: page, vertical extent and the width it takes from the right edge
    private int floatPage = -1;
    private float floatTop;
    private float floatBottom;
    private float floatWidth;

    Layout(PDDocument doc, Map<Face, PDType0Font> fonts) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        newPage();
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    int pageCount() {
        return pages.size();
    }

    List<PDPage> pages() {
        return pages;
    }

    PDPageContentStream out() {
        return out;
    }

    PDType0Font font(Face face) {
        return fonts.get(face);
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** Vertical space; never crosses into the bottom margin (the next content moves to a new page instead). */
    void gap(float height) {
        y = Math.max(BOTTOM, y - height);
    }

    /** Makes sure {@code height} fits below the current position, else continues on a new page. */
    void keep(float height) throws IOException {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    float width(Face face, float size, String text) {
        try {
            return fonts.get(face).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException("cannot measure text", e);
        }
    }

    // --- the floated box ---------------------------------------------------------------------------------------------

    /** Reserves {@code width} × {@code height} at the right edge from the current position down; returns its top. */
    float floatRight(float width, float height) {
        floatPage = pages.size() - 1;
        floatTop = y;
        floatBottom = y - height - 4f;
        floatWidth = width;
        return floatTop;
    }

    /** Moves below the floated box (before content that needs the full width). */
    void clearFloat() {
        if (floatPage == pages.size() - 1 && y > floatBottom) {
            y = floatBottom;
        }
        floatPage = -1;
    }

    /** The width left for a line whose top is at {@code top}, on the current page. */
    private float available(float x0, float width, float top, float leading) {
        boolean besideFloat = floatPage == pages.size() - 1 && top > floatBottom && top - leading < floatTop;
        if (!besideFloat) {
            return width;
        }
        float floatLeft = RIGHT - floatWidth;
        return Math.max(0, Math.min(width, floatLeft - x0 - 8));
    }

    // --- paragraphs ------------------------------------------------------------------------------------------------

    /** A paragraph over the full width. */
    void paragraph(Style style, Run... runs) throws IOException {
        paragraph(LEFT, WIDTH, style, List.of(runs));
    }

    /** A paragraph in the column {@code [x0, x0 + width]}, continuing on new pages as needed. */
    void paragraph(float x0, float width, Style style, List<Run> runs) throws IOException {
        float startY = y;
        List<Line> lines = breakLines(tokens(runs), style.size(), i -> {
            float indent = i == 0 ? style.firstIndent() : style.restIndent();
            return available(x0, width, startY - i * style.leading(), style.leading()) - indent;
        });
        for (int i = 0; i < lines.size(); i++) {
            keep(style.leading());
            float indent = i == 0 ? style.firstIndent() : style.restIndent();
            float lineWidth = available(x0, width, y, style.leading()) - indent;
            drawLine(lines.get(i), x0 + indent, lineWidth, y - style.size(), style);
            y -= style.leading();
        }
        gap(style.after());
    }

    private void drawLine(Line line, float x0, float width, float baseline, Style style) throws IOException {
        float x = switch (style.align()) {
            case LEFT -> x0;
            case CENTER -> x0 + (width - line.width()) / 2;
            case RIGHT -> x0 + width - line.width();
        };
        // consecutive tokens of one face go out as one string (fewer operators, words stay whole when extracted)
        StringBuilder pending = new StringBuilder();
        Face pendingFace = null;
        float pendingX = x;
        for (Token t : line.tokens()) {
            if (pendingFace != null && t.face() != pendingFace) {
                show(pending.toString(), pendingFace, style.size(), pendingX, baseline);
                pendingX += width(pendingFace, style.size(), pending.toString());
                pending.setLength(0);
            }
            pendingFace = t.face();
            pending.append(t.text());
        }
        if (pendingFace != null && pending.length() > 0) {
            show(pending.toString(), pendingFace, style.size(), pendingX, baseline);
        }
    }

    void show(String text, Face face, float size, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(fonts.get(face), size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    /** Splits runs into words, spaces and forced breaks, each in its face. */
    private static List<Token> tokens(List<Run> runs) {
        List<Token> tokens = new ArrayList<>();
        for (Run run : runs) {
            String s = run.text();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    tokens.add(new Token("\n", run.face(), Token.Kind.BREAK));
                    i++;
                } else if (c == ' ') {
                    int j = i;
                    while (j < s.length() && s.charAt(j) == ' ') {
                        j++;
                    }
                    tokens.add(new Token(s.substring(i, j), run.face(), Token.Kind.SPACE));
                    i = j;
                } else {
                    int j = i;
                    while (j < s.length() && s.charAt(j) != ' ' && s.charAt(j) != '\n') {
                        j++;
                    }
                    tokens.add(new Token(s.substring(i, j), run.face(), Token.Kind.WORD));
                    i = j;
                }
            }
        }
        return tokens;
    }

    /**
     * Greedy line breaking: words go on the line while they fit; spaces at a break are dropped; a word wider than a
     * whole line is cut between characters. {@code widthOf} gives the width of line i (lines beside a float are
     * narrower).
     */
    private List<Line> breakLines(List<Token> input, float size, IntFunction<Float> widthOf) {
        Deque<Token> queue = new ArrayDeque<>(input);
        List<Line> lines = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        float used = 0;
        float pendingSpace = 0;
        Token pendingSpaceToken = null;
        while (!queue.isEmpty()) {
            Token t = queue.poll();
            float max = Math.max(size, widthOf.apply(lines.size()));
            switch (t.kind()) {
                case BREAK -> {
                    lines.add(new Line(List.copyOf(current), used));
                    current.clear();
                    used = 0;
                    pendingSpaceToken = null;
                }
                case SPACE -> {
                    if (!current.isEmpty()) {
                        pendingSpaceToken = t;
                        pendingSpace = width(t.face(), size, t.text());
                    }
                }
                case WORD -> {
                    float w = width(t.face(), size, t.text());
                    float extra = pendingSpaceToken == null ? 0 : pendingSpace;
                    if (used + extra + w <= max) {
                        if (pendingSpaceToken != null) {
                            current.add(pendingSpaceToken);
                        }
                        current.add(t);
                        used += extra + w;
                        pendingSpaceToken = null;
                    } else if (!current.isEmpty()) {
                        lines.add(new Line(List.copyOf(current), used));
                        current.clear();
                        used = 0;
                        pendingSpaceToken = null;
                        queue.push(t);
                    } else {
                        // a single word wider than the line: cut it where it stops fitting
                        int cut = fittingPrefix(t, size, max);
                        current.add(new Token(t.text().substring(0, cut), t.face(), Token.Kind.WORD));
                        lines.add(new Line(List.copyOf(current), width(t.face(), size, t.text().substring(0, cut))));
                        current.clear();
                        used = 0;
                        queue.push(new Token(t.text().substring(cut), t.face(), Token.Kind.WORD));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(List.copyOf(current), used));
        }
        return lines;
    }

    private int fittingPrefix(Token t, float size, float max) {
        String s = t.text();
        int cut = s.offsetByCodePoints(0, 1);
        while (cut < s.length()) {
            int next = s.offsetByCodePoints(cut, 1);
            if (width(t.face(), size, s.substring(0, next)) > max) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    // --- tables ----------------------------------------------------------------------------------------------------

    private static final float CELL_PAD = 3.5f;

    /**
     * A ruled table over the full width: bold centred header on a light background, cells wrapping in their column.
     * A row that does not fit moves to the next page under a repeated header; a row taller than a page is split.
     */
    void table(List<Column> columns, List<List<String>> rows, float size) throws IOException {
        clearFloat();
        float leading = size * 1.3f;
        List<List<Line>> header = new ArrayList<>();
        for (Column c : columns) {
            header.add(breakLines(tokens(List.of(Run.bold(c.header()))), size, i -> c.width() - 2 * CELL_PAD));
        }
        float headerHeight = rowHeight(header, leading);
        keep(headerHeight + leading + 2 * CELL_PAD); // never a header alone at the foot of a page
        drawRow(columns, header, 0, maxLines(header), leading, size, true);
        int fullPage = (int) Math.floor((TOP - BOTTOM - headerHeight - 2 * CELL_PAD) / leading);
        for (List<String> row : rows) {
            List<List<Line>> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                String text = row.get(c) == null ? "" : row.get(c);
                cells.add(breakLines(tokens(List.of(Run.regular(text))), size, i -> col.width() - 2 * CELL_PAD));
            }
            int total = maxLines(cells);
            int start = 0;
            while (start < total) {
                int capacity = (int) Math.floor((y - BOTTOM - 2 * CELL_PAD) / leading);
                int need = total - start;
                if (capacity < 1 || (capacity < need && start == 0 && need <= fullPage)) {
                    newPage();
                    drawRow(columns, header, 0, maxLines(header), leading, size, true);
                    continue;
                }
                int take = Math.min(capacity, need);
                drawRow(columns, cells, start, take, leading, size, false);
                start += take;
                if (start < total) {
                    newPage();
                    drawRow(columns, header, 0, maxLines(header), leading, size, true);
                }
            }
        }
    }

    private static int maxLines(List<List<Line>> cells) {
        int max = 1;
        for (List<Line> c : cells) {
            max = Math.max(max, c.size());
        }
        return max;
    }

    private static float rowHeight(List<List<Line>> cells, float leading) {
        return maxLines(cells) * leading + 2 * CELL_PAD;
    }

    private void drawRow(List<Column> columns, List<List<Line>> cells, int from, int count, float leading, float size,
                         boolean header) throws IOException {
        float height = count * leading + 2 * CELL_PAD;
        float x = LEFT;
        if (header) {
            out.setNonStrokingColor(0.9f, 0.9f, 0.9f);
            out.addRect(LEFT, y - height, WIDTH, height);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
        }
        out.setLineWidth(0.6f);
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            out.addRect(x, y - height, col.width(), height);
            out.stroke();
            List<Line> lines = cells.get(c);
            Style style = new Style(size, leading, header ? Align.CENTER : col.align(), 0, 0, 0);
            for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                float top = y - CELL_PAD - (i - from) * leading;
                drawLine(lines.get(i), x + CELL_PAD, col.width() - 2 * CELL_PAD, top - size, style);
            }
            x += col.width();
        }
        y -= height;
    }

    // --- lines and boxes -------------------------------------------------------------------------------------------

    /** A horizontal rule centred at {@code centreX}. */
    void rule(float centreX, float length, float atY) throws IOException {
        out.setLineWidth(0.6f);
        out.moveTo(centreX - length / 2, atY);
        out.lineTo(centreX + length / 2, atY);
        out.stroke();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
