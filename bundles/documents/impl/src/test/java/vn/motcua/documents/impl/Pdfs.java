package vn.motcua.documents.impl;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads back what a test rendered: text, fonts, pages as images, the QR code. */
final class Pdfs {
    private Pdfs() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of all pages, in drawing order. */
    static String text(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based). */
    static String pageText(byte[] pdf, int page) {
        try (PDDocument doc = open(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails naming the first expected string the text does not contain. */
    static void assertContains(String text, String... expected) {
        for (String e : expected) {
            if (!text.contains(e)) {
                throw new AssertionError("missing «" + e + "» in:\n" + text);
            }
        }
    }

    /** Fails naming the first string the text contains although it must not. */
    static void assertLacks(String text, String... unexpected) {
        for (String u : unexpected) {
            if (text.contains(u)) {
                throw new AssertionError("unexpected «" + u + "» in:\n" + text);
            }
        }
    }

    /** Whitespace (line breaks of wrapped text included) folded to single spaces. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font of every page: its name, embedded or not, and whether it carries a subset tag. */
    record FontUse(int page, String name, boolean embedded, boolean trueTypeProgram) {
    }

    static List<FontUse> fonts(byte[] pdf) {
        List<FontUse> uses = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    boolean program = font instanceof PDType0Font t0
                        && t0.getDescendantFont().getFontDescriptor().getFontFile2() != null;
                    uses.add(new FontUse(n, font.getName(), font.isEmbedded(), program));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    /** Extremes of every glyph drawn, per page: {minX, maxX, minY, maxY} in PDF points (y from the bottom). */
    static List<float[]> glyphBounds(byte[] pdf) {
        List<float[]> bounds = new ArrayList<>();
        try (PDDocument doc = open(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                float[] b = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE};
                float height = doc.getPage(p - 1).getMediaBox().getHeight();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition t : positions) {
                            b[0] = Math.min(b[0], t.getXDirAdj());
                            b[1] = Math.max(b[1], t.getXDirAdj() + t.getWidthDirAdj());
                            b[2] = Math.min(b[2], height - t.getYDirAdj());
                            b[3] = Math.max(b[3], height - t.getYDirAdj());
                        }
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
                bounds.add(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bounds;
    }

    static BufferedImage render(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument doc = open(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the QR code found on the image (the plain ZXing reader: no hints about where it is). */
    static String decodeQr(BufferedImage image) throws NotFoundException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        try {
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("a QR code was found but could not be read", e);
        }
    }
}
