package vn.motcua.itests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a PDF the way a person would: its text (whitespace collapsed) and the QR code printed on its first page. */
final class PdfChecks {
    private PdfChecks() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The QR code of the first page, decoded from the page rendered at 200 dpi. */
    static String qrCode(PDDocument doc) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.RGB);
        int w = image.getWidth();
        int h = image.getHeight();
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
            new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w))));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the first page", e);
        }
    }

    static String qrCode(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return qrCode(doc);
        }
    }
}
