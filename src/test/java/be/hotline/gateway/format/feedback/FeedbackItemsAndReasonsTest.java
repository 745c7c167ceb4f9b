package be.hotline.gateway.format.feedback;

import static be.hotline.gateway.format.feedback.FeedbackSamples.example;
import static be.hotline.gateway.format.feedback.FeedbackSamples.refusal;
import static be.hotline.gateway.format.feedback.FeedbackSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackReason;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.ItemRef;
import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.format.feedback.inhope.xml.ReasonCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;

/** Items and reasons (issue 12, items 3 and 5) in every feedback format and both relay formats. */
class FeedbackItemsAndReasonsTest {

    private final JsonFeedbackReader json = new JsonFeedbackReader();
    private final InhopeFeedbackXmlReader inhope = InhopeFeedbackXmlReader.fromClasspath();
    private final PoliceCaseFeedbackXmlReader police = PoliceCaseFeedbackXmlReader.fromClasspath();

    @Test
    void jsonNamesItemsByIndexOrUrlAndCarriesAReason() {
        Feedback read = json.read(utf8("""
                {"feedbackId": "DE-1", "type": "CONTENT_NOT_FOUND", "occurredAt": "2026-11-22T10:05:00Z",
                 "reason": "PASSWORD_PROTECTED", "items": [2, "https://img.example.de/a/1.jpg"]}"""));
        assertThat(read.items()).containsExactly(ItemRef.ofIndex(2), ItemRef.ofUrl("https://img.example.de/a/1.jpg"));
        assertThat(read.reason()).contains(FeedbackReason.PASSWORD_PROTECTED);
    }

    @Test
    void theNewExamplesReadAsDocumented() {
        Feedback siteDown = json.read(utf8(example("feedback-de-item-site-down.json")));
        assertThat(siteDown.items()).containsExactly(ItemRef.ofIndex(0));
        assertThat(siteDown.reason()).contains(FeedbackReason.SITE_DOWN_OR_404);
        Feedback adult = inhope.read(utf8(example("feedback-de-item-not-illegal-adult.xml")));
        assertThat(adult.type()).isEqualTo(FeedbackType.NOT_ILLEGAL_IN_HOSTING_COUNTRY);
        assertThat(adult.reason()).contains(FeedbackReason.ADULT);
        assertThat(adult.items()).containsExactly(ItemRef.ofUrl("http://board.example.de/thread/88412"));
        Feedback caseOpened = police.read(utf8(example("feedback-police-item-case-opened.xml")));
        assertThat(caseOpened.items()).containsExactly(ItemRef.ofIndex(0));
        assertThat(caseOpened.reason()).isEmpty();
    }

    @Test
    void theExamplesOfBeforeNameNoItemAndAMissingReasonIsOther() {
        assertThat(inhope.read(utf8(example("feedback-de-content-not-found.xml"))).reason()).contains(FeedbackReason.OTHER);
        assertThat(inhope.read(utf8(example("feedback-de-not-illegal-in-hosting-country.xml"))).reason())
                .contains(FeedbackReason.OTHER);
        for (String name : List.of("feedback-de-acknowledged.json", "feedback-de-content-removed.json")) {
            Feedback read = json.read(utf8(example(name)));
            assertThat(read.items()).as(name).isEmpty();
            assertThat(read.reason()).as(name).isEmpty();
        }
        assertThat(police.read(utf8(example("feedback-police-content-removed.xml"))).items()).isEmpty();
    }

    @Test
    void aReasonOnlyGoesWithItsOwnTypes() {
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "CLOSED", "occurredAt": "2026-11-22T10:05:00Z", "reason": "OTHER"}"""))
                .containsOnlyKeys("/reason");
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "NOT_ILLEGAL_IN_HOSTING_COUNTRY", "occurredAt": "2026-11-22T10:05:00Z",
                 "reason": "SITE_DOWN_OR_404"}""").get("/reason")).contains("does not go with NOT_ILLEGAL_IN_HOSTING_COUNTRY");
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "CONTENT_NOT_FOUND", "occurredAt": "2026-11-22T10:05:00Z", "reason": "GONE"}"""))
                .containsOnlyKeys("/reason");
        for (FeedbackReason reason : FeedbackReason.values()) {
            assertThat(reason.fits(FeedbackType.CONTENT_NOT_FOUND) || reason.fits(FeedbackType.NOT_ILLEGAL_IN_HOSTING_COUNTRY))
                    .as(reason.name()).isTrue();
        }
    }

    @Test
    void badItemListsAreRefusedItemByItem() {
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "CLOSED", "occurredAt": "2026-11-22T10:05:00Z",
                 "items": [0, 0, -3, "ftp://x.example/a", {"index": 1}, 1.5]}"""))
                .containsOnlyKeys("/items/1", "/items/2", "/items/3", "/items/4", "/items/5");
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "CLOSED", "occurredAt": "2026-11-22T10:05:00Z", "items": []}"""))
                .containsOnlyKeys("/items");
        assertThat(refusal(police, example("feedback-police-case-opened.xml")
                .replace("</CaseFeedback>", "<Items><Index>1</Index><Index>1</Index></Items></CaseFeedback>")))
                .containsOnlyKeys("/Items/1");
    }

    @Test
    void everyReasonIsOneNetworkCodeBothWays() {
        for (FeedbackReason reason : FeedbackReason.values()) {
            assertThat(InhopeReasonCodes.toReason(InhopeReasonCodes.toCode(reason))).isEqualTo(reason);
        }
        assertThat(Arrays.stream(ReasonCode.values()).map(InhopeReasonCodes::toReason).distinct()).hasSize(ReasonCode.values().length);
        String xml = example("feedback-de-content-not-found.xml").replace("</occurredAt>", "</occurredAt><reason>SITE_DOWN_404</reason>");
        assertThat(inhope.read(utf8(xml)).reason()).contains(FeedbackReason.SITE_DOWN_OR_404);
    }

    @Test
    void relaysNameTheirItemsAndCarryTheReasonInBothFormats() throws Exception {
        RelayedFeedback relay = new RelayedFeedback("r-1", "NL-1", "HX-1", FeedbackType.CONTENT_NOT_FOUND,
                Instant.parse("2026-12-01T08:15:00Z"), "DE", Optional.empty(), Optional.empty(), List.of(1, 3),
                Optional.of(FeedbackReason.SITE_DOWN_OR_404));

        byte[] xml = InhopeXmlRelayFormat.fromClasspath().write(relay);
        FeedbackSchemas.inhope().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(new String(xml, StandardCharsets.UTF_8).replaceAll(">\\s+<", "><")).contains("<type>UNAVAILABLE</type>")
                .contains("<reason>SITE_DOWN_404</reason>").contains("<items><index>1</index><index>3</index></items>");
        assertThat(new String(new JsonRelayFormat().write(relay), StandardCharsets.UTF_8))
                .contains("\"items\":[1,3]").contains("\"reason\":\"SITE_DOWN_OR_404\"");
    }
}
