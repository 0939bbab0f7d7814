package vn.motcua.documents.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The three DejaVu Sans faces shipped in the bundle, read once into memory, and a pool of parsed copies: parsing the
 * faces (cmap, metrics, glyph names) is a third of a receipt's cost, and fontbox's {@code TrueTypeFont} is not safe to
 * share between threads, so each rendering borrows a parsed set for itself and gives it back after saving. Also knows
 * which characters all three faces can print, so text is checked once before layout.
 */
final class Fonts implements AutoCloseable {
    /** Parsed sets kept for reuse; more are parsed when renderings run in parallel, the surplus is closed. */
    private static final int MAX_IDLE_SETS = 8;

    /** The faces a notice uses. */
    enum Face {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf"), ITALIC("DejaVuSans-Oblique.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private final Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
    private final Queue<Map<Face, TrueTypeFont>> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;
    /** Code points of the Basic Multilingual Plane every face has a glyph for. */
    private final BitSet printable = new BitSet(0x10000);

    Fonts() {
        printable.set(0, 0x10000);
        Map<Face, TrueTypeFont> first = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            byte[] data = read("/fonts/" + face.file);
            bytes.put(face, data);
            BitSet covered = new BitSet(0x10000);
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
                first.put(face, ttf);
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int cp = 0; cp < 0x10000; cp++) {
                    if (cmap.getGlyphId(cp) > 0) {
                        covered.set(cp);
                    }
                }
            } catch (IOException e) {
                close(first);
                throw new UncheckedIOException("font " + face.file + " of the bundle is unreadable", e);
            }
            printable.and(covered);
        }
        giveBack(first); // the set parsed for the coverage serves the first rendering
    }

    /** Whether every face has a glyph for the code point. */
    boolean canPrint(int codePoint) {
        return codePoint < 0x10000 && printable.get(codePoint);
    }

    /** A parsed set of the faces for one rendering at a time; give it back with {@link #giveBack}. */
    Map<Face, TrueTypeFont> borrow() throws IOException {
        Map<Face, TrueTypeFont> set = idle.poll();
        if (set != null) {
            idleCount.decrementAndGet();
            return set;
        }
        Map<Face, TrueTypeFont> parsed = new EnumMap<>(Face.class);
        try {
            for (Face face : Face.values()) {
                parsed.put(face, new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(face))));
            }
        } catch (IOException | RuntimeException e) {
            close(parsed);
            throw e;
        }
        return parsed;
    }

    /** Returns a set after the document that used it was saved and closed. */
    void giveBack(Map<Face, TrueTypeFont> set) {
        if (!closed && idleCount.incrementAndGet() <= MAX_IDLE_SETS) {
            idle.add(set);
        } else {
            idleCount.decrementAndGet();
            close(set);
        }
    }

    /** The faces of {@code set} loaded into {@code doc}, embedded as subsets when the document is saved. */
    static Map<Face, PDType0Font> loadInto(PDDocument doc, Map<Face, TrueTypeFont> set) throws IOException {
        Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            loaded.put(face, PDType0Font.load(doc, set.get(face), true));
        }
        return loaded;
    }

    @Override
    public void close() {
        closed = true;
        Map<Face, TrueTypeFont> set;
        while ((set = idle.poll()) != null) {
            idleCount.decrementAndGet();
            close(set);
        }
    }

    private static void close(Map<Face, TrueTypeFont> set) {
        for (TrueTypeFont ttf : set.values()) {
            try {
                ttf.close();
            } catch (IOException e) {
                // in-memory font: nothing to release that could fail meaningfully
            }
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + resource + " of the bundle is unreadable", e);
        }
    }
}
