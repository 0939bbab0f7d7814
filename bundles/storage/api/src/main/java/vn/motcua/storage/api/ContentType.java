package vn.motcua.storage.api;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file formats a dossier may carry, each recognised from its bytes by {@link ContentSniffer}. Which of them a
 * procedure accepts is the caller's policy ({@link BlobRequest#allowedTypes()}); {@link #SCANS} and
 * {@link #DOCUMENTS} are the usual choices.
 *
 * <p>Left out on purpose: executables and scripts, HTML and SVG (active content served from our own origin), GIF, HEIC
 * and WebP (phones and browsers convert to JPEG on upload; the error tells the citizen to do so), PowerPoint and
 * macro-enabled Office files. {@link #XML} (signed e-documents such as e-invoices) and {@link #ZIP} (e.g. drawings of a
 * construction permit) are available for procedures that need them but are in no default set: their content cannot be
 * previewed or checked by an officer the way a scan can.
 */
public enum ContentType {
    PDF("application/pdf", "PDF", "pdf"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    PNG("image/png", "PNG", "png"),
    TIFF("image/tiff", "TIFF", "tif", "tiff"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)", "xlsx"),
    DOC("application/msword", "Word 97–2003 (DOC)", "doc"),
    XLS("application/vnd.ms-excel", "Excel 97–2003 (XLS)", "xls"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument (ODT)", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument (ODS)", "ods"),
    XML("application/xml", "XML", "xml"),
    ZIP("application/zip", "ZIP", "zip");

    /** Scans and photos of paper documents: what counter digitisation and most online components need. */
    public static final Set<ContentType> SCANS = Set.copyOf(EnumSet.of(PDF, JPEG, PNG, TIFF));

    /** Scans plus the office formats forms (mẫu đơn, tờ khai) are published and filled in. */
    public static final Set<ContentType> DOCUMENTS =
        Set.copyOf(EnumSet.of(PDF, JPEG, PNG, TIFF, DOCX, XLSX, DOC, XLS, ODT, ODS));

    private final String mediaType;
    private final String label;
    private final List<String> extensions;

    ContentType(String mediaType, String label, String... extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The media type to serve the file with, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** A short name people recognise, e.g. {@code Word (DOCX)}; the same in Vietnamese and English. */
    public String label() {
        return label;
    }

    /** The extension given to stored names, lower case without the dot, e.g. {@code jpg}. */
    public String extension() {
        return extensions.get(0);
    }

    /** Every extension this format is known by, e.g. {@code jpg, jpeg}. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format whose extension this is (case-insensitive, without the dot), if any. */
    public static Optional<ContentType> ofExtension(String extension) {
        if (extension == null) {
            return Optional.empty();
        }
        String ext = extension.toLowerCase(Locale.ROOT);
        for (ContentType t : values()) {
            if (t.extensions.contains(ext)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Labels of the given formats in declaration order, e.g. {@code PDF, JPEG, PNG}, for messages. */
    public static String labels(Set<ContentType> types) {
        StringBuilder out = new StringBuilder();
        for (ContentType t : values()) {
            if (types.contains(t)) {
                out.append(out.length() == 0 ? "" : ", ").append(t.label);
            }
        }
        return out.toString();
    }
}
