package vn.motcua.documents.impl;

import java.text.Normalizer;

/**
 * Makes input text printable with the embedded fonts: Unicode NFC (tone marks composed, as the fonts' glyphs are), tabs
 * and stray control characters turned into spaces, line breaks kept only where a field may have several lines, and
 * any character the fonts lack replaced by U+FFFD so that a rendering never fails on unusual input.
 */
final class PrintableText {
    static final char REPLACEMENT = '\uFFFD';

    private final Fonts fonts;
    private final char replacement;

    PrintableText(Fonts fonts) {
        this.fonts = fonts;
        this.replacement = fonts.canPrint(REPLACEMENT) ? REPLACEMENT : '?';
    }

    /** Result of cleaning: the text and whether some character had to be replaced. */
    record Cleaned(String text, boolean replaced) {
    }

    Cleaned clean(String raw, boolean multiline) {
        if (raw == null) {
            return new Cleaned(null, false);
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean replaced = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < nfc.length() && nfc.charAt(i) == '\n') {
                    continue; // CR LF: the LF makes the break
                }
                cp = '\n';
            }
            if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
                out.append(multiline ? '\n' : ' ');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT) {
                // invisible (zero-width marks, BOM, bidi controls): printing them would show boxes
                continue;
            } else if (fonts.canPrint(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(replacement);
                replaced = true;
            }
        }
        return new Cleaned(out.toString().strip(), replaced);
    }
}
