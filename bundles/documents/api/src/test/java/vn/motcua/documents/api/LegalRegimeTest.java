package vn.motcua.documents.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.Test;

/** Which forms a dossier's notices follow, and how each regime numbers and names them. */
public class LegalRegimeTest {

    @Test
    public void regimeSwitchesOnTheFirstOfJuly2025InVietnam() {
        assertEquals(LegalRegime.CIRCULAR_01_2018, LegalRegime.forReceipt(LocalDate.of(2018, 7, 1)));
        assertEquals(LegalRegime.CIRCULAR_01_2018, LegalRegime.forReceipt(LocalDate.of(2025, 6, 30)));
        assertEquals(LegalRegime.CIRCULAR_03_2025, LegalRegime.forReceipt(LocalDate.of(2025, 7, 1)));
        // 30/06/2025 23:59 UTC is already 01/07/2025 06:59 in Vietnam
        assertEquals(LegalRegime.CIRCULAR_03_2025, LegalRegime.forReceipt(Instant.parse("2025-06-30T17:00:00Z")));
        assertEquals(LegalRegime.CIRCULAR_01_2018, LegalRegime.forReceipt(Instant.parse("2025-06-30T16:59:59Z")));
        assertThrows(NullPointerException.class, () -> LegalRegime.forReceipt((LocalDate) null));
    }

    @Test
    public void eachRegimeNamesItsOwnTexts() {
        assertEquals("01/2018/TT-VPCP", LegalRegime.CIRCULAR_01_2018.circular());
        assertEquals("61/2018/NĐ-CP", LegalRegime.CIRCULAR_01_2018.decree());
        assertEquals("Bộ phận Tiếp nhận và Trả kết quả", LegalRegime.CIRCULAR_01_2018.oneStopUnit());
        assertEquals("03/2025/TT-VPCP", LegalRegime.CIRCULAR_03_2025.circular());
        assertEquals("118/2025/NĐ-CP", LegalRegime.CIRCULAR_03_2025.decree());
        assertEquals("Bộ phận Một cửa", LegalRegime.CIRCULAR_03_2025.oneStopUnit());
    }

    @Test
    public void formsAreNumberedPerRegime() {
        for (LegalRegime r : LegalRegime.values()) {
            assertEquals("Mẫu số 01", FormType.RECEIPT.label(r));
            assertEquals("Mẫu số 02", FormType.SUPPLEMENT_REQUEST.label(r));
            assertEquals("Mẫu số 03", FormType.REFUSAL.label(r));
            assertEquals("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", FormType.RECEIPT.title(r));
        }
        // Circular 03/2025 inserts the stop notice as 05 and moves the control sheet and tracking book down
        assertFalse(FormType.STOP_NOTICE.existsIn(LegalRegime.CIRCULAR_01_2018));
        assertEquals(OptionalInt.of(5), FormType.STOP_NOTICE.number(LegalRegime.CIRCULAR_03_2025));
        assertEquals(OptionalInt.of(5), FormType.CONTROL_SHEET.number(LegalRegime.CIRCULAR_01_2018));
        assertEquals(OptionalInt.of(6), FormType.CONTROL_SHEET.number(LegalRegime.CIRCULAR_03_2025));
        assertEquals(OptionalInt.of(7), FormType.TRACKING_BOOK.number(LegalRegime.CIRCULAR_03_2025));
        assertEquals("Phiếu xin lỗi và hẹn lại ngày trả kết quả", FormType.APOLOGY.title(LegalRegime.CIRCULAR_01_2018));
        assertEquals("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
            FormType.APOLOGY.title(LegalRegime.CIRCULAR_03_2025));
        assertThrows(IllegalArgumentException.class, () -> FormType.STOP_NOTICE.label(LegalRegime.CIRCULAR_01_2018));
        assertThrows(IllegalArgumentException.class, () -> FormType.STOP_NOTICE.title(LegalRegime.CIRCULAR_01_2018));
    }

    @Test
    public void downloadNamesAreSafe() {
        assertEquals("giay-tiep-nhan-000.00.06.H56-250715-0001.pdf",
            FormType.RECEIPT.fileName("000.00.06.H56-250715-0001"));
        String odd = FormType.REFUSAL.fileName("../../etc/passwd x");
        assertTrue(odd, odd.matches("phieu-tu-choi-[A-Za-z0-9._\\-]+\\.pdf") && !odd.contains("/"));
    }
}
