package vn.motcua.catalogue.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import vn.motcua.platform.api.error.ValidationException;

/**
 * What a form file may be, decided from its bytes and its name together: the extension must be one of the office
 * formats forms are published in, and the content must start with that format's signature. The client's declared
 * content type is never trusted.
 */
final class FormFiles {
    /** Extension → content type served. */
    static final Map<String, String> TYPES = Map.of(
        "pdf", "application/pdf",
        "doc", "application/msword",
        "xls", "application/vnd.ms-excel",
        "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt", "application/vnd.oasis.opendocument.text",
        "ods", "application/vnd.oasis.opendocument.spreadsheet");
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private FormFiles() {
    }

    /** A safe file name: last path segment, no control or reserved characters, at most 200 characters. */
    static String sanitiseName(String raw) {
        if (raw == null) {
            throw ValidationException.of("fileName", "required", "Cần tên tệp", "the file name is required");
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0) {
                continue;
            }
            out.append(c);
        }
        String clean = out.toString().strip().replaceAll("\\s+", " ");
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.length() > 200) {
            String ext = extension(clean);
            clean = clean.substring(0, 199 - ext.length()) + "." + ext;
        }
        if (clean.isEmpty() || extension(clean).isEmpty()) {
            throw ValidationException.of("fileName", "bad-format", "Tên tệp phải có phần mở rộng, ví dụ mau-don.docx",
                "the file name needs an extension, e.g. form.docx");
        }
        return clean;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The content type for this name and content, or a ValidationException naming {@code file}. */
    static String contentType(String fileName, byte[] content) {
        String ext = extension(fileName);
        String type = TYPES.get(ext);
        if (type == null) {
            throw ValidationException.of("file", "type-not-allowed",
                "Chỉ nhận tệp " + String.join(", ", TYPES.keySet().stream().sorted().toList()),
                "only " + String.join(", ", TYPES.keySet().stream().sorted().toList()) + " files are accepted");
        }
        byte[] signature = switch (ext) {
            case "pdf" -> PDF;
            case "doc", "xls" -> OLE2;
            default -> ZIP;
        };
        if (!startsWith(content, signature)) {
            throw ValidationException.of("file", "content-mismatch",
                "Nội dung tệp không phải định dạng ." + ext, "the file's content is not a ." + ext + " file");
        }
        return type;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
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
