package be.hotline.gateway.format.feedback;

import static be.hotline.gateway.format.feedback.FeedbackSamples.REFERENCE_PLACEHOLDER;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.format.xml.SecureXmlInput;
import be.hotline.gateway.format.xml.XmlSchemas;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import javax.xml.validation.ValidatorHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

class RelayFormatsTest {

    /** What the NL hotline learns once the police report its content removed. */
    static final RelayedFeedback NL_REMOVED = new RelayedFeedback("3b9e4c1a-6f2d-4a8e-9c57-0e1d2f3a4b5c", "NL-2026-004711",
            REFERENCE_PLACEHOLDER, FeedbackType.CONTENT_REMOVED, Instant.parse("2026-12-01T08:15:00Z"), "POLICE",
            Optional.of("BR.12.LL.123456/26"), Optional.of(Instant.parse("2026-12-01T07:40:00Z")));

    private final InhopeXmlRelayFormat xml = InhopeXmlRelayFormat.fromClasspath();
    private final JsonRelayFormat json = new JsonRelayFormat();

    @Test
    void everyTypeIsWrittenSchemaValid() throws Exception {
        for (FeedbackType type : FeedbackType.values()) {
            RelayedFeedback relay = new RelayedFeedback("r-" + type, "DE-2026-1", "HX-1", type, Instant.parse("2026-12-01T08:15:00Z"),
                    "DE", Optional.empty(), type == FeedbackType.CONTENT_REMOVED ? NL_REMOVED.removedAt() : Optional.empty());
            assertSchemaValid(xml.write(relay));
        }
    }

    @Test
    void theXmlRelayNamesTheRolesAndUsesUtc() {
        String written = new String(xml.write(NL_REMOVED), StandardCharsets.UTF_8);

        assertThat(written).contains("<partnerReference>NL-2026-004711</partnerReference>",
                "<receiverReference>" + REFERENCE_PLACEHOLDER + "</receiverReference>", "<type>REMOVED</type>",
                "<occurredAt>2026-12-01T08:15:00Z</occurredAt>", "<actedBy>POLICE</actedBy>",
                "<removedAt>2026-12-01T07:40:00Z</removedAt>", "<caseNumber>BR.12.LL.123456/26</caseNumber>");
    }

    @Test
    void theJsonRelayIsTheRecordAndNothingElse() {
        assertThat(new String(json.write(NL_REMOVED), StandardCharsets.UTF_8)).isEqualTo("""
                {"actedBy":"POLICE","caseNumber":"BR.12.LL.123456/26","occurredAt":"2026-12-01T08:15:00Z",\
                "partnerReference":"NL-2026-004711","reference":"HX-XXXXXXXXXXXXXXXXXXXX",\
                "relayId":"3b9e4c1a-6f2d-4a8e-9c57-0e1d2f3a4b5c","removedAt":"2026-12-01T07:40:00Z","type":"CONTENT_REMOVED"}""");
    }

    @Test
    void anEmptyOrAbsentCaseNumberIsLeftOut() {
        for (Optional<String> none : java.util.List.of(Optional.<String>empty(), Optional.of(""), Optional.of("  "))) {
            RelayedFeedback relay = new RelayedFeedback("r1", "NL-1", "HX-1", FeedbackType.CASE_OPENED,
                    Instant.parse("2026-12-01T08:15:00Z"), "POLICE", none, Optional.empty());

            assertThat(new String(xml.write(relay), StandardCharsets.UTF_8)).doesNotContain("caseNumber");
            assertThat(new String(json.write(relay), StandardCharsets.UTF_8)).doesNotContain("caseNumber");
        }
    }

    @Test
    void aRelayNeverCarriesANoteOrAnythingElse() {
        // The INHOPE schema has a note for feedback to us; a relay has nothing to fill it with.
        String written = new String(xml.write(NL_REMOVED), StandardCharsets.UTF_8);

        assertThat(written).doesNotContain("<note").doesNotContain("reporter");
        assertThat(written.replaceAll("(?s)<\\?xml.*?\\?>", "").replaceAll("(?s)<[^>]*>", "\n").lines().map(String::strip)
                .filter(line -> !line.isEmpty()))
                .containsExactlyInAnyOrder(NL_REMOVED.relayId(), "NL-2026-004711", REFERENCE_PLACEHOLDER, "REMOVED",
                        "2026-12-01T08:15:00Z", "POLICE", "BR.12.LL.123456/26", "2026-12-01T07:40:00Z");
    }

    private static void assertSchemaValid(byte[] document) throws Exception {
        XMLReader parser = SecureXmlInput.newReader();
        ValidatorHandler validator = XmlSchemas.secureValidator(FeedbackSchemas.inhope());
        validator.setErrorHandler(SecureXmlInput.failOnAnyError());
        parser.setContentHandler(validator);
        parser.parse(new InputSource(new ByteArrayInputStream(document)));
    }
}
