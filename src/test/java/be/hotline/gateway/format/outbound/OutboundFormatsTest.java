package be.hotline.gateway.format.outbound;

import static be.hotline.gateway.format.outbound.OutboundSamples.FORMATS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.format.police.PoliceReferralSchema;
import be.hotline.gateway.format.police.PoliceReferralWriter;
import be.hotline.gateway.format.xml.XmlSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundFormatsTest {

    @Test
    void knowsEveryFormatThePartnerRegistryNames() {
        assertThat(FORMATS.names()).containsExactly("JSON", "INHOPE_XML", "POLICE_XML");
        assertThat(FORMATS.byName("JSON")).isInstanceOf(CanonicalJsonFormat.class)
                .extracting(OutboundFormat::mediaType).isEqualTo("application/json");
        assertThat(FORMATS.byName("INHOPE_XML")).isInstanceOf(InhopeXmlFormat.class)
                .extracting(OutboundFormat::mediaType).isEqualTo("application/xml");
        assertThat(FORMATS.byName("POLICE_XML")).isInstanceOf(PoliceReferralWriter.class)
                .extracting(OutboundFormat::mediaType).isEqualTo("application/xml");
        assertThat(FORMATS.all()).extracting(OutboundFormat::name).containsExactlyElementsOf(FORMATS.names());
    }

    @Test
    void failsClearlyOnAnUnknownName() {
        assertThatThrownBy(() -> FORMATS.byName("police_xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no outbound format named 'police_xml'; known formats: [JSON, INHOPE_XML, POLICE_XML]");
        assertThatThrownBy(() -> FORMATS.byName(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTwoFormatsWithOneName() {
        assertThatThrownBy(() -> new OutboundFormats(List.of(new CanonicalJsonFormat(), new CanonicalJsonFormat())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON");
    }

    @Test
    void compilesEachSchemaOnceForEveryone() {
        assertThat(PoliceReferralSchema.fromClasspath()).isSameAs(XmlSchemas.fromClasspath("schemas/police-referral-1.0.xsd"));
        assertThat(XmlSchemas.fromClasspath(OutboundFormats.INHOPE_SCHEMA_RESOURCE))
                .isSameAs(XmlSchemas.fromClasspath("/" + OutboundFormats.INHOPE_SCHEMA_RESOURCE));
    }
}
