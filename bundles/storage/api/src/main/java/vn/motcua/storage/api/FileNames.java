package vn.motcua.storage.api;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a file name a client sent safe to show, to store in a row and to offer in a download, on every operating
 * system: Unicode NFC (macOS sends Vietnamese decomposed, "Đơn" as D+◌̛ ...; Windows and the database want it
 * composed), the last path segment only, no control, format (e.g. right-to-left override) or reserved characters, no
 * Windows device names, no leading dots or trailing dots and spaces, at most {@value #MAX_CHARS} characters and
 * {@value #MAX_UTF8_BYTES} UTF-8 bytes. Vietnamese letters, digits, spaces and ordinary punctuation are kept.
 */
public final class FileNames {
    public static final int MAX_CHARS = 180;
    public static final int MAX_UTF8_BYTES = 240;
    private static final String RESERVED = "<>:\"/\\|?*";
    private static final Set<String> DEVICE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
        "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /**
     * The cleaned name, keeping whatever extension it has; empty when nothing usable remains (null, blank, only a
     * path like {@code ../../}, only dots).
     */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (allowed(cp)) {
                out.appendCodePoint(cp);
            }
        });
        String clean = trimEnds(out.toString().replaceAll(" {2,}", " "));
        if (clean.isEmpty()) {
            return "";
        }
        String ext = extension(clean);
        String base = ext.isEmpty() ? clean : trimEnds(clean.substring(0, clean.length() - ext.length() - 1));
        if (base.isEmpty()) {
            return ext;
        }
        return fit(avoidDeviceName(base), ext);
    }

    /**
     * The name to store for a file whose content is {@code type}: cleaned, and ending in an extension of that type.
     * An extension of another known type is replaced ({@code scan.jpg} holding a PNG becomes {@code scan.png}), any
     * other is kept and the right one appended ({@code v1.2} becomes {@code v1.2.pdf}).
     *
     * @return empty when nothing usable remains of the name
     */
    public static Optional<String> forType(String raw, ContentType type) {
        String clean = clean(raw);
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        String ext = extension(clean);
        if (type.extensions().contains(ext)) {
            String base = clean.substring(0, clean.length() - ext.length() - 1);
            return Optional.of(fit(base, ext));
        }
        String base = ContentType.ofExtension(ext).isPresent() ? clean.substring(0, clean.length() - ext.length() - 1)
            : clean;
        base = trimEnds(base);
        return base.isEmpty() ? Optional.empty() : Optional.of(fit(avoidDeviceName(base), type.extension()));
    }

    /** The extension in lower case without the dot, or empty. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return "";
        }
        String ext = fileName.substring(dot + 1);
        return ext.length() <= 10 && ext.chars().allMatch(Character::isLetterOrDigit) ? ext.toLowerCase(Locale.ROOT) : "";
    }

    private static boolean allowed(int cp) {
        if (RESERVED.indexOf(cp) >= 0) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** No leading dots or spaces (hidden files), no trailing dots or spaces (Windows drops them). */
    private static String trimEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code CON}, {@code nul.txt}... cannot be created on Windows: such names get an underscore. */
    private static String avoidDeviceName(String base) {
        int dot = base.indexOf('.');
        String stem = (dot < 0 ? base : base.substring(0, dot)).strip().toLowerCase(Locale.ROOT);
        return DEVICE_NAMES.contains(stem) ? "_" + base : base;
    }

    /** Cuts the base (never the extension) to the length limits, on a code point boundary. */
    private static String fit(String base, String ext) {
        String suffix = ext.isEmpty() ? "" : "." + ext;
        String name = base + suffix;
        if (name.codePointCount(0, name.length()) <= MAX_CHARS
            && name.getBytes(StandardCharsets.UTF_8).length <= MAX_UTF8_BYTES) {
            return name;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = suffix.getBytes(StandardCharsets.UTF_8).length;
        int chars = suffix.length();
        for (int i = 0; i < base.length(); ) {
            int cp = base.codePointAt(i);
            int cpBytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (chars + 1 > MAX_CHARS || bytes + cpBytes > MAX_UTF8_BYTES) {
                break;
            }
            cut.appendCodePoint(cp);
            chars++;
            bytes += cpBytes;
            i += Character.charCount(cp);
        }
        String trimmed = trimEnds(cut.toString());
        return (trimmed.isEmpty() ? "tep" : trimmed) + suffix;
    }
}
