package be.hotline.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.report.DeliverableText.Lines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The character rule, character by character; the properties in format/ show it over all of Unicode. */
class DeliverableTextTest {

    @ParameterizedTest
    @CsvSource({
            "0000, a control character", "0001, a control character", "001B, a control character", "001F, a control character",
            "007F, a control character", "0085, a control character", "009F, a control character",
            "D800, half of a surrogate pair", "DBFF, half of a surrogate pair", "DC00, half of a surrogate pair", "DFFF, half of a surrogate pair",
            "FDD0, a Unicode noncharacter", "FDEF, a Unicode noncharacter", "FFFE, a Unicode noncharacter", "FFFF, a Unicode noncharacter",
            "1FFFE, a Unicode noncharacter", "10FFFF, a Unicode noncharacter"})
    void refusesEverywhere(String hex, String kind) {
        String value = "ab" + codePoint(hex) + "c";

        assertThat(DeliverableText.fault(value, Lines.MULTI)).hasValueSatisfying(fault -> assertThat(fault)
                .startsWith("contains U+" + hex + " at character 3: " + kind));
        assertThat(DeliverableText.fault(value, Lines.SINGLE)).isPresent();
        assertThat(DeliverableText.quotable(value)).isEqualTo("abU+" + hex + "c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0009", "000A", "000D"})
    void tabsAndLineBreaksOnlyInMultiLineText(String hex) {
        String value = "line" + codePoint(hex) + "next";

        assertThat(DeliverableText.fault(value, Lines.MULTI)).isEmpty();
        assertThat(DeliverableText.fault(value, Lines.SINGLE)).hasValue("contains U+" + hex + " at character 5: "
                + "a tab or line break, allowed only in multi-line text (a note)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0020", "007E", "00A0", "00E9", "2028", "D7FF", "E000", "FDCF", "FDF0", "FEFF", "FFFD", "1F600", "1FFFD", "10FFFD"})
    void acceptsEveryOtherCharacterPairedSurrogatesIncluded(String hex) {
        assertThat(DeliverableText.fault("x" + codePoint(hex), Lines.SINGLE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uDC00\uD800", "\uD800", "x\uDBFF"})
    void surrogatesInTheWrongOrderOrAloneAreRefused(String value) {
        assertThat(DeliverableText.fault(value, Lines.MULTI)).isPresent();
    }

    @Test
    void positionsCountCharactersNotUtf16Units() {
        assertThat(DeliverableText.fault("\uD83D\uDE00\u0000", Lines.SINGLE)).hasValueSatisfying(fault -> assertThat(fault)
                .startsWith("contains U+0000 at character 2"));
    }

    private static String codePoint(String hex) {
        return Character.toString(Integer.parseInt(hex, 16));
    }
}
