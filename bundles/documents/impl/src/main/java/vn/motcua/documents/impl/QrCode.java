package vn.motcua.documents.impl;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as vector squares (no bitmap: sharp at any print resolution, a few hundred bytes, and no AWT needed
 * on the server). Error correction level M survives the creases and stains a paper receipt gets; the quiet zone of
 * four modules is left white around it.
 */
final class QrCode {
    static final int QUIET_ZONE_MODULES = 4;

    private final BitMatrix modules;

    QrCode(String content) {
        try {
            modules = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 0,
                EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for this text", e);
        }
    }

    /** Modules per side, without the quiet zone. */
    int size() {
        return modules.getWidth();
    }

    /**
     * Draws the symbol with its quiet zone inside the square whose lower-left corner is (x, y) and side is
     * {@code side} points. Dark modules of a row are merged into one rectangle per run.
     */
    void draw(PDPageContentStream out, float x, float y, float side) throws IOException {
        int n = modules.getWidth();
        float module = side / (n + 2 * QUIET_ZONE_MODULES);
        float originX = x + QUIET_ZONE_MODULES * module;
        float top = y + side - QUIET_ZONE_MODULES * module;
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!modules.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && modules.get(col, row)) {
                    col++;
                }
                out.addRect(originX + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        out.fill();
    }
}
