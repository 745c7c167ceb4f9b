package be.hotline.gateway.format.feedback;

import static be.hotline.gateway.format.feedback.FeedbackSamples.example;
import static be.hotline.gateway.format.feedback.FeedbackSamples.refusal;
import static be.hotline.gateway.format.feedback.FeedbackSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.ItemRef;
import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.feedback.RelayedFeedback;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MOVED (issue 12, item 4) in every feedback format, its new location's rules, and both relay formats. */
class MovedFeedbackReadersTest {

    private final JsonFeedbackReader json = new JsonFeedbackReader();
    private final InhopeFeedbackXmlReader inhope = InhopeFeedbackXmlReader.fromClasspath();
    private final PoliceCaseFeedbackXmlReader police = PoliceCaseFeedbackXmlReader.fromClasspath();

    @Test
    void theJsonExampleReadsAsMovedWithItsNewLocation() {
        Feedback moved = json.read(utf8(example("feedback-de-item-moved.json")));
        assertThat(moved.type()).isEqualTo(FeedbackType.MOVED);
        assertThat(moved.items()).containsExactly(ItemRef.ofIndex(0));
        assertThat(moved.movedTo()).contains(new NewLocation("NL", Optional.of("198.51.100.23"), Optional.of("Voorbeeld Hosting BV")));
        assertThat(moved.reason()).isEmpty();
    }

    @Test
    void inhopeXmlActionMovedIsOurMovedWithTheNewLocationElements() {
        Feedback moved = inhope.read(utf8("""
                <feedback xmlns="urn:inhope:exchange:feedback:1.0"><feedbackId>DE-9</feedbackId>
                <partnerReference>HX-XXXXXXXXXXXXXXXXXXXX</partnerReference><type>MOVED</type>
                <occurredAt>2026-11-22T11:20:00Z</occurredAt><items><index>1</index></items>
                <newHostingCountry>FR</newHostingCountry><newHostingIp>2001:db8::5</newHostingIp></feedback>"""));
        assertThat(moved.type()).isEqualTo(FeedbackType.MOVED);
        assertThat(moved.items()).containsExactly(ItemRef.ofIndex(1));
        assertThat(moved.movedTo()).contains(new NewLocation("FR", Optional.of("2001:db8::5"), Optional.empty()));
        assertThat(InhopeActionCodes.toCode(FeedbackType.MOVED).value()).isEqualTo("MOVED");
    }

    @Test
    void policeContentMovedIsOurMovedWithTheNewLocationElements() {
        Feedback moved = police.read(utf8(policeMoved("<NewHostingCountry>NL</NewHostingCountry>"
                + "<NewHostingProvider>Voorbeeld Hosting BV</NewHostingProvider>")));
        assertThat(moved.type()).isEqualTo(FeedbackType.MOVED);
        assertThat(moved.movedTo()).contains(new NewLocation("NL", Optional.empty(), Optional.of("Voorbeeld Hosting BV")));
        assertThat(PoliceCaseStatusCodes.toCode(FeedbackType.MOVED)).isEqualTo("CONTENT_MOVED");
    }

    @Test
    void movedNeedsAValidCountryAndAnIpAddressIfAny() {
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "MOVED", "occurredAt": "2026-11-22T10:05:00Z"}""").get("/newHostingCountry"))
                .contains("is required");
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "MOVED", "occurredAt": "2026-11-22T10:05:00Z", "newHostingCountry": "nl",
                 "newHostingIp": "host.example.nl", "newHostingProvider": " "}"""))
                .containsOnlyKeys("/newHostingCountry", "/newHostingIp", "/newHostingProvider");
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "MOVED", "occurredAt": "2026-11-22T10:05:00Z", "newHostingCountry": "XK"}"""))
                .as("XK is not assigned in ISO 3166-1").containsOnlyKeys("/newHostingCountry");
        // The police's own element names in the pointers.
        assertThat(refusal(police, policeMoved("<NewHostingIp>999.1.1.1</NewHostingIp>")))
                .containsOnlyKeys("/NewHostingCountry", "/NewHostingIp");
    }

    @Test
    void aNewLocationGoesOnlyWithMoved() {
        assertThat(refusal(json, """
                {"feedbackId": "DE-1", "type": "CLOSED", "occurredAt": "2026-11-22T10:05:00Z", "newHostingCountry": "NL",
                 "newHostingProvider": "Voorbeeld Hosting BV"}"""))
                .containsOnlyKeys("/newHostingCountry", "/newHostingProvider")
                .allSatisfy((pointer, detail) -> assertThat(detail).contains("goes only with MOVED"));
    }

    @Test
    void bothRelayFormatsCarryTheNewCountryButNotTheNewIpOrProvider() {
        RelayedFeedback relay = new RelayedFeedback("r-1", "NL-1", "HX-1", FeedbackType.MOVED, Instant.parse("2026-12-01T08:15:00Z"),
                "POLICE", Optional.empty(), Optional.empty(), List.of(0), Optional.empty(), Optional.of("DE"));
        String xml = new String(InhopeXmlRelayFormat.fromClasspath().write(relay), StandardCharsets.UTF_8).replaceAll(">\\s+<", "><");
        assertThat(xml).contains("<type>MOVED</type>").contains("<newHostingCountry>DE</newHostingCountry>")
                .doesNotContain("newHostingIp");
        String asJson = new String(new JsonRelayFormat().write(relay), StandardCharsets.UTF_8);
        assertThat(asJson).contains("\"type\":\"MOVED\"").contains("\"newHostingCountry\":\"DE\"");
        RelayedFeedback removed = new RelayedFeedback("r-2", "NL-1", "HX-1", FeedbackType.CONTENT_REMOVED,
                Instant.parse("2026-12-01T08:15:00Z"), "POLICE", Optional.empty(), Optional.of(Instant.parse("2026-12-01T08:00:00Z")));
        assertThat(new String(new JsonRelayFormat().write(removed), StandardCharsets.UTF_8)).doesNotContain("newHostingCountry");
    }

    private static String policeMoved(String more) {
        return example("feedback-police-takedown-ordered.xml")
                .replace("<CaseStatus>TAKEDOWN_ORDER_ISSUED</CaseStatus>", "<CaseStatus>CONTENT_MOVED</CaseStatus>")
                .replace("</CaseFeedback>", more + "</CaseFeedback>");
    }
}
