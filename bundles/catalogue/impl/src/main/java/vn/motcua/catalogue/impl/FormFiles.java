package vn.motcua.catalogue.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import vn.motcua.platform.api.error.ValidationException;
import vn.motcua.storage.api.ContentSniffer;
import vn.motcua.storage.api.ContentType;
import vn.motcua.storage.api.FileNames;
import vn.motcua.storage.api.Sniffed;

/**
 * What a form file may be, decided from its bytes and its name together: the extension must be one of the office
 * formats forms are published in, and the content, sniffed by the storage API's {@link ContentSniffer} (the same code
 * that checks dossier attachments), must be that format. The client's declared content type is never trusted.
 */
final class FormFiles {
    /** Formats forms are published in (no images: a form is meant to be filled in). */
    static final Set<ContentType> FORM_TYPES = Set.copyOf(EnumSet.of(ContentType.PDF, ContentType.DOC, ContentType.XLS,
        ContentType.DOCX, ContentType.XLSX, ContentType.ODT, ContentType.ODS));

    private FormFiles() {
    }

    /** A safe file name ({@link FileNames#clean}) that has an extension. */
    static String sanitiseName(String raw) {
        if (raw == null) {
            throw ValidationException.of("fileName", "required", "Cần tên tệp", "the file name is required");
        }
        String clean = FileNames.clean(raw);
        if (clean.isEmpty() || FileNames.extension(clean).isEmpty()) {
            throw ValidationException.of("fileName", "bad-format", "Tên tệp phải có phần mở rộng, ví dụ mau-don.docx",
                "the file name needs an extension, e.g. form.docx");
        }
        return clean;
    }

    /** The content type for this name and content, or a ValidationException naming {@code file}. */
    static String contentType(String fileName, byte[] content) {
        String ext = FileNames.extension(fileName);
        ContentType expected = ContentType.ofExtension(ext).filter(FORM_TYPES::contains).orElse(null);
        if (expected == null) {
            List<String> extensions = FORM_TYPES.stream().map(ContentType::extension).sorted().toList();
            throw ValidationException.of("file", "type-not-allowed", "Chỉ nhận tệp " + String.join(", ", extensions),
                "only " + String.join(", ", extensions) + " files are accepted");
        }
        Sniffed sniffed = ContentSniffer.sniff(content);
        if (sniffed.type() != expected) {
            throw ValidationException.of("file", "content-mismatch",
                "Nội dung tệp không phải định dạng ." + ext + " (tệp gửi lên là " + sniffed.formatVi() + ")",
                "the file's content is not a ." + ext + " file (it is " + sniffed.formatEn() + ")");
        }
        return expected.mediaType();
    }

    /** Reads at most {@code max} bytes; more is a ValidationException naming {@code file}. */
    static byte[] read(InputStream in, long max) {
        if (in == null) {
            throw ValidationException.of("file", "required", "Thiếu nội dung tệp", "the file content is missing");
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > max) {
                    throw ValidationException.of("file", "too-large", "Tệp lớn hơn " + max / (1024 * 1024) + " MB",
                        "the file is larger than " + max / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw ValidationException.of("file", "empty", "Tệp rỗng", "the file is empty");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
