package vn.motcua.documents.impl;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static vn.motcua.documents.impl.Pdfs.assertContains;
import static vn.motcua.documents.impl.Pdfs.assertLacks;
import static vn.motcua.documents.impl.Pdfs.flat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.Test;

import vn.motcua.documents.api.Applicant;
import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.ReceiptData;

/** The receipt and appointment (Mẫu 01) read back from the PDF: exact Vietnamese text, fonts, QR code, layout. */
public class ReceiptPdfTest {
    private static final PdfDossierDocuments DOCUMENTS = new PdfDossierDocuments();

    // clauses: 001-13.1b#3
    @Test
    public void receiptCarriesTheFormsFieldsInVietnamese() {
        String text = flat(Pdfs.text(DOCUMENTS.receipt(Samples.receipt(LegalRegime.CIRCULAR_03_2025))));
        assertContains(text, "Mẫu số 01", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "SỞ XÂY DỰNG", "Mã hồ sơ: 000.00.06.H56-250715-0001",
            "Bắc Giang, ngày 15 tháng 7 năm 2025", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
            "Bộ phận Một cửa: Trung tâm Phục vụ hành chính công tỉnh Bắc Giang, quầy số 3",
            "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
            "Địa chỉ: Số 12, đường Hoàng Văn Thụ, phường Trần Phú, thành phố Bắc Giang",
            "Số điện thoại: 0912 345 678 Email: nhung.nth@example.vn",
            "Nội dung yêu cầu giải quyết: Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II "
                + "(mã thủ tục: 1.009994)",
            "1. Thành phần hồ sơ nộp gồm:", "Giấy tờ chứng minh quyền sử dụng đất", "Bản sao có chứng thực",
            "Đối chiếu bản gốc", "2. Số lượng hồ sơ: 01 (bộ)",
            "3. Thời gian giải quyết hồ sơ theo quy định: 20 ngày làm việc",
            "4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 15/07/2025",
            "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 12/08/2025",
            "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh Bắc Giang",
            "Vào Sổ theo dõi hồ sơ, Quyển số: 03, Số thứ tự: 125", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
            "(Ký và ghi rõ họ tên)", "Trần Văn Bình", Samples.URL, "Trang 1/1");
        assertLacks(text, "Lần bổ sung");
    }

    @Test
    public void decomposedInputIsPrintedComposed() {
        DossierFacts f = Samples.facts(LegalRegime.CIRCULAR_03_2025);
        String nfd = Normalizer.normalize(Samples.APPLICANT, Normalizer.Form.NFD);
        assertFalse(nfd.equals(Samples.APPLICANT));
        DossierFacts decomposed = new DossierFacts(f.regime(), f.issuer(), f.dossierCode(),
            new Applicant(nfd, f.applicant().address(), null, null), f.procedureName(), f.procedureCode(), f.lookupUrl());
        String text = Pdfs.text(DOCUMENTS.receipt(Samples.receipt(decomposed, Samples.components(2), 0)));
        assertTrue(text, text.contains("Tiếp nhận hồ sơ của: " + Samples.APPLICANT));
        assertTrue("extracted text is NFC", Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    @Test
    public void everyFontOfEveryPageIsEmbeddedAsASubset() {
        byte[] pdf = DOCUMENTS.receipt(Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_03_2025),
            Samples.components(40), 0));
        List<Pdfs.FontUse> fonts = Pdfs.fonts(pdf);
        assertTrue(Pdfs.pages(pdf) >= 2);
        for (int page = 1; page <= Pdfs.pages(pdf); page++) {
            int p = page;
            assertTrue("page " + page + " uses fonts", fonts.stream().anyMatch(f -> f.page() == p));
        }
        for (Pdfs.FontUse f : fonts) {
            assertTrue(f + " embedded", f.embedded());
            assertTrue(f + " carries its TrueType program", f.trueTypeProgram());
            assertTrue(f + " is a subset (tag+name)", f.name().matches("[A-Z]{6}\\+DejaVuSans(-Bold|-Oblique)?"));
        }
    }

    // clauses: 002-14.6b#1
    @Test
    public void qrCodeDecodesToTheLookupLinkOfTheDossier() throws Exception {
        byte[] pdf = DOCUMENTS.receipt(Samples.receipt(LegalRegime.CIRCULAR_03_2025));
        String decoded = Pdfs.decodeQr(Pdfs.render(pdf, 0, 200));
        assertEquals(Samples.URL, decoded);
        assertTrue(decoded.contains(Samples.CODE));
    }

    @Test
    public void theLongestAllowedLinkStillDecodesFromTheRendering() throws Exception {
        DossierFacts f = Samples.facts(LegalRegime.CIRCULAR_03_2025);
        String link = Samples.URL + "&t=";
        link += "x".repeat(Inputs.MAX_LINK - link.length());
        DossierFacts longLink = new DossierFacts(f.regime(), f.issuer(), f.dossierCode(), f.applicant(),
            f.procedureName(), f.procedureCode(), link);
        byte[] pdf = DOCUMENTS.receipt(Samples.receipt(longLink, Samples.components(2), 0));
        assertEquals(link, Pdfs.decodeQr(Pdfs.render(pdf, 0, 200)));
    }

