package vn.motcua.documents.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The three DejaVu Sans faces shipped in the bundle, read once into memory. Each document parses its own copy from
 * these bytes (fontbox's {@code TrueTypeFont} is not safe to share between threads) and embeds a subset of it.
 * Also knows which characters all three faces can print, so text is checked once before layout.
 */
final class Fonts {
    /** The faces a notice uses. */
    enum Face {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf"), ITALIC("DejaVuSans-Oblique.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private final Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
    /** Code points of the Basic Multilingual Plane every face has a glyph for. */
    private final BitSet printable = new BitSet(0x10000);

    Fonts() {
        printable.set(0, 0x10000);
        for (Face face : Face.values()) {
            byte[] data = read("/fonts/" + face.file);
            bytes.put(face, data);
            BitSet covered = new BitSet(0x10000);
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup();
                for (int cp = 0; cp < 0x10000; cp++) {
                    if (cmap.getGlyphId(cp) > 0) {
                        covered.set(cp);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("font " + face.file + " of the bundle is unreadable", e);
            }
            printable.and(covered);
        }
    }

    /** Whether every face has a glyph for the code point. */
    boolean canPrint(int codePoint) {
        return codePoint < 0x10000 && printable.get(codePoint);
    }

    /** The faces loaded into {@code doc}, to be embedded as subsets when the document is saved. */
    Map<Face, PDType0Font> loadInto(PDDocument doc) throws IOException {
        Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            loaded.put(face, PDType0Font.load(doc, new RandomAccessReadBuffer(bytes.get(face)), true, false));
        }
        return loaded;
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
