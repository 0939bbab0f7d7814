package vn.motcua.documents.impl;

import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.Test;

import vn.motcua.documents.api.LegalRegime;

/**
 * Renders the notices to PNG under target/notices/ for a person to look at (the layout and the Vietnamese text as
 * printed), and checks each page image has ink where the text is. The PDFs are written beside them.
 */
public class PageImagesTest {
    private static final PdfDossierDocuments DOCUMENTS = new PdfDossierDocuments();
    private static final Path OUT = Path.of("target", "notices");

    @Test
    public void writesEveryNoticeAsImages() throws IOException {
        Files.createDirectories(OUT);
        byte[] receipt = DOCUMENTS.receipt(Samples.receipt(LegalRegime.CIRCULAR_03_2025));
        write("receipt", receipt);
        // the header and the first fields at print resolution, to check the tone marks closely
        BufferedImage sharp = Pdfs.render(receipt, 0, 220);
        ImageIO.write(sharp.getSubimage(0, 0, sharp.getWidth(), sharp.getHeight() * 2 / 5), "png",
            OUT.resolve("receipt-top-220dpi.png").toFile());
        write("receipt-2018", DOCUMENTS.receipt(Samples.receipt(LegalRegime.CIRCULAR_01_2018)));
        write("receipt-40", DOCUMENTS.receipt(Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_03_2025),
            Samples.components(40), 1)));
        write("supplement", DOCUMENTS.supplementRequest(Samples.supplement(LegalRegime.CIRCULAR_03_2025)));
        write("refusal", DOCUMENTS.refusal(Samples.refusal(LegalRegime.CIRCULAR_03_2025)));
    }

    private static void write(String name, byte[] pdf) throws IOException {
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        int pages = Pdfs.pages(pdf);
        for (int p = 0; p < pages; p++) {
            BufferedImage image = Pdfs.render(pdf, p, 110);
            File file = OUT.resolve(pages == 1 ? name + ".png" : name + "-" + (p + 1) + ".png").toFile();
            ImageIO.write(image, "png", file);
            assertTrue(file + " has text on it", darkPixels(image) > 2000);
        }
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
