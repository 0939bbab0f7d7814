package vn.motcua.documents.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static vn.motcua.documents.impl.Pdfs.assertContains;
import static vn.motcua.documents.impl.Pdfs.assertLacks;
import static vn.motcua.documents.impl.Pdfs.flat;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.MissingItem;
import vn.motcua.documents.api.RefusalData;
import vn.motcua.documents.api.SupplementRequestData;

/** The supplement request (Mẫu 02) and the refusal (Mẫu 03) read back from the PDF. */
public class SupplementAndRefusalPdfTest {
    private static final PdfDossierDocuments DOCUMENTS = new PdfDossierDocuments();

    // clauses: 000-20.2a
    @Test
    public void supplementRequestListsEverythingMissingInOneNotice() throws Exception {
        byte[] pdf = DOCUMENTS.supplementRequest(Samples.supplement(LegalRegime.CIRCULAR_03_2025));
        String text = flat(Pdfs.text(pdf));
        assertContains(text, "Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
            "Bắc Giang, ngày 16 tháng 7 năm 2025", "Hồ sơ của: Nguyễn Thị Hồng Nhung",
            "Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:",
            "Thiếu bản vẽ mặt cắt; bản vẽ mặt đứng chưa có chữ ký của chủ nhiệm thiết kế.",
            "Văn bản thẩm duyệt phòng cháy, chữa cháy", "Chưa có trong hồ sơ.",
            "Thời hạn bổ sung, hoàn thiện hồ sơ: trước 17 giờ 00 phút, ngày 06/08/2025.",
            "Quá thời hạn trên mà hồ sơ chưa được bổ sung, hoàn thiện thì hồ sơ sẽ bị dừng giải quyết theo quy định.",
            "Ghi chú: Khi nộp bổ sung, mang theo Giấy tiếp nhận hồ sơ này.",
            "ông/bà liên hệ với Lê Thị Mai, số điện thoại 0204 3854 123 để được hướng dẫn.", "NGƯỜI HƯỚNG DẪN",
            "Mẫu số 02 (Thông tư số 03/2025/TT-VPCP)");
        assertEquals(Samples.URL, Pdfs.decodeQr(Pdfs.render(pdf, 0, 200)));
    }

    @Test
    public void supplementRequestUnderThe2018RulesHasNoClosingRule() {
        SupplementRequestData old = Samples.supplement(LegalRegime.CIRCULAR_01_2018);
        String text = flat(Pdfs.text(DOCUMENTS.supplementRequest(new SupplementRequestData(old.dossier(), old.items(),
            old.issuedAt(), old.issuedBy(), null, null, null))));
        assertContains(text, "Mẫu số 02 (Thông tư số 01/2018/TT-VPCP)",
            "ông/bà liên hệ với Lê Thị Mai để được hướng dẫn.");
        assertLacks(text, "Thời hạn bổ sung", "dừng giải quyết");
    }

    @Test
    public void manyMissingItemsContinueOnTheNextPage() {
        SupplementRequestData s = Samples.supplement(LegalRegime.CIRCULAR_03_2025);
        List<MissingItem> items = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            items.add(new MissingItem("Thành phần số " + i, "Bản chụp mờ, không đọc được số hiệu văn bản; đề nghị "
                + "nộp lại bản chụp rõ nét hoặc bản sao có chứng thực."));
        }
        byte[] pdf = DOCUMENTS.supplementRequest(new SupplementRequestData(s.dossier(), items, s.issuedAt(),
            s.issuedBy(), s.contactPhone(), s.deadline(), null));
        assertTrue(Pdfs.pages(pdf) >= 2);
        String text = flat(Pdfs.text(pdf));
        for (int i = 1; i <= 60; i++) {
            assertTrue("item " + i, text.contains("Thành phần số " + i + " "));
        }
    }

    @Test
    public void refusalStatesTheReasonAndItsLegalBasis() throws Exception {
        byte[] pdf = DOCUMENTS.refusal(Samples.refusal(LegalRegime.CIRCULAR_03_2025));
        String text = flat(Pdfs.text(pdf));
        assertContains(text, "Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
            "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
            "Qua nghiên cứu, đối chiếu với quy định hiện hành, Bộ phận Một cửa từ chối tiếp nhận, giải quyết hồ sơ "
                + "này với lý do cụ thể như sau:",
            "Công trình đề nghị cấp phép nằm trong hành lang bảo vệ đê điều, không thuộc trường hợp được cấp giấy "
                + "phép xây dựng.",
            "Đề nghị ông/bà liên hệ Ủy ban nhân dân xã để được hướng dẫn thủ tục phù hợp.",
            "Căn cứ pháp lý: Khoản 2 Điều 89 Luật Xây dựng năm 2014 (sửa đổi năm 2020); Điều 26 Luật Đê điều năm 2006",
            "Xin lỗi ông/bà và trân trọng./.", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Trần Văn Bình");
        assertEquals(Samples.URL, Pdfs.decodeQr(Pdfs.render(pdf, 0, 200)));
        RefusalData old = Samples.refusal(LegalRegime.CIRCULAR_01_2018);
        String oldText = flat(Pdfs.text(DOCUMENTS.refusal(new RefusalData(old.dossier(), old.reason(), null,
            old.issuedAt(), old.issuedBy()))));
        assertContains(oldText, "Bộ phận Tiếp nhận và Trả kết quả từ chối tiếp nhận, giải quyết hồ sơ");
        assertLacks(oldText, "Căn cứ pháp lý"); // none given, no line for it
    }
}
