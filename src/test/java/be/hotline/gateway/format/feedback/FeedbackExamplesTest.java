package be.hotline.gateway.format.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.partner.PartnerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every published feedback example is read by the reader its sender gets, and passes the rules. */
class FeedbackExamplesTest {

    private final FeedbackFormats formats = FeedbackFormats.fromClasspath();

    @Test
    void everyFeedbackExampleParses() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(FeedbackSamples.EXAMPLES)) {
            examples = files.filter(file -> file.getFileName().toString().startsWith("feedback-")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
        for (Path example : examples) {
            Feedback feedback = readerFor(example.getFileName().toString()).read(Files.readAllBytes(example));
            assertThat(feedback.type().allowedFrom(kindOf(example.getFileName().toString()))).as(example.toString()).isTrue();
        }
    }

    @Test
    void theRelayExampleIsValidInhopeFeedback() throws IOException {
        String example = Files.readString(RelayExampleTest.EXAMPLE);
        FeedbackReader inbound = formats.reader(PartnerKind.HOTLINE, "INHOPE_XML");
        // actedBy is what makes it a relay: the one thing feedback to us may not carry (docs/api, openapi.yaml).
        assertThat(example).contains("<actedBy>");
        assertThat(FeedbackSamples.refusal(inbound, example)).containsOnlyKeys("/actedBy");

        Feedback relay = inbound.read(FeedbackSamples.utf8(example.replaceAll("<actedBy>[^<]*</actedBy>", "")));

        assertThat(relay.note()).isEmpty();
        assertThat(relay.receiverReference()).contains(FeedbackSamples.REFERENCE_PLACEHOLDER);
    }

    private FeedbackReader readerFor(String name) {
        PartnerKind kind = kindOf(name);
        return formats.reader(kind, name.endsWith(".json") ? "JSON" : kind == PartnerKind.POLICE ? "POLICE_XML" : "INHOPE_XML");
    }

    private static PartnerKind kindOf(String name) {
        return name.startsWith("feedback-police-") ? PartnerKind.POLICE : PartnerKind.HOTLINE;
    }
}
