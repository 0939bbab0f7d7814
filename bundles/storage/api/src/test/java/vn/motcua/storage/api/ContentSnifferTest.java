package vn.motcua.storage.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static vn.motcua.testing.SampleFiles.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import vn.motcua.testing.SampleFiles;

public class ContentSnifferTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    /** Real files of every storable format, each recognised from bytes alone, in memory and on disk alike. */
    @Test
    public void recognisesEveryStorableFormatFromItsBytes() throws IOException {
        Map<ContentType, byte[]> samples = new LinkedHashMap<>();
        samples.put(ContentType.PDF, SampleFiles.pdf());
        samples.put(ContentType.JPEG, SampleFiles.jpeg());
        samples.put(ContentType.PNG, SampleFiles.png());
        samples.put(ContentType.TIFF, SampleFiles.tiff());
        samples.put(ContentType.DOCX, SampleFiles.docx());
        samples.put(ContentType.XLSX, SampleFiles.xlsx());
        samples.put(ContentType.DOC, SampleFiles.doc());
        samples.put(ContentType.XLS, SampleFiles.xls());
        samples.put(ContentType.ODT, SampleFiles.odt());
        samples.put(ContentType.ODS, SampleFiles.ods());
        samples.put(ContentType.XML, utf8("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- hoá đơn -->\n"
            + "<!DOCTYPE HDon [<!ENTITY x \"y\">]>\n<HDon xmlns=\"http://kekhaithue.gdt.gov.vn\"><DLHDon/></HDon>"));
        samples.put(ContentType.ZIP, SampleFiles.zip(Map.of("ban-ve/mat-bang.pdf", SampleFiles.pdf(),
            "ban-ve/ghi-chu.txt", utf8("Bản vẽ mặt bằng"))));
        assertEquals("every type has a sample", ContentType.values().length, samples.size());
        for (Map.Entry<ContentType, byte[]> e : samples.entrySet()) {
            assertEquals(e.getKey().name(), e.getKey(), ContentSniffer.sniff(e.getValue()).type());
            Path file = folder.newFile(e.getKey().name()).toPath();
            Files.write(file, e.getValue());
            assertEquals(e.getKey().name() + " on disk", e.getKey(), ContentSniffer.sniff(file).type());
            assertTrue(e.getKey() + " is a candidate of its own head", ContentSniffer.candidates(e.getValue(),
                Math.min(e.getValue().length, ContentSniffer.HEAD_BYTES)).contains(e.getKey()));
        }
    }

    /** Formats recognised only to be refused, each named so that the citizen knows what to change. */
    @Test
    public void namesWhatItRefuses() {
        Map<String, byte[]> refused = new LinkedHashMap<>();
        refused.put("ảnh GIF", SampleFiles.gif());
        refused.put("HEIC", concat(new byte[] {0, 0, 0, 24}, utf8("ftypheic\0\0\0\0mif1heic")));
        refused.put("WebP", concat(utf8("RIFF"), new byte[] {36, 0, 0, 0}, utf8("WEBPVP8 ")));
        refused.put("video", concat(new byte[] {0, 0, 0, 24}, utf8("ftypisom\0\0\0\0isomiso2")));
        refused.put("Windows", concat(utf8("MZ"), new byte[64]));
        refused.put("chạy được", utf8("#!/bin/sh\nrm -rf /\n"));
        refused.put("HTML", utf8("  <!DOCTYPE html><html><script>alert(1)</script></html>"));
        refused.put("SVG", utf8("<?xml version=\"1.0\"?><!-- x --><svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        refused.put("SVG ", utf8("<svg onload=\"alert(1)\"/>"));
        refused.put("HTML ", utf8("<?xml version=\"1.0\"?><x:html xmlns:x=\"http://www.w3.org/1999/xhtml\"/>"));
        refused.put("RAR", utf8("Rar!\u001A\u0007\u0001\u0000"));
        refused.put("7z", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4});
        refused.put("GZIP", new byte[] {0x1F, (byte) 0x8B, 8, 0});
        refused.put("DOCM", SampleFiles.docm());
        refused.put("PPTX", SampleFiles.pptx());
        refused.put("OpenDocument loại khác", SampleFiles.odf("application/vnd.oasis.opendocument.presentation"));
        refused.put("mật khẩu", SampleFiles.markedEncrypted(SampleFiles.zip(Map.of("a.pdf", SampleFiles.pdf()))));
        refused.put("chương trình chạy được", SampleFiles.zip(Map.of("huong-dan.pdf", SampleFiles.pdf(),
            "setup.EXE", concat(utf8("MZ"), new byte[16]))));
        refused.put("Word 97–2003 có macro", SampleFiles.ole2(List.of("WordDocument", "Macros", "VBA")));
        refused.put("Excel 97–2003 có macro", SampleFiles.ole2(List.of("Workbook", "_VBA_PROJECT_CUR")));
        refused.put("PowerPoint 97–2003", SampleFiles.ole2(List.of("PowerPoint Document", "Current User")));
        refused.put("Office có mật khẩu", SampleFiles.ole2(List.of("EncryptedPackage", "EncryptionInfo")));
        refused.put("MSI", SampleFiles.ole2(List.of("\u4840\u3b3f\u4577", "SummaryInformation")));
        refused.put("bị hỏng", Arrays.copyOf(SampleFiles.docx(), 200));
        refused.put("không rõ", utf8("Đơn đề nghị cấp giấy phép xây dựng (bản text)"));
        refused.put("rỗng", new byte[0]);
        for (Map.Entry<String, byte[]> e : refused.entrySet()) {
            Sniffed s = ContentSniffer.sniff(e.getValue());
            assertNull(e.getKey() + " → " + s, s.type());
            assertTrue(e.getKey() + " named in " + s.formatVi(), s.formatVi().contains(e.getKey().strip()));
        }
    }

    /** The directory of a compound file is read across chained sectors, wherever the main stream's entry lies. */
    @Test
    public void readsAnOle2DirectoryThatSpansSeveralSectors() {
        byte[] doc = SampleFiles.ole2(List.of("\u0005SummaryInformation", "\u0005DocumentSummaryInformation",
            "1Table", "Data", "ObjectPool", "CompObj", "WordDocument"));
        assertEquals(ContentType.DOC, ContentSniffer.sniff(doc).type());
        byte[] loop = doc.clone();
        loop[512 + 4 * 2] = 1; // the directory's second sector points back to the first
        loop[512 + 4 * 2 + 1] = 0;
        loop[512 + 4 * 2 + 2] = 0;
        loop[512 + 4 * 2 + 3] = 0;
        assertTrue(ContentSniffer.sniff(loop).formatVi().contains("bị hỏng"));
    }

    /** The first bytes already tell which types a stream can still become, so uploads are refused early. */
    @Test
    public void headDecidesTheCandidates() {
        byte[] docx = SampleFiles.docx();
        assertEquals(Set.of(ContentType.DOCX, ContentType.XLSX, ContentType.ODT, ContentType.ODS, ContentType.ZIP),
            ContentSniffer.candidates(docx, 64));
        assertEquals(Set.of(ContentType.DOC, ContentType.XLS), ContentSniffer.candidates(SampleFiles.xls(), 512));
        assertEquals(Set.of(ContentType.PDF), ContentSniffer.candidates(SampleFiles.pdf(), 16));
        assertEquals(Set.of(), ContentSniffer.candidates(utf8("MZ\u0090\u0000"), 4));
        assertTrue(ContentSniffer.describeHead(docx, 64).formatVi().contains("ZIP"));
        assertTrue(ContentSniffer.describeHead(utf8("MZ\u0090\u0000"), 4).formatEn().contains("executable"));
    }

    /** A PDF renamed .docx is a PDF, and a ZIP's entries decide, not its first entry's name. */
    @Test
    public void theNameIsNeverConsulted() {
        Map<String, byte[]> disguised = new LinkedHashMap<>();
        disguised.put("report.docx", SampleFiles.pdf());
        assertEquals(ContentType.PDF, ContentSniffer.sniff(disguised.get("report.docx")).type());
        byte[] zipNamedLikeOffice = SampleFiles.zip(Map.of("word.docx", utf8("not really"), "xl.txt", utf8("x")));
        assertEquals(ContentType.ZIP, ContentSniffer.sniff(zipNamedLikeOffice).type());
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
