package vn.motcua.platform.api.text;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class VietnameseTextTest {
    @Test
    public void foldsMarksCaseAndDStroke() {
        assertEquals("cap giay phep xay dung", VietnameseText.fold("Cấp Giấy phép xây dựng"));
        assertEquals("dang ky khai sinh", VietnameseText.fold("ĐĂNG KÝ KHAI SINH"));
        assertEquals("chung thuc ban sao tu ban chinh", VietnameseText.fold("Chứng thực bản sao từ bản chính"));
    }

    @Test
    public void decomposedInputFoldsLikeComposed() {
        String decomposed = java.text.Normalizer.normalize("Thủ tục hành chính", java.text.Normalizer.Form.NFD);
        assertEquals(VietnameseText.fold("Thủ tục hành chính"), VietnameseText.fold(decomposed));
    }

    @Test
    public void punctuationAndSpacesCollapse() {
        assertEquals("giay phep lao dong 2025", VietnameseText.fold("  giấy-phép, lao   động (2025)! "));
        assertEquals("", VietnameseText.fold(" -- "));
        assertEquals("", VietnameseText.fold(null));
    }

    @Test
    public void tokensAreDistinctAndOrdered() {
        assertEquals(List.of("khai", "sinh"), VietnameseText.tokens("Khai sinh khai"));
        assertEquals(List.of(), VietnameseText.tokens("   "));
    }
}
