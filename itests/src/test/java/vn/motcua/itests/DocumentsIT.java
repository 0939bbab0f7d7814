package vn.motcua.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.osgi.framework.Bundle;


import vn.motcua.documents.api.Applicant;
import vn.motcua.documents.api.ComponentForm;
import vn.motcua.documents.api.DossierDocuments;
import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.Issuer;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.ReceiptData;
import vn.motcua.documents.api.ReceivedComponent;
import vn.motcua.platform.api.error.ValidationException;

/**
 * The notices capability in the real distribution: PDFBox, fontbox, pdfbox-io and ZXing resolve as bundles, the
 * fonts load from the implementation bundle, and a receipt rendered by the service reads back with its Vietnamese
 * text, embedded fonts and a QR code that decodes to the lookup link.
 */
public class DocumentsIT extends MotCuaTestSupport {
    private static final String CODE = "000.00.06.H56-250715-0042";
    private static final String LINK = "https://dichvucong.example.gov.vn/tra-cuu?ma=" + CODE;

    @Inject
    private FeaturesService features;

    @Test
    public void documentsFeatureAndItsLibrariesAreActive() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("motcua-documents")));
        for (String name : List.of("vn.motcua.documents.api", "vn.motcua.documents.impl", "org.apache.pdfbox",
            "org.apache.pdfbox.fontbox", "org.apache.pdfbox.io", "com.google.zxing.core")) {
            Bundle bundle = bundle(name);
            assertNotNull(name + " installed", bundle);
            assertEquals(name + " active", Bundle.ACTIVE, bundle.getState());
        }
        assertNotNull("fonts ship inside the implementation bundle",
            bundle("vn.motcua.documents.impl").getEntry("fonts/DejaVuSans.ttf"));
    }

    @Test
    @Clauses({"001-13.1b#3", "002-14.6b#1"})
    public void receiptRendersInTheContainerWithVietnameseTextAndQrCode() throws Exception {
        byte[] pdf = service(DossierDocuments.class).receipt(receipt("Phạm Thị Thu Hường"));
        assertTrue("a PDF", new String(pdf, 0, 5, "US-ASCII").startsWith("%PDF-"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Tiếp nhận hồ sơ của: Phạm Thị Thu Hường", "Mã hồ sơ: " + CODE,
                "4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 15/07/2025",
                "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 12/08/2025",
                "Bộ phận Một cửa: Trung tâm Phục vụ hành chính công tỉnh", "Đăng ký nhận kết quả tại: Qua dịch vụ bưu "
                    + "chính công ích")) {
                assertTrue("missing «" + expected + "» in " + text, text.contains(expected));
            }
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.getName() + " embedded", font.isEmbedded());
                    assertTrue(font.getName(), font.getName().matches("[A-Z]{6}\\+DejaVuSans.*"));
                }
            }
            assertEquals(LINK, PdfChecks.qrCode(doc));
        }
    }

    @Test
    public void badInputIsAValidationErrorNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class,
            () -> service(DossierDocuments.class).receipt(receipt(" ")));
        assertEquals("dossier.applicant.name", e.errors().get(0).field());
        assertEquals(400, e.httpStatus());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        return null;
    }

    private static LocalDateTime vn(int month, int day, int hour) {
        return LocalDateTime.of(2025, month, day, hour, hour == 8 ? 30 : 0);
    }

    private static ReceiptData receipt(String applicant) {
        LocalDateTime received = vn(7, 15, 8);
        DossierFacts facts = new DossierFacts(LegalRegime.forReceipt(received.toLocalDate()),
            new Issuer("Ủy ban nhân dân tỉnh Thái Nguyên", "Sở Tư pháp", "000.00.12.H55",
                "Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên", "Thái Nguyên"),
            CODE, new Applicant(applicant, "Tổ 5, phường Quang Trung, tỉnh Thái Nguyên", "0987 654 321", null),
            "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "2.001417", LINK);
        return new ReceiptData(facts, "Đỗ Minh Quân", List.of(
            new ReceivedComponent("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", ComponentForm.ORIGINAL, 1, null),
            new ReceivedComponent("Bản chụp Căn cước", ComponentForm.PHOTOCOPY, 1, "Đã đối chiếu bản chính")),
            1, "10 ngày làm việc", received, vn(8, 12, 16), "Qua dịch vụ bưu chính công ích", null, null, 0);
    }
}
