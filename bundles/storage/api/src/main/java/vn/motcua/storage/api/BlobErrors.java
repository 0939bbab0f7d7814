package vn.motcua.storage.api;

import java.util.Locale;
import java.util.Set;

import vn.motcua.platform.api.error.ValidationException;

/**
 * The refusals of an upload, all on the field {@code file}, worded once for every {@link BlobStore} implementation
 * (and for other modules that take files from clients): Vietnamese first, English second.
 */
public final class BlobErrors {
    public static final String FIELD = "file";

    private BlobErrors() {
    }

    public static ValidationException empty() {
        return ValidationException.of(FIELD, "file-empty", "Tệp rỗng (0 byte)", "The file is empty (0 bytes)");
    }

    public static ValidationException tooLarge(long maxBytes) {
        return ValidationException.of(FIELD, "file-too-large",
            "Tệp lớn hơn giới hạn " + size(maxBytes, true) + " cho phép",
            "The file is larger than the " + size(maxBytes, false) + " allowed");
    }

    public static ValidationException typeNotAllowed(Sniffed found, Set<ContentType> allowed) {
        String labels = ContentType.labels(allowed);
        return ValidationException.of(FIELD, "file-type-not-allowed",
            "Tệp gửi lên là " + found.formatVi() + "; chỉ nhận tệp " + labels,
            "The file sent is " + found.formatEn() + "; only " + labels + " files are accepted");
    }

    public static ValidationException nameInvalid() {
        return ValidationException.of(FIELD, "file-name-invalid",
            "Tên tệp không dùng được: cần có chữ hoặc số, ví dụ \"Đơn đề nghị.pdf\"",
            "The file name is not usable: it needs letters or digits, e.g. \"Application.pdf\"");
    }

    /** The client's stream broke off before its end (connection lost): nothing was stored. */
    public static ValidationException incomplete() {
        return ValidationException.of(FIELD, "file-incomplete", "Tệp tải lên bị gián đoạn; hãy gửi lại",
            "The upload was interrupted; send the file again");
    }

    /** A size for people: {@code 10 MB}, {@code 1,5 MB} (Vietnamese decimal comma), {@code 500 KB}, {@code 12 byte}. */
    public static String size(long bytes, boolean vietnamese) {
        if (bytes < 1024) {
            return bytes + (vietnamese ? " byte" : (bytes == 1 ? " byte" : " bytes"));
        }
        double value = bytes < 1024 * 1024 ? bytes / 1024.0 : bytes / (1024.0 * 1024);
        String unit = bytes < 1024 * 1024 ? " KB" : " MB";
        String text = value == Math.rint(value) ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.1f", value);
        return (vietnamese ? text.replace('.', ',') : text) + unit;
    }
}
