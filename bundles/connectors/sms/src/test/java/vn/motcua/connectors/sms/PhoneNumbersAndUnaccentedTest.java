package vn.motcua.connectors.sms;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.text.Normalizer;

import org.junit.Test;

public class PhoneNumbersAndUnaccentedTest {

    @Test
    public void numbersAsPeopleTypeThemBecome84Form() {
        for (String typed : new String[] {"0912345678", "0912 345 678", "091.234.5678", "(091) 234-5678",
            "+84912345678", "+84 912 345 678", "84912345678", "0084912345678", "+84 (0) 912 345 678", " 0912-345-678 "}) {
            assertEquals(typed, "84912345678", PhoneNumbers.international(typed));
        }
        assertEquals("84362345678", PhoneNumbers.international("036 234 5678")); // Viettel 03x
        assertEquals("84523456789", PhoneNumbers.international("052 345 6789")); // Vietnamobile 05x
        assertEquals("84701234567", PhoneNumbers.international("070 123 4567")); // MobiFone 07x
        assertEquals("84812345678", PhoneNumbers.international("081 234 5678")); // VinaPhone 08x
    }

    @Test
    public void landlinesShortCodesAndForeignNumbersAreRefused() {
        for (String wrong : new String[] {"", "   ", "12345", "024 3825 1234", "0212345678", "091234567", "09123456789",
            "+1 650 253 0000", "0912abc678", "01623456789", "+84 12 345 6789"}) {
            IllegalArgumentException e = assertThrows(wrong, IllegalArgumentException.class,
                () -> PhoneNumbers.international(wrong));
            assertTrue(e.getMessage().startsWith("Số điện thoại di động không hợp lệ"));
        }
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.international(null));
    }

    @Test
    public void masksAllButPrefixAndLastDigits() {
        assertEquals("84******678", PhoneNumbers.mask("84912345678"));
    }

    @Test
    public void unaccentedKeepsCaseDigitsAndPunctuation() {
        assertEquals("Ma xac minh cua ban la 482913. Dung chia se!",
            Unaccented.of("Mã xác minh của bạn là 482913. Đừng chia sẻ!"));
        assertEquals("DANG KY KHAI SINH - UBND Phuong Vinh Ninh, TP. Hue",
            Unaccented.of("ĐĂNG KÝ KHAI SINH – UBND Phường Vĩnh Ninh, TP. Huế"));
        assertEquals("Ho so 000.00.01.H57-250101-0001: \"da co ket qua\"... (nhan tai bo phan mot cua)",
            Unaccented.of("Hồ sơ 000.00.01.H57-250101-0001: “đã có kết quả”… (nhận tại bộ phận một cửa)"));
        assertEquals("  hai  khoang   trang\nxuong dong\t", Unaccented.of("  hai  khoảng   trắng\nxuống dòng\t"));
        assertEquals("", Unaccented.of(null));
    }

    @Test
    public void everyVietnameseLetterFolds() {
        String lower = "aàáảãạăằắẳẵặâầấẩẫậ bcdđ eèéẻẽẹêềếểễệ ghiìíỉĩị klmnoòóỏõọôồốổỗộơờớởỡợ pqrstuùúủũụưừứửữự vxyỳýỷỹỵ";
        String folded = Unaccented.of(lower);
        assertEquals("a".repeat(18) + " bcdd " + "e".repeat(12) + " ghi" + "i".repeat(5) + " klmn" + "o".repeat(18)
            + " pqrst" + "u".repeat(12) + " vxy" + "y".repeat(5), folded);
        assertEquals(folded.toUpperCase(), Unaccented.of(lower.toUpperCase()));
        assertTrue(folded.chars().allMatch(c -> c < 128));
    }

    @Test
    public void decomposedInputFoldsLikeComposed() {
        String text = "Thủ tục hành chính";
        assertEquals(Unaccented.of(text), Unaccented.of(Normalizer.normalize(text, Normalizer.Form.NFD)));
        assertEquals("Thu tuc hanh chinh", Unaccented.of(text));
    }
}
