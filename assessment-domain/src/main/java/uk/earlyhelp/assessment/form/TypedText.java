package uk.earlyhelp.assessment.form;

/**
 * The one rule for text people type (docs/decisions/0016): whatever arrives, what is kept can be printed (XML 1.0, so
 * the PDF) and delivered (Mosaic). Line breaks become {@code \n} (CR LF, CR, and the vertical tab and form feed that
 * Word's Shift+Enter and page breaks paste, NEL, U+2028/U+2029); tab stays; every other control character (C0, DEL,
 * C1) and the noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and each plane's last two) are dropped; a surrogate
 * without its pair becomes U+FFFD. Every printable character of any script and plane, and the joiners and marks that
 * build one (emoji sequences, combining accents), is kept as it came.
 */
public final class TypedText {

    private static final char REPLACEMENT = '\uFFFD';

    private TypedText() {
    }

    /** The text as kept; null stays null. Costs one pass, and no copy when nothing needs changing. */
    public static String clean(String text) {
        if (text == null || isClean(text)) return text;
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                kept.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            } else if (isLineBreak(c)) {
                kept.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if (!isNonCharacter(codePoint)) kept.appendCodePoint(codePoint);
            } else if (Character.isSurrogate(c)) {
                kept.append(REPLACEMENT);
            } else if (!isDropped(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isNonCharacter(text.codePointAt(i++))) return false;
            } else if (c == '\r' || isLineBreak(c) || Character.isSurrogate(c) || isDropped(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineBreak(char c) {
        return c == '\u000B' || c == '\u000C' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isDropped(char c) {
        boolean control = c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
        return control || isNonCharacter(c);
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint & 0xFFFE) == 0xFFFE || codePoint >= 0xFDD0 && codePoint <= 0xFDEF;
    }
}
