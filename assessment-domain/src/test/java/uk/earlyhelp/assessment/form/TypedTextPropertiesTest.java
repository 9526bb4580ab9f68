package uk.earlyhelp.assessment.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The text-input rule (TypedText) for anything a keyboard, a paste or a forged request can send. */
class TypedTextPropertiesTest {

    @Property(tries = 2000)
    void whatIsKeptIsAlwaysXml10(@ForAll("anyUnicode") String typed) throws Exception {
        String kept = TypedText.clean(typed);
        String xml = "<?xml version=\"1.0\"?><a>" + kept.replace("&", "&amp;").replace("<", "&lt;") + "</a>";

        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).doesNotThrowAnyException();
    }

    @Property(tries = 2000)
    void everyPrintableCharacterOfAnyScriptIsKeptInOrder(@ForAll("anyUnicode") String typed) {
        assertThat(printable(TypedText.clean(typed))).isEqualTo(printable(typed));
    }

    @Property(tries = 1000)
    void cleaningTwiceChangesNothingMore(@ForAll("anyUnicode") String typed) {
        String once = TypedText.clean(typed);
        assertThat(TypedText.clean(once)).isEqualTo(once);
    }

    @Example
    void wordsShiftEnterAndEveryKindOfLineBreakBecomeOneLineBreak() {
        assertThat(TypedText.clean("Pasted from Word\u000Bsecond\r\nthird\rfourth\u2028fifth\u0085sixth\u000Cseventh"))
                .isEqualTo("Pasted from Word\nsecond\nthird\nfourth\nfifth\nsixth\nseventh");
    }

    @Example
    void controlsAndNonCharactersAreDroppedAndALoneSurrogateIsReplaced() {
        assertThat(TypedText.clean("a\u0000b\u0007c\u007Fd\u009Fe\uFFFEf\uFFFFg\uD800h\uDC00i\tj"))
                .isEqualTo("abcdefg\uFFFDh\uFFFDi\tj");
    }

    @Example
    void emojiSequencesAndOtherPlanesStayWhole() {
        String family = "Zoë 👩‍👩‍👧 Nguyễn 𠜎 Siân ‮";
        assertThat(TypedText.clean(family)).isSameAs(family);
    }

    @Provide
    Arbitrary<String> anyUnicode() {
        return anyUnicodeText();
    }

    /**
     * Strings mixing every kind of UTF-16 unit: controls, line breaks, noncharacters, unpaired surrogates (single
     * chars from the whole range) and whole code points of every plane.
     */
    static Arbitrary<String> anyUnicodeText() {
        Arbitrary<String> unit = Arbitraries.chars().all().map(String::valueOf);
        Arbitrary<String> codePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT).map(Character::toString);
        Arbitrary<String> awkward = Arbitraries.of("\u000B", "\u0000", "\r\n", "\r", "\uFFFE", "\uFFFF", "\uD83D", "\uDE00",
                "\u0085", "\u2028", "\u200D", "\u0301", "\uDBFF\uDFFF");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, unit), net.jqwik.api.Tuple.of(3, codePoint), net.jqwik.api.Tuple.of(2, awkward))
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static String printable(String text) {
        StringBuilder printable = new StringBuilder();
        text.codePoints().filter(TypedTextPropertiesTest::isPrintable).forEach(printable::appendCodePoint);
        return printable.toString();
    }

    private static boolean isPrintable(int codePoint) {
        // U+FFFD left out: the rule puts one where a lone surrogate was.
        if (codePoint == 0xFFFD || (codePoint & 0xFFFE) == 0xFFFE || codePoint >= 0xFDD0 && codePoint <= 0xFDEF) return false;
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
