package be.hotline.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.report.DeliverableText.Lines;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void aFieldRefusedForACharacterGetsNoOtherError() {
        FieldErrors errors = new FieldErrors();
        errors.deliverable("/type", "IMAGE\u001B", Lines.SINGLE);
        errors.enumValue("/type", "IMAGE\u001B", ContentType.class, true);
        errors.enumValue("/other", "PICTURE", ContentType.class, true);

        assertThat(errors.list()).extracting(FieldError::pointer).containsExactly("/type", "/other");
        assertThat(errors.list().get(0).message()).startsWith("contains U+001B at character 6");
    }

    @Test
    void anUnknownValueIsQuotedWithoutCharactersAnAnswerCannotCarryNorHalfASurrogatePair() {
        FieldErrors errors = new FieldErrors();
        errors.enumValue("/a", "IMAGE\u0000\uD800", ContentType.class, true);
        errors.enumValue("/b", "x".repeat(39) + "\uD83D\uDE00\uD83D\uDE00", ContentType.class, true);

        assertThat(errors.list().get(0).message()).startsWith("unknown value 'IMAGEU+0000U+D800'");
        assertThat(errors.list().get(1).message()).startsWith("unknown value '" + "x".repeat(39) + "\uD83D\uDE00…'");
        assertThat(errors.list()).allSatisfy(error -> assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(error.message())).isTrue());
    }
}
