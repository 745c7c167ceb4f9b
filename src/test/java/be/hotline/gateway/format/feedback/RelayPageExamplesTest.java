package be.hotline.gateway.format.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.support.DocExamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON relay and case-management news the docs show are what the writers make, so the pages cannot drift
 * from the code. Both are written on one line with keys sorted; the pages wrap them between members, so the
 * block's lines are joined before the exact comparison (key order and absent members count, not only content).
 */
class RelayPageExamplesTest {

    private static final Path DELIVERY_PAGE = Path.of("docs/api/delivery.md");
    private static final Path ROUTING_PAGE = Path.of("docs/api/routing-and-lifecycle.md");
    /** The reference both JSON examples show where the XML example has the placeholder. */
    private static final String SHOWN_REFERENCE = "HX-7K2M9Q4TZ8D1XW0B5N3R";

    @Test
    void theJsonRelayOnTheDeliveryPageIsWhatTheJsonRelayFormatWrites() {
        // The same relay as the XML example beside it (RelayExampleTest), with a reference in place of the placeholder.
        RelayedFeedback relayed = withReference(RelayExampleTest.NL_REMOVED_AS_RELAYED, SHOWN_REFERENCE);

        assertThat(text(new JsonRelayFormat().write(relayed)))
                .isEqualTo(oneLine(DocExamples.block(DELIVERY_PAGE, "`JSON` (`application/json`), one line, keys sorted", "```json")));
    }

    @Test
    void theNewsOnTheRoutingPageIsWhatTheCaseManagementNewsFormatWrites() {
        // DE removed one item of case management's report late on 23 November UTC, still the 23rd in Brussels.
        RelayedFeedback news = new RelayedFeedback("3b9e4c1a-6f2d-4a8e-9c57-0e1d2f3a4b5c", "CM-2026-11-0193", SHOWN_REFERENCE,
                FeedbackType.CONTENT_REMOVED, Instant.parse("2026-11-24T08:30:00Z"), "DE", Optional.empty(),
                Optional.of(Instant.parse("2026-11-23T22:10:00Z")), List.of(0), Optional.empty());

        assertThat(text(new CaseManagementNewsFormat().write(news)))
                .isEqualTo(oneLine(DocExamples.block(ROUTING_PAGE, "calendar dates. For example:", "```json")));
    }

    private static RelayedFeedback withReference(RelayedFeedback relay, String reference) {
        return new RelayedFeedback(relay.relayId(), relay.partnerReference(), reference, relay.type(), relay.occurredAt(),
                relay.actedBy(), relay.caseNumber(), relay.removedAt(), relay.items(), relay.reason(), relay.newHostingCountry());
    }

    /** The page's block with its wrapped lines joined back into the single line the writer sends. */
    private static String oneLine(String block) {
        return block.lines().map(String::strip).collect(Collectors.joining());
    }

    private static String text(byte[] written) {
        return new String(written, StandardCharsets.UTF_8);
    }
}
