package vn.motcua.documents.impl;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.motcua.documents.api.Applicant;
import vn.motcua.documents.api.ComponentForm;
import vn.motcua.documents.api.DossierFacts;
import vn.motcua.documents.api.Issuer;
import vn.motcua.documents.api.LegalRegime;
import vn.motcua.documents.api.MissingItem;
import vn.motcua.documents.api.ReceiptData;
import vn.motcua.documents.api.ReceivedComponent;
import vn.motcua.documents.api.RefusalData;
import vn.motcua.documents.api.SupplementRequestData;

/** Realistic notice inputs: a building permit at a provincial department, received in July 2025. */
final class Samples {
    static final String CODE = "000.00.06.H56-250715-0001";
    static final String URL = "https://dichvucong.bacgiang.gov.vn/tra-cuu?ma=" + CODE;
    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";

    private Samples() {
    }

    /** A time in Vietnam. */
    static LocalDateTime vn(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    static DossierFacts facts(LegalRegime regime) {
        return new DossierFacts(regime,
            new Issuer("Ủy ban nhân dân tỉnh Bắc Giang", "Sở Xây dựng", "000.00.06.H56",
                "Trung tâm Phục vụ hành chính công tỉnh Bắc Giang, quầy số 3", "Bắc Giang"),
            CODE, new Applicant(APPLICANT, "Số 12, đường Hoàng Văn Thụ, phường Trần Phú, thành phố Bắc Giang",
                "0912 345 678", "nhung.nth@example.vn"),
            "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II", "1.009994", URL);
    }

    static List<ReceivedComponent> components(int count) {
        List<ReceivedComponent> list = new ArrayList<>(List.of(
            new ReceivedComponent("Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định 15/2021/NĐ-CP)",
                ComponentForm.ORIGINAL, 1, null),
            new ReceivedComponent("Giấy tờ chứng minh quyền sử dụng đất", ComponentForm.CERTIFIED_COPY, 1,
                "Đối chiếu bản gốc"),
            new ReceivedComponent("Bản vẽ thiết kế xây dựng: mặt bằng, mặt cắt, mặt đứng chính", ComponentForm.ORIGINAL,
                2, null),
            new ReceivedComponent("Báo cáo kết quả thẩm định thiết kế xây dựng của cơ quan chuyên môn",
                ComponentForm.PHOTOCOPY, 1, null)));
        for (int i = list.size(); i < count; i++) {
            list.add(new ReceivedComponent("Tài liệu kèm theo số " + (i + 1) + ": văn bản ý kiến của cơ quan quản lý "
                + "chuyên ngành về phòng cháy, chữa cháy và bảo vệ môi trường", ComponentForm.ELECTRONIC, 1,
                i % 3 == 0 ? "Nộp trực tuyến" : null));
        }
        return list.subList(0, count);
    }

    static ReceiptData receipt(LegalRegime regime) {
        return receipt(facts(regime), components(4), 0);
    }

    static ReceiptData receipt(DossierFacts facts, List<ReceivedComponent> components, int supplementCount) {
        return new ReceiptData(facts, "Trần Văn Bình", components, 1, "20 ngày làm việc", vn(2025, 7, 15, 8, 30),
            vn(2025, 8, 12, 16, 0), "Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh Bắc Giang", "03",
            "125", supplementCount);
    }

    static SupplementRequestData supplement(LegalRegime regime) {
        return new SupplementRequestData(facts(regime), List.of(
            new MissingItem("Bản vẽ thiết kế xây dựng", "Thiếu bản vẽ mặt cắt; bản vẽ mặt đứng chưa có chữ ký của "
                + "chủ nhiệm thiết kế."),
            new MissingItem("Giấy tờ chứng minh quyền sử dụng đất", "Bản sao chưa được chứng thực; nộp bản sao có chứng "
                + "thực hoặc mang bản chính để đối chiếu."),
            new MissingItem("Văn bản thẩm duyệt phòng cháy, chữa cháy", "Chưa có trong hồ sơ.")),
            vn(2025, 7, 16, 10, 15), "Lê Thị Mai", "0204 3854 123", vn(2025, 8, 6, 17, 0),
            "Khi nộp bổ sung, mang theo Giấy tiếp nhận hồ sơ này.");
    }

    static RefusalData refusal(LegalRegime regime) {
        return new RefusalData(facts(regime), "Công trình đề nghị cấp phép nằm trong hành lang bảo vệ đê điều, "
            + "không thuộc trường hợp được cấp giấy phép xây dựng.\nĐề nghị ông/bà liên hệ Ủy ban nhân dân xã để được "
            + "hướng dẫn thủ tục phù hợp.", "Khoản 2 Điều 89 Luật Xây dựng năm 2014 (sửa đổi năm 2020); Điều 26 Luật "
            + "Đê điều năm 2006", vn(2025, 7, 16, 14, 5), "Trần Văn Bình");
    }
}
