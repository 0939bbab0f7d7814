package vn.motcua.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Small but real files of the formats people upload, built in memory: images written by the JDK's own encoders,
 * Office Open XML and OpenDocument packages with their required parts, an OLE2 compound file laid out as Office
 * 97–2003 writes it. Tests of content sniffing and uploads use them instead of bare magic numbers.
 */
public final class SampleFiles {
    private SampleFiles() {
    }

    /** A one-page PDF with a cross-reference table. */
    public static byte[] pdf() {
        String body = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"
            + "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            + "trailer <</Root 1 0 R /Size 4>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    public static byte[] tiff() {
        return image("tiff");
    }

    public static byte[] gif() {
        return image("gif");
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xC0392B);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Word document: content types, package relationships and the main document part. */
    public static byte[] docx() {
        return zip(ooxml("word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                + "<w:t>Đơn đề nghị</w:t></w:r></w:p></w:body></w:document>"));
    }

    /** A Word document with a VBA project (what Word saves as .docm). */
    public static byte[] docm() {
        Map<String, byte[]> parts = ooxml("word/document.xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml", "<w:document/>");
        parts.put("word/vbaProject.bin", new byte[] {1, 2, 3});
        return zip(parts);
    }

    public static byte[] xlsx() {
        Map<String, byte[]> parts = ooxml("xl/workbook.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets>"
                + "<sheet name=\"Tờ khai\" sheetId=\"1\"/></sheets></workbook>");
        parts.put("xl/worksheets/sheet1.xml", utf8("<worksheet/>"));
        return zip(parts);
    }

    public static byte[] pptx() {
        return zip(ooxml("ppt/presentation.xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "<p:presentation/>"));
    }

    private static Map<String, byte[]> ooxml(String mainPart, String mainType, String mainXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"" + mainPart + "\"/></Relationships>"));
        parts.put(mainPart, utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + mainXml));
        return parts;
    }

    public static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text");
    }

    public static byte[] ods() {
        return odf("application/vnd.oasis.opendocument.spreadsheet");
    }

    /** An OpenDocument package of any type: the {@code mimetype} entry first and stored, as ODF requires. */
    public static byte[] odf(String mediaType) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            add(zip, "content.xml", utf8("<office:document-content xmlns:office="
                + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
            add(zip, "META-INF/manifest.xml", utf8("<manifest:manifest xmlns:manifest="
                + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A ZIP archive of the given entries, in order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                add(zip, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same archive with every entry marked as encrypted (general purpose flag bit 0), as password tools do. */
    public static byte[] markedEncrypted(byte[] zip) {
        byte[] out = zip.clone();
        for (int i = 0; i + 4 <= out.length; i++) {
            if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 3 && out[i + 3] == 4) {
                out[i + 6] |= 1;
            } else if (out[i] == 'P' && out[i + 1] == 'K' && out[i + 2] == 1 && out[i + 3] == 2) {
                out[i + 8] |= 1;
            }
        }
        return out;
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    public static byte[] doc() {
        return ole2(List.of("WordDocument", "1Table", "\u0005SummaryInformation"));
    }

    public static byte[] xls() {
        return ole2(List.of("Workbook", "\u0005SummaryInformation"));
    }

    private static final int SECTOR = 512;
    private static final int FREE = 0xFFFFFFFF;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int FAT_SECTOR = 0xFFFFFFFD;

    /**
     * An OLE2 compound file (version 3, 512-byte sectors) whose directory holds a root entry and one empty stream per
     * name. Sector 0 is the allocation table, the directory follows in as many chained sectors as it needs (four
     * entries a sector), so a long list exercises chain following.
     */
    public static byte[] ole2(List<String> streamNames) {
        int entries = streamNames.size() + 1;
        int directorySectors = (entries + 3) / 4;
        ByteBuffer file = ByteBuffer.allocate(SECTOR * (2 + directorySectors)).order(ByteOrder.LITTLE_ENDIAN);
        file.put(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        file.putShort(24, (short) 0x003E).putShort(26, (short) 3).putShort(28, (short) 0xFFFE);
        file.putShort(30, (short) 9).putShort(32, (short) 6);
        file.putInt(44, 1).putInt(48, 1).putInt(56, 4096).putInt(60, END_OF_CHAIN).putInt(68, END_OF_CHAIN);
        file.putInt(76, 0);
        for (int i = 1; i < 109; i++) {
            file.putInt(76 + 4 * i, FREE);
        }
        int fat = SECTOR;
        for (int i = 0; i < SECTOR / 4; i++) {
            file.putInt(fat + 4 * i, FREE);
        }
        file.putInt(fat, FAT_SECTOR);
        for (int d = 0; d < directorySectors; d++) {
            file.putInt(fat + 4 * (1 + d), d == directorySectors - 1 ? END_OF_CHAIN : 2 + d);
        }
        for (int e = 0; e < directorySectors * 4; e++) {
            int at = 2 * SECTOR + 128 * e;
            file.putInt(at + 68, FREE).putInt(at + 72, FREE).putInt(at + 76, FREE);
            if (e >= entries) {
                continue;
            }
            String name = e == 0 ? "Root Entry" : streamNames.get(e - 1);
            byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
            file.put(at, utf16, 0, utf16.length);
            file.putShort(at + 64, (short) (utf16.length + 2));
            file.put(at + 66, (byte) (e == 0 ? 5 : 2));
            file.put(at + 67, (byte) 1);
            if (e == 0) {
                file.putInt(at + 76, 1);
            } else if (e < entries - 1) {
                file.putInt(at + 72, e + 1);
            }
            file.putInt(at + 116, END_OF_CHAIN);
        }
        return file.array();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
