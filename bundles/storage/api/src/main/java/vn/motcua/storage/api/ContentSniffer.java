package vn.motcua.storage.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides a file's format from its bytes, never from its name or from what the client declares.
 *
 * <p>Simple formats are known by their first bytes (magic numbers). Containers are opened just enough to tell what is
 * inside: a ZIP by its central directory (DOCX, XLSX, ODT, ODS, or a plain ZIP with no executables and no encrypted
 * entries), an OLE2 compound file by its directory (Word or Excel 97–2003). Macro-enabled and password-protected
 * Office files, executables, active web content (HTML, SVG) and formats phones produce but officers cannot open
 * (HEIC, WebP) are recognised only to be named in the refusal. Reading is bounded: the first {@value #HEAD_BYTES} bytes,
 * a ZIP's last 64 KiB and central directory (at most {@value #MAX_DIRECTORY_BYTES} bytes), an OLE2 file's allocation
 * table and directory sectors.
 */
public final class ContentSniffer {
    /** How many leading bytes {@link #candidates} needs to see to decide what a stream can still turn out to be. */
    public static final int HEAD_BYTES = 8192;
    static final int MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;
    private static final int MAX_OLE2_DIRECTORY_SECTORS = 256;

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[][] TIFF = {{'I', 'I', 42, 0}, {'M', 'M', 0, 42}, {'I', 'I', 43, 0}, {'M', 'M', 0, 43}};
    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Set<ContentType> ZIP_FAMILY = Set.copyOf(EnumSet.of(ContentType.DOCX, ContentType.XLSX,
        ContentType.ODT, ContentType.ODS, ContentType.ZIP));
    private static final Set<ContentType> OLE2_FAMILY = Set.copyOf(EnumSet.of(ContentType.DOC, ContentType.XLS));
    /** Entries that make a ZIP able to run something when opened or extracted carelessly. */
    private static final List<String> RUNNABLE_SUFFIXES = List.of(".exe", ".com", ".bat", ".cmd", ".scr", ".pif",
        ".msi", ".dll", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".hta", ".ps1", ".jar", ".apk", ".lnk", ".sh", ".class");

    private ContentSniffer() {
    }

    public static Sniffed sniff(byte[] content) {
        try {
            return sniff(new ArraySource(content));
        } catch (IOException e) {
            throw new IllegalStateException("reading an array cannot fail", e);
        }
    }

    public static Sniffed sniff(Path file) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return sniff(channel);
        }
    }

    /** Reads the channel at the positions it needs (its position is changed). */
    public static Sniffed sniff(SeekableByteChannel channel) throws IOException {
        return sniff(new ChannelSource(channel));
    }

    /**
     * The storable formats a file beginning with these bytes can still turn out to be, so that an upload can be
     * refused before the rest is read: one format for simple ones, the ZIP or OLE2 family for containers, none for
     * anything else. Give at least {@link #HEAD_BYTES} bytes unless the file is shorter.
     */
    public static Set<ContentType> candidates(byte[] head, int length) {
        byte[] h = length == head.length ? head : Arrays.copyOf(head, length);
        if (startsWith(h, ZIP_LOCAL) || startsWith(h, ZIP_EMPTY)) {
            return ZIP_FAMILY;
        }
        if (startsWith(h, OLE2)) {
            return OLE2_FAMILY;
        }
        ContentType t = simple(h).type();
        return t == null ? Set.of() : Set.of(t);
    }

    /** How the first bytes are described when {@link #candidates} rules the file out before it is complete. */
    public static Sniffed describeHead(byte[] head, int length) {
        byte[] h = length == head.length ? head : Arrays.copyOf(head, length);
        if (startsWith(h, ZIP_LOCAL) || startsWith(h, ZIP_EMPTY)) {
            return Sniffed.other("tài liệu Office hoặc tệp nén ZIP", "an Office document or ZIP archive");
        }
        if (startsWith(h, OLE2)) {
            return Sniffed.other("tài liệu Office 97–2003", "an Office 97–2003 document");
        }
        return simple(h);
    }

    private static Sniffed sniff(Source source) throws IOException {
        byte[] head = source.read(0, HEAD_BYTES);
        if (startsWith(head, ZIP_LOCAL) || startsWith(head, ZIP_EMPTY)) {
            return zip(source, head);
        }
        if (startsWith(head, OLE2)) {
            return ole2(source, head);
        }
        return simple(head);
    }

    /** Formats told by their first bytes alone. */
    private static Sniffed simple(byte[] h) {
        if (h.length == 0) {
            return Sniffed.other("tệp rỗng", "an empty file");
        }
        if (startsWith(h, PDF)) {
            return Sniffed.of(ContentType.PDF);
        }
        if (startsWith(h, JPEG)) {
            return Sniffed.of(ContentType.JPEG);
        }
        if (startsWith(h, PNG)) {
            return Sniffed.of(ContentType.PNG);
        }
        for (byte[] tiff : TIFF) {
            if (startsWith(h, tiff)) {
                return Sniffed.of(ContentType.TIFF);
            }
        }
        if (startsWith(h, ascii("GIF87a")) || startsWith(h, ascii("GIF89a"))) {
            return Sniffed.other("ảnh GIF (hãy chuyển sang JPEG hoặc PNG)", "a GIF image (convert it to JPEG or PNG)");
        }
        if (startsWith(h, ascii("RIFF")) && at(h, 8, ascii("WEBP"))) {
            return Sniffed.other("ảnh WebP (hãy chuyển sang JPEG hoặc PNG)", "a WebP image (convert it to JPEG or PNG)");
        }
        if (at(h, 4, ascii("ftyp"))) {
            String brand = h.length >= 12 ? new String(h, 8, 4, StandardCharsets.ISO_8859_1) : "";
            if (Set.of("heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif").contains(brand)) {
                return Sniffed.other("ảnh HEIC/HEIF của điện thoại (hãy chuyển sang JPEG)",
                    "a HEIC/HEIF phone photo (convert it to JPEG)");
            }
            return Sniffed.other("tệp video", "a video file");
        }
        if (startsWith(h, ascii("Rar!\u001A\u0007"))) {
            return Sniffed.other("tệp nén RAR", "a RAR archive");
        }
        if (startsWith(h, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})) {
            return Sniffed.other("tệp nén 7z", "a 7z archive");
        }
        if (startsWith(h, new byte[] {0x1F, (byte) 0x8B})) {
            return Sniffed.other("tệp nén GZIP", "a GZIP archive");
        }
        if (startsWith(h, ascii("MZ"))) {
            return Sniffed.other("tệp chạy được của Windows (EXE/DLL)", "a Windows executable (EXE/DLL)");
        }
        if (startsWith(h, new byte[] {0x7F, 'E', 'L', 'F'}) || startsWith(h, ascii("#!"))
            || startsWith(h, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE})) {
            return Sniffed.other("chương trình hoặc kịch bản chạy được", "an executable program or script");
        }
        return markup(h);
    }

    /** XML, and the markup that must never be stored as such (HTML, SVG: scripts served from our origin). */
    private static Sniffed markup(byte[] h) {
        String text = new String(h, StandardCharsets.ISO_8859_1);
        int i = startsWith(h, UTF8_BOM) ? UTF8_BOM.length : 0;
        i = skipSpace(text, i);
        String rest = text.substring(i).toLowerCase(Locale.ROOT);
        if (rest.startsWith("<?xml")) {
            String root = rootElement(text, i);
            if (root != null) {
                String local = root.substring(root.indexOf(':') + 1).toLowerCase(Locale.ROOT);
                if (local.equals("svg")) {
                    return svg();
                }
                if (local.equals("html")) {
                    return html();
                }
            }
            return Sniffed.of(ContentType.XML);
        }
        for (String tag : List.of("<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<!--")) {
            if (rest.startsWith(tag)) {
                return html();
            }
        }
        if (rest.startsWith("<svg")) {
            return svg();
        }
        return Sniffed.other("tệp không rõ định dạng", "a file of unknown format");
    }

    private static Sniffed html() {
        return Sniffed.other("trang web (HTML)", "a web page (HTML)");
    }

    private static Sniffed svg() {
        return Sniffed.other("ảnh vector SVG", "an SVG vector image");
    }

    /** The name of the root element after the prolog (declaration, processing instructions, comments, DOCTYPE). */
    private static String rootElement(String text, int from) {
        int i = from;
        while (i < text.length()) {
            i = skipSpace(text, i);
            if (text.startsWith("<?", i)) {
                i = after(text, "?>", i);
            } else if (text.startsWith("<!--", i)) {
                i = after(text, "-->", i);
            } else if (text.startsWith("<!", i)) {
                int bracket = text.indexOf('[', i);
                int close = text.indexOf('>', i);
                i = bracket >= 0 && (close < 0 || bracket < close) ? after(text, "]>", i) : after(text, ">", i);
            } else if (text.startsWith("<", i)) {
                int end = i + 1;
                while (end < text.length() && " \t\r\n/>".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                return end < text.length() ? text.substring(i + 1, end) : null;
            } else {
                return null;
            }
        }
        return null;
    }

    private static int after(String text, String token, int from) {
        int at = text.indexOf(token, from);
        return at < 0 ? text.length() : at + token.length();
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\r\n".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    // --- ZIP containers -----------------------------------------------------------------------------------------------

    private record ZipEntryName(String name, boolean encrypted) {
    }

    private static Sniffed zip(Source source, byte[] head) throws IOException {
        List<ZipEntryName> entries = centralDirectory(source);
        if (entries == null) {
            return Sniffed.other("tệp ZIP hoặc Office bị hỏng hay không trọn vẹn",
                "a damaged or incomplete ZIP/Office file");
        }
        Set<String> names = new HashSet<>();
        boolean encrypted = false;
        boolean runnable = false;
        for (ZipEntryName e : entries) {
            names.add(e.name());
            encrypted |= e.encrypted();
            String lower = e.name().toLowerCase(Locale.ROOT);
            runnable |= RUNNABLE_SUFFIXES.stream().anyMatch(lower::endsWith);
        }
        if (encrypted) {
            return Sniffed.other("tệp nén có mật khẩu", "a password-protected archive");
        }
        String odf = odfMimeType(head);
        if (odf != null) {
            boolean macros = names.stream().anyMatch(n -> n.startsWith("Basic/") || n.startsWith("Scripts/"));
            if (odf.equals(ContentType.ODT.mediaType()) && !macros) {
                return Sniffed.of(ContentType.ODT);
            }
            if (odf.equals(ContentType.ODS.mediaType()) && !macros) {
                return Sniffed.of(ContentType.ODS);
            }
            return macros ? Sniffed.other("tài liệu OpenDocument có macro", "an OpenDocument file with macros")
                : Sniffed.other("tài liệu OpenDocument loại khác (" + odf + ")", "another OpenDocument type (" + odf + ")");
        }
        if (names.contains("[Content_Types].xml")) {
            boolean macros = names.stream().anyMatch(n -> n.endsWith("vbaProject.bin"));
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return macros ? Sniffed.other("tài liệu Word có macro (DOCM)", "a Word document with macros (DOCM)")
                    : Sniffed.of(ContentType.DOCX);
            }
            if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return macros ? Sniffed.other("bảng tính Excel có macro (XLSM)", "an Excel workbook with macros (XLSM)")
                    : Sniffed.of(ContentType.XLSX);
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return Sniffed.other("bản trình chiếu PowerPoint (PPTX)", "a PowerPoint presentation (PPTX)");
            }
            return Sniffed.other("gói Office Open XML loại khác", "another Office Open XML package");
        }
        if (runnable) {
            return Sniffed.other("tệp nén chứa chương trình chạy được", "an archive containing executable files");
        }
        return Sniffed.of(ContentType.ZIP);
    }

    /** ODF packages start with a stored entry {@code mimetype} holding the document's media type (ODF 1.2 §3.3). */
    private static String odfMimeType(byte[] head) {
        if (head.length < 30 || !startsWith(head, ZIP_LOCAL) || u16(head, 8) != 0) {
            return null;
        }
        int nameLength = u16(head, 26);
        int extraLength = u16(head, 28);
        long size = u32(head, 18);
        int start = 30 + nameLength + extraLength;
        if (nameLength != 8 || !at(head, 30, ascii("mimetype")) || size > 200 || start + size > head.length) {
            return null;
        }
        return new String(head, start, (int) size, StandardCharsets.US_ASCII).strip();
    }

    /** Entry names from the central directory, or null when it cannot be found or is out of bounds. */
    private static List<ZipEntryName> centralDirectory(Source source) throws IOException {
        long size = source.size();
        int tailLength = (int) Math.min(size, 22 + 65_535);
        long tailStart = size - tailLength;
        byte[] tail = source.read(tailStart, tailLength);
        int eocd = -1;
        for (int i = tail.length - 22; i >= 0; i--) {
            if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6
                && i + 22 + u16(tail, i + 20) <= tail.length) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        long count = u16(tail, eocd + 10);
        long directorySize = u32(tail, eocd + 12);
        long directoryOffset = u32(tail, eocd + 16);
        if (count == 0xFFFF || directorySize == 0xFFFF_FFFFL || directoryOffset == 0xFFFF_FFFFL) {
            long locator = tailStart + eocd - 20;
            byte[] loc = locator >= 0 ? source.read(locator, 20) : new byte[0];
            if (loc.length < 20 || !startsWith(loc, new byte[] {'P', 'K', 6, 7})) {
                return null;
            }
            byte[] zip64 = source.read(u64(loc, 8), 56);
            if (zip64.length < 56 || !startsWith(zip64, new byte[] {'P', 'K', 6, 6})) {
                return null;
            }
            count = u64(zip64, 32);
            directorySize = u64(zip64, 40);
            directoryOffset = u64(zip64, 48);
        }
        if (directorySize > MAX_DIRECTORY_BYTES || directoryOffset < 0 || directoryOffset + directorySize > size) {
            return null;
        }
        byte[] dir = source.read(directoryOffset, (int) directorySize);
        List<ZipEntryName> names = new ArrayList<>();
        int p = 0;
        while (p + 46 <= dir.length && names.size() < count) {
            if (!(dir[p] == 'P' && dir[p + 1] == 'K' && dir[p + 2] == 1 && dir[p + 3] == 2)) {
                return null;
            }
            int flags = u16(dir, p + 8);
            int nameLength = u16(dir, p + 28);
            int next = p + 46 + nameLength + u16(dir, p + 30) + u16(dir, p + 32);
            if (next > dir.length) {
                return null;
            }
            boolean utf8 = (flags & 0x800) != 0;
            names.add(new ZipEntryName(new String(dir, p + 46, nameLength,
                utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1), (flags & 1) != 0));
            p = next;
        }
        return names.size() == count ? names : null;
    }

    // --- OLE2 compound files (Office 97–2003) -------------------------------------------------------------------------

    private static final long END_OF_CHAIN = 0xFFFF_FFFEL;

    private static Sniffed ole2(Source source, byte[] head) throws IOException {
        Set<String> names = ole2Names(source, head);
        if (names == null) {
            return Sniffed.other("tài liệu Office 97–2003 bị hỏng", "a damaged Office 97–2003 file");
        }
        if (names.contains("EncryptedPackage")) {
            return Sniffed.other("tài liệu Office có mật khẩu", "a password-protected Office document");
        }
        boolean macros = names.contains("Macros") || names.contains("_VBA_PROJECT_CUR") || names.contains("VBA");
        if (names.contains("WordDocument")) {
            return macros ? Sniffed.other("tài liệu Word 97–2003 có macro", "a Word 97–2003 document with macros")
                : Sniffed.of(ContentType.DOC);
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return macros ? Sniffed.other("bảng tính Excel 97–2003 có macro", "an Excel 97–2003 workbook with macros")
                : Sniffed.of(ContentType.XLS);
        }
        if (names.contains("PowerPoint Document")) {
            return Sniffed.other("bản trình chiếu PowerPoint 97–2003 (PPT)", "a PowerPoint 97–2003 presentation (PPT)");
        }
        return Sniffed.other("tệp OLE2 không phải Word hay Excel (ví dụ MSI, MSG)",
            "an OLE2 file that is neither Word nor Excel (e.g. MSI, MSG)");
    }

    /** Names in the compound file's directory, following the directory's chain through the allocation table. */
    private static Set<String> ole2Names(Source source, byte[] head) throws IOException {
        if (head.length < 512) {
            return null;
        }
        int shift = u16(head, 30);
        if (shift != 9 && shift != 12) {
            return null;
        }
        int sectorSize = 1 << shift;
        int perSector = sectorSize / 4;
        long sectors = (source.size() - sectorSize) / sectorSize + 1;
        List<Long> fat = fatSectors(source, head, sectorSize, perSector, sectors);
        if (fat == null) {
            return null;
        }
        Set<String> names = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        long sector = u32(head, 48);
        while (sector != END_OF_CHAIN) {
            if (sector >= sectors || !seen.add(sector) || seen.size() > MAX_OLE2_DIRECTORY_SECTORS) {
                return null;
            }
            byte[] entries = source.read((sector + 1) << shift, sectorSize);
            if (entries.length < sectorSize) {
                return null;
            }
            for (int e = 0; e + 128 <= entries.length; e += 128) {
                int type = entries[e + 66];
                int nameBytes = u16(entries, e + 64);
                if ((type == 1 || type == 2 || type == 5) && nameBytes >= 2 && nameBytes <= 64) {
                    names.add(new String(entries, e, nameBytes - 2, StandardCharsets.UTF_16LE));
                }
            }
            int fatIndex = (int) (sector / perSector);
            if (fatIndex >= fat.size()) {
                return null;
            }
            byte[] next = source.read(((fat.get(fatIndex) + 1) << shift) + (sector % perSector) * 4, 4);
            if (next.length < 4) {
                return null;
            }
            sector = u32(next, 0);
        }
        return names;
    }

    /** The sectors holding the allocation table: 109 listed in the header, the rest in the DIFAT chain. */
    private static List<Long> fatSectors(Source source, byte[] head, int sectorSize, int perSector, long sectors)
        throws IOException {
        long count = u32(head, 44);
        if (count > sectors) {
            return null;
        }
        List<Long> fat = new ArrayList<>();
        for (int i = 0; i < 109 && fat.size() < count; i++) {
            fat.add(u32(head, 76 + 4 * i));
        }
        long difat = u32(head, 68);
        int hops = 0;
        while (fat.size() < count) {
            if (difat >= sectors || ++hops > sectors) {
                return null;
            }
            byte[] s = source.read((difat + 1) * sectorSize, sectorSize);
            if (s.length < sectorSize) {
                return null;
            }
            for (int i = 0; i < perSector - 1 && fat.size() < count; i++) {
                fat.add(u32(s, 4 * i));
            }
            difat = u32(s, sectorSize - 4);
        }
        for (long f : fat) {
            if (f >= sectors) {
                return null;
            }
        }
        return fat;
    }

    // --- bytes ---------------------------------------------------------------------------------------------------------

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return at(content, 0, prefix);
    }

    private static boolean at(byte[] content, int offset, byte[] expected) {
        if (content.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (content[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return u16(b, at) | (long) u16(b, at + 2) << 16;
    }

    private static long u64(byte[] b, int at) {
        return u32(b, at) | u32(b, at + 4) << 32;
    }

    /** Random access to the file's bytes; a read past the end returns fewer bytes. */
    private interface Source {
        long size() throws IOException;

        byte[] read(long position, int length) throws IOException;
    }

    private record ArraySource(byte[] content) implements Source {
        @Override
        public long size() {
            return content.length;
        }

        @Override
        public byte[] read(long position, int length) {
            if (position < 0 || position >= content.length) {
                return new byte[0];
            }
            return Arrays.copyOfRange(content, (int) position, (int) Math.min(content.length, position + length));
        }
    }

    private record ChannelSource(SeekableByteChannel channel) implements Source {
        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public byte[] read(long position, int length) throws IOException {
            long size = channel.size();
            if (position < 0 || position >= size) {
                return new byte[0];
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, size - position));
            channel.position(position);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // keep reading until the buffer is full or the end is reached
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }
}
