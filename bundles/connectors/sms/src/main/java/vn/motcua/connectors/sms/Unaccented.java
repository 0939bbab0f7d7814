package vn.motcua.connectors.sms;

import java.text.Normalizer;

/**
 * Vietnamese without diacritics, for SMS: one accented letter makes the whole message UCS-2 (70 characters per part
 * instead of 160, and some brandname routes refuse it). Unlike {@code VietnameseText.fold} (search keys), case,
 * digits, spacing and punctuation are kept:
 * "Mã xác minh: 482913. Đừng chia sẻ!" → "Ma xac minh: 482913. Dung chia se!".
 * Typographic punctuation that also forces UCS-2 (curly quotes, dashes, ellipsis, non-breaking spaces) becomes its
 * ASCII form.
 */
final class Unaccented {
    private Unaccented() {
    }

    static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return; // tone and vowel marks, U+0300..U+036F after NFD
            }
            switch (c) {
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033' -> out.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> out.append('-');
                case '\u2026' -> out.append("...");
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> out.append(' ');
                case '\u2022' -> out.append('-');
                default -> out.appendCodePoint(c);
            }
        });
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