    @Test
    public void theSameInputGivesTheSameBytes() {
        ReceiptData data = Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_01_2018), Samples.components(12), 1);
        PdfDossierDocuments fresh = new PdfDossierDocuments();
        byte[] first = fresh.receipt(data);
        byte[] again = fresh.receipt(data); // with the parsed fonts the first rendering gave back
        byte[] elsewhere = DOCUMENTS.receipt(data);
        assertArrayEquals(first, again);
        assertArrayEquals(first, elsewhere);
        byte[] other = DOCUMENTS.receipt(Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_01_2018),
            Samples.components(12), 2));
        assertFalse("another input, another document", Arrays.equals(first, other));
    }

    @Test
    public void parallelRenderingsGiveTheSameBytesAsOne() throws Exception {
        PdfDossierDocuments shared = new PdfDossierDocuments();
        ReceiptData data = Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_03_2025), Samples.components(6), 0);
        byte[] expected = shared.receipt(data);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                results.add(pool.submit(() -> shared.receipt(data)));
            }
            for (Future<byte[]> r : results) {
                assertArrayEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
        shared.deactivate();
    }

    // clauses: 000-16.5b#3
    @Test
    public void receiptAfterASupplementKeepsTheCodeAndCountsTheSupplement() {
        String text = flat(Pdfs.text(DOCUMENTS.receipt(Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_03_2025),
            Samples.components(3), 2))));
        assertTrue(text, text.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ (Lần bổ sung thứ 2)"));
        assertTrue(text, text.contains("Mã hồ sơ: " + Samples.CODE));
    }

    @Test
    public void formsFollowTheRegimeOfTheReceiptDate() {
        String old = flat(Pdfs.text(DOCUMENTS.receipt(Samples.receipt(LegalRegime.CIRCULAR_01_2018))));
        String now = flat(Pdfs.text(DOCUMENTS.receipt(Samples.receipt(LegalRegime.CIRCULAR_03_2025))));
        assertContains(old, "Bộ phận Tiếp nhận và Trả kết quả: Trung tâm Phục vụ hành chính công",
            "Mẫu số 01 (Thông tư số 01/2018/TT-VPCP)");
        assertLacks(old, "Bộ phận Một cửa:", "03/2025/TT-VPCP");
        assertContains(now, "Bộ phận Một cửa: Trung tâm Phục vụ hành chính công",
            "Mẫu số 01 (Thông tư số 03/2025/TT-VPCP)");
        assertLacks(now, "01/2018/TT-VPCP");
    }

    @Test
    public void longTextWrapsInsideTheMargins() {
        DossierFacts f = Samples.facts(LegalRegime.CIRCULAR_03_2025);
        String longName = "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp đặc biệt, cấp I, cấp II "
            + "(công trình không theo tuyến; công trình theo tuyến trong đô thị; công trình tín ngưỡng, công trình tôn "
            + "giáo; công trình tượng đài, tranh hoành tráng; nhà ở riêng lẻ thuộc dự án) trên địa bàn tỉnh";
        String unbroken = "https://dichvucong.bacgiang.gov.vn/tra-cuu/ho-so/chi-tiet?ma=" + Samples.CODE
            + "&kenh=qr&nguon=giay-tiep-nhan&phien-ban=2025";
        DossierFacts longFacts = new DossierFacts(f.regime(), f.issuer(), f.dossierCode(), f.applicant(), longName,
            f.procedureCode(), unbroken);
        byte[] pdf = DOCUMENTS.receipt(Samples.receipt(longFacts, Samples.components(6), 0));
        String text = flat(Pdfs.text(pdf));
        assertTrue(text, text.contains("Nội dung yêu cầu giải quyết: " + longName));
        assertTrue("a link longer than a line is cut, not lost", text.replace(" ", "").contains(unbroken));
        for (float[] b : Pdfs.glyphBounds(pdf)) {
            assertTrue("left margin: " + b[0], b[0] >= Layout.LEFT - 0.5f);
            assertTrue("right margin: " + b[1], b[1] <= Layout.RIGHT + 0.5f);
            assertTrue("bottom: " + b[2], b[2] >= Layout.BOTTOM - 30f);
            assertTrue("top: " + b[3], b[3] <= Layout.TOP + 0.5f);
        }
    }

    @Test
    public void fortyComponentsFlowOntoMorePagesUnderARepeatedHeader() {
        byte[] pdf = DOCUMENTS.receipt(Samples.receipt(Samples.facts(LegalRegime.CIRCULAR_03_2025),
            Samples.components(40), 0));
        int pages = Pdfs.pages(pdf);
        assertTrue("pages: " + pages, pages >= 2);
        String all = flat(Pdfs.text(pdf));
        for (int i = 5; i <= 40; i++) {
            String name = "Tài liệu kèm theo số " + i + ": văn bản ý kiến";
            assertEquals(name, 1, all.split(Pattern.quote(name), -1).length - 1);
        }
        for (int p = 1; p <= pages; p++) {
            String page = flat(Pdfs.pageText(pdf, p));
            assertTrue("footer on page " + p, page.contains("Trang " + p + "/" + pages));
            if (page.contains("Tài liệu kèm theo số")) {
                assertTrue("table header on every page with rows: " + p, page.contains("Tên giấy tờ"));
            }
        }
        String last = flat(Pdfs.pageText(pdf, pages));
        assertTrue("signatures after the table", last.contains("NGƯỜI TIẾP NHẬN HỒ SƠ"));
        assertTrue(last.contains("5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 12/08/2025"));
    }

    @Test
    public void charactersTheFontLacksAreReplacedInsteadOfFailing() {
        DossierFacts f = Samples.facts(LegalRegime.CIRCULAR_03_2025);
        DossierFacts odd = new DossierFacts(f.regime(), f.issuer(), f.dossierCode(),
            new Applicant("Nguyễn Văn An \uD83D\uDE00 阮", f.applicant().address(), null, null), f.procedureName(),
            null, f.lookupUrl());
        String text = Pdfs.text(DOCUMENTS.receipt(Samples.receipt(odd, Samples.components(1), 0)));
        assertTrue(text, text.contains("Nguyễn Văn An \uFFFD \uFFFD"));
    }
}
