package vn.motcua.storage.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

import org.junit.Test;

public class FileNamesTest {

    private static String forPdf(String raw) {
        return FileNames.forType(raw, ContentType.PDF).orElseThrow();
    }

    @Test
    public void keepsOnlyTheLastPathSegment() {
        assertEquals("passwd.pdf", forPdf("../../etc/passwd"));
        assertEquals("y.pdf", forPdf("C:\\x\\y.pdf"));
        assertEquals("Mẫu 01.pdf", forPdf("\\\\server\\share\\hồ sơ\\Mẫu 01.pdf"));
        assertEquals(Optional.empty(), FileNames.forType("../../", ContentType.PDF));
        assertEquals(Optional.empty(), FileNames.forType("C:\\tmp\\", ContentType.PDF));
    }

    /** macOS sends "Đơn đề nghị" decomposed; stored names are composed, so both spellings are the same name. */
    @Test
    public void composesVietnameseToNfc() {
        String nfd = Normalizer.normalize("Đơn đề nghị.pdf", Normalizer.Form.NFD);
        assertFalse(nfd.equals("Đơn đề nghị.pdf"));
        String stored = forPdf(nfd);
        assertEquals("Đơn đề nghị.pdf", stored);
        assertTrue(Normalizer.isNormalized(stored, Normalizer.Form.NFC));
        assertEquals("Giấy chứng nhận quyền sử dụng đất - Ông Nguyễn Văn Ấn (bản sao).pdf",
            forPdf("Giấy chứng nhận quyền sử dụng đất - Ông Nguyễn Văn Ấn (bản sao).pdf"));
    }

    @Test
    public void dropsControlFormatAndReservedCharacters() {
        assertEquals("ab.pdf", forPdf("a\u0000b.pdf"));
        assertEquals("a b.pdf", forPdf("a\r\n\tb.pdf"));
        // U+202E would show "hoa-don‮fdp.exe" as "hoa-donexe.pdf"
        assertEquals("hoa-donfdp.exe.pdf", forPdf("hoa-don\u202Efdp.exe"));
        assertEquals("ab.pdf", forPdf("a\u200Bb.pdf"));
        assertEquals("abcd.pdf", forPdf("a<b>c:\"d|?*.pdf"));
        assertEquals("đơn.pdf", forPdf("  ..đơn.pdf. . "));
        assertEquals("a b.pdf", forPdf("a\u00A0\u00A0 b.pdf"));
        assertEquals(Optional.empty(), FileNames.forType("\u0001\u0002 ...", ContentType.PDF));
    }

    @Test
    public void avoidsWindowsDeviceNames() {
        assertEquals("_CON.pdf", forPdf("CON.pdf"));
        assertEquals("_nul.tar.gz.pdf", forPdf("nul.tar.gz"));
        assertEquals("Đơn.pdf", forPdf("Đơn .pdf"));
        assertEquals("_com1.png", FileNames.forType("com1.jpg", ContentType.PNG).orElseThrow());
        assertEquals("console.pdf", forPdf("console.pdf"));
    }

    @Test
    public void endsInTheExtensionOfTheSniffedType() {
        assertEquals("scan.png", FileNames.forType("scan.jpg", ContentType.PNG).orElseThrow());
        assertEquals("anh.jpeg", FileNames.forType("anh.JPEG", ContentType.JPEG).orElseThrow());
        assertEquals("Đơn.pdf", forPdf("Đơn.PDF"));
        assertEquals("Báo cáo v1.2.pdf", forPdf("Báo cáo v1.2"));
        assertEquals("setup.exe.pdf", forPdf("setup.exe"));
        assertEquals("bang-ke.xlsx", FileNames.forType("bang-ke.docx", ContentType.XLSX).orElseThrow());
        assertEquals("pdf.pdf", forPdf(".pdf"));
    }

    @Test
    public void limitsLengthInCharactersAndBytesKeepingTheExtension() {
        String ascii = forPdf("a".repeat(300) + ".pdf");
        assertEquals(FileNames.MAX_CHARS, ascii.length());
        assertTrue(ascii.endsWith("a.pdf"));
        String vietnamese = forPdf("Đơn đề nghị ".repeat(40) + ".pdf");
        assertTrue(vietnamese.endsWith(".pdf"));
        assertTrue(vietnamese.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_UTF8_BYTES);
        assertFalse("no space before the extension", vietnamese.endsWith(" .pdf"));
        String emoji = forPdf("📄".repeat(200) + ".pdf");
        assertTrue(emoji.endsWith(".pdf"));
        assertEquals("whole code points only", emoji, new String(emoji.getBytes(StandardCharsets.UTF_8),
            StandardCharsets.UTF_8));
    }

    @Test
    public void cleanKeepsWhateverExtensionTheNameHas() {
        assertEquals("Mẫu 01 - đơn đề nghị.pdf", FileNames.clean("C:\\Users\\cb\\Mẫu 01 - đơn đề nghị.pdf"));
        assertEquals("to-khai.docx", FileNames.clean("to-khai.DOCX"));
        assertEquals("", FileNames.clean(null));
        assertEquals("", FileNames.clean("../../"));
        assertEquals("docx", FileNames.extension("a.b.docx"));
        assertEquals("", FileNames.extension("README"));
        assertEquals("", FileNames.extension("a.tar gz"));
    }

    @Test
    public void sizesReadNaturallyInBothLanguages() {
        assertEquals("10 MB", BlobErrors.size(10L * 1024 * 1024, true));
        assertEquals("1,5 MB", BlobErrors.size(1536L * 1024, true));
        assertEquals("1.5 MB", BlobErrors.size(1536L * 1024, false));
        assertEquals("100 KB", BlobErrors.size(100L * 1024, false));
        assertEquals("12 bytes", BlobErrors.size(12, false));
    }
}
