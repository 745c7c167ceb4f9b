package be.hotline.gateway.format.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.partner.PartnerKind;
import org.junit.jupiter.api.Test;

class FeedbackFormatsTest {

    private final FeedbackFormats formats = FeedbackFormats.fromClasspath();

    @Test
    void xmlIsReadByTheSendersKind() {
        assertThat(formats.reader(PartnerKind.POLICE, "POLICE_XML")).isInstanceOf(PoliceCaseFeedbackXmlReader.class);
        assertThat(formats.reader(PartnerKind.HOTLINE, "INHOPE_XML")).isInstanceOf(InhopeFeedbackXmlReader.class);
        assertThat(formats.reader(PartnerKind.POLICE, "INHOPE_XML")).isInstanceOf(PoliceCaseFeedbackXmlReader.class);
    }

    @Test
    void jsonIsJsonForEveryone() {
        for (PartnerKind kind : PartnerKind.values()) {
            assertThat(formats.reader(kind, "JSON")).isInstanceOf(JsonFeedbackReader.class);
        }
    }

    @Test
    void unknownFormatsAreRefusedByName() {
        assertThatThrownBy(() -> formats.reader(PartnerKind.HOTLINE, "CSV")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSV");
        assertThatThrownBy(() -> formats.reader(PartnerKind.INTERNAL, "INHOPE_XML")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> formats.relayFormat("CSV")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[JSON, INHOPE_XML, NEWS_JSON]");
    }

    @Test
    void relaysGoOutInTheOriginatorsFormatButNeverToThePolice() {
        assertThat(formats.relayFormat("JSON")).isInstanceOf(JsonRelayFormat.class);
        assertThat(formats.relayFormat("INHOPE_XML")).isInstanceOf(InhopeXmlRelayFormat.class);
        assertThatThrownBy(() -> formats.relayFormat("POLICE_XML")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never gets relays");
    }
}
