package be.hotline.gateway.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BodyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "héllo \uD83D\uDE00", "\u0000 is decoded; the rules refuse it later"})
    void decodesUtf8AsIs(String text) {
        assertThat(Utf8Body.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "\uFEFF{}"})
    void dropsOneLeadingByteOrderMark(String afterTheMark) {
        assertThat(Utf8Body.decode(("\uFEFF" + afterTheMark).getBytes(StandardCharsets.UTF_8))).isEqualTo(afterTheMark);
    }

    @ParameterizedTest
    @CsvSource({
            "7b22e9227d, 2", // ISO-8859-1 é
            "7b22c3, 2", // cut short
            "c0bc, 0", // overlong '<'
            "c080, 0", // overlong NUL
            "7beda080, 1", // an encoded surrogate
            "f4908080, 0", // past U+10FFFF
            "feff007b, 0", // UTF-16 with its mark
            "7bff7d, 1"})
    void refusesWhatIsNotUtf8NamingTheOffset(String hex, int offset) {
        assertThatThrownBy(() -> Utf8Body.decode(HexFormat.of().parseHex(hex)))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessage("The body is not valid UTF-8: the byte sequence at offset " + offset + " is not UTF-8. Send the body in UTF-8.");
    }
}
