package vn.motcua.storage.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What a file's bytes are: a format the system can store ({@link #type()} set) or another format named for the error
 * message (an executable, a HEIC photo, a macro-enabled document...). The format reads as a noun phrase in Vietnamese
 * and English: "tệp PDF" / "a PDF file", "ảnh GIF" / "a GIF image".
 */
public record Sniffed(ContentType type, String formatVi, String formatEn) {
    public Sniffed {
        Objects.requireNonNull(formatVi, "formatVi");
        Objects.requireNonNull(formatEn, "formatEn");
    }

    public static Sniffed of(ContentType type) {
        String label = Objects.requireNonNull(type, "type").label();
        boolean vowel = "AEIOU".indexOf(label.charAt(0)) >= 0 || label.startsWith("XML");
        return new Sniffed(type, "tệp " + label, (vowel ? "an " : "a ") + label + " file");
    }

    /** A format recognised only to be named, never stored. */
    public static Sniffed other(String formatVi, String formatEn) {
        return new Sniffed(null, formatVi, formatEn);
    }

    public Optional<ContentType> contentType() {
        return Optional.ofNullable(type);
    }
}
