package be.hotline.gateway.format.feedback;

import static be.hotline.gateway.format.feedback.FeedbackSamples.refusal;
import static be.hotline.gateway.format.feedback.FeedbackSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.format.feedback.inhope.xml.ActionCode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InhopeFeedbackXmlReaderTest {

    static final String DE_REMOVED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feedback xmlns="urn:inhope:exchange:feedback:1.0">
                <feedbackId>DE-FB-2026-120455-3</feedbackId>
                <partnerReference>HX-XXXXXXXXXXXXXXXXXXXX</partnerReference>
                <receiverReference>DE-2026-120455</receiverReference>
                <type>REMOVED</type>
                <occurredAt>2026-11-27T08:30:00Z</occurredAt>
                <removedAt>2026-11-26T23:10:00+01:00</removedAt>
                <note>Removed by the hosting provider.</note>
            </feedback>
            """;

    private final InhopeFeedbackXmlReader reader = InhopeFeedbackXmlReader.fromClasspath();

    @Test
    void readsAHotlinesRemoval() {
        assertThat(reader.read(utf8(DE_REMOVED))).isEqualTo(new Feedback("DE-FB-2026-120455-3", FeedbackType.CONTENT_REMOVED,
                Instant.parse("2026-11-27T08:30:00Z"), Optional.of("DE-2026-120455"), Optional.empty(),
                Optional.of(Instant.parse("2026-11-26T22:10:00Z")), Optional.of("Removed by the hosting provider.")));
    }

    @Test
    void actedByIsRefusedInFeedbackToUsWithEveryOtherFault() {
        String withActedBy = DE_REMOVED.replace("<removedAt>2026-11-26T23:10:00+01:00</removedAt>", "")
                .replace("<occurredAt>2026-11-27T08:30:00Z</occurredAt>", "<occurredAt>2026-11-27T08:30:00Z</occurredAt><actedBy>DE</actedBy>");

        assertThat(refusal(reader, withActedBy)).containsOnlyKeys("/actedBy", "/removedAt")
                .containsEntry("/actedBy", "is for relays from the gateway only; leave it out of feedback to the gateway (it knows who you are)");
    }

    @Test
    void anUnknownElementAndASchemaViolationHideNoRuleFault() {
        String xml = DE_REMOVED.replace("<removedAt>2026-11-26T23:10:00+01:00</removedAt>", "<colour>red</colour>")
                .replace("<feedbackId>DE-FB-2026-120455-3</feedbackId>", "<feedbackId>DE FB</feedbackId>");

        assertThat(refusal(reader, xml)).containsOnlyKeys("/colour", "/feedbackId", "/removedAt")
                .containsEntry("/removedAt", "is required when the content was removed");
    }

    @Test
    void refusalsAfterReadingUseTheNetworksCodes() {
        assertThat(reader.terms().code(FeedbackType.FORWARDED_TO_LAW_ENFORCEMENT)).isEqualTo("REPORTED_TO_LEA");
        assertThat(reader.terms().pointer("/removedAt")).isEqualTo("/removedAt");
    }

    @Test
    void everyActionCodeIsOneFeedbackTypeBothWays() {
        assertThat(Arrays.stream(ActionCode.values()).map(InhopeActionCodes::toType).distinct())
                .containsExactlyInAnyOrder(FeedbackType.values());
        for (FeedbackType type : FeedbackType.values()) {
            assertThat(InhopeActionCodes.toType(InhopeActionCodes.toCode(type))).isEqualTo(type);
        }
    }

    @Test
    void theNetworkCodesAreUsed() {
        assertThat(reader.read(utf8(DE_REMOVED.replace("<type>REMOVED</type>", "<type>UNAVAILABLE</type>"))).type())
                .isEqualTo(FeedbackType.CONTENT_NOT_FOUND);
        assertThat(reader.read(utf8(DE_REMOVED.replace("<type>REMOVED</type>", "<type>REPORTED_TO_LEA</type>"))).type())
                .isEqualTo(FeedbackType.FORWARDED_TO_LAW_ENFORCEMENT);
    }

    @Test
    void pointersAreThoseOfTheJsonFields() {
        var errors = refusal(reader, DE_REMOVED
                .replace("DE-FB-2026-120455-3", "bad id!")
                .replace("<type>REMOVED</type>", "<type>CONTENT_REMOVED</type>")
                .replace("2026-11-27T08:30:00Z", "2026-11-27T08:30:00")
                .replace("Removed by the hosting provider.", "n".repeat(2001)));

        assertThat(errors).containsOnlyKeys("/feedbackId", "/type", "/occurredAt", "/note");
        assertThat(errors.get("/type")).contains("unknown value 'CONTENT_REMOVED'");
    }

    @Test
    void aRemovalNeedsItsTime() {
        assertThat(refusal(reader, DE_REMOVED.replaceAll("(?s)<removedAt>.*</removedAt>", "")))
                .containsOnlyKeys("/removedAt");
    }

    @Test
    void namesMissingAndUnknownElements() {
        assertThat(refusal(reader, DE_REMOVED.replaceAll("(?s)<occurredAt>.*</occurredAt>", "")))
                .containsOnlyKeys("/occurredAt");
        assertThat(refusal(reader, DE_REMOVED.replace("</note>", "</note><reporter>x</reporter>")))
                .containsOnlyKeys("/reporter");
    }
}
