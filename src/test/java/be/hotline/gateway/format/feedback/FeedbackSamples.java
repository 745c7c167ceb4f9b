package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.report.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;

/** The published feedback examples and helpers to read them and to look at refusals. */
final class FeedbackSamples {

    static final Path EXAMPLES = Path.of("docs/api/examples");
    /** Stands for our reference of the report in every example; end-to-end tests replace it. */
    static final String REFERENCE_PLACEHOLDER = "HX-XXXXXXXXXXXXXXXXXXXX";

    private FeedbackSamples() {
    }

    static String example(String name) {
        try {
            return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Pointer to message of every field at fault; fails when the body is not refused as invalid. */
    static Map<String, String> refusal(FeedbackReader reader, String body) {
        InvalidFeedbackException e = Assertions.catchThrowableOfType(InvalidFeedbackException.class, () -> reader.read(utf8(body)));
        Assertions.assertThat(e).as("expected the feedback to be refused as invalid").isNotNull();
        return e.errors().stream().collect(Collectors.toMap(FieldError::pointer, FieldError::message, (a, b) -> a + " | " + b));
    }
}
