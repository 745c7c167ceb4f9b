package be.hotline.gateway.format.outbound;

import static be.hotline.gateway.format.outbound.OutboundSamples.FORMATS;
import static be.hotline.gateway.format.outbound.OutboundSamples.REFERENCE;
import static be.hotline.gateway.format.outbound.OutboundSamples.TODAY;
import static be.hotline.gateway.format.outbound.OutboundSamples.delivery;
import static be.hotline.gateway.format.outbound.OutboundSamples.validated;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.inhope.InhopeXmlReportReader;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.support.DemoRouting;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InhopeXmlFormatTest {

    private final InhopeXmlReportReader inhopeReader = InhopeXmlReportReader.fromClasspath(OutboundFormats.INHOPE_SCHEMA_RESOURCE);

    @ParameterizedTest
    @ValueSource(strings = {"report-nl-hotline.json", "report-internal.json"})
    void theReceivingHotlineReadsTheReportWithOurReferenceAsTheSendersReference(String example) {
        OutboundReport message = delivery(validated(example), "BE", DeliveryPurpose.HOTLINE_EXCHANGE);
        Report original = message.report();

        byte[] written = FORMATS.byName("INHOPE_XML").write(message);
        String xml = new String(written, StandardCharsets.UTF_8);
        assertThat(xml).contains("<assignedCountry>" + original.contentItems().get(0).hostingCountry() + "</assignedCountry>");
        // Our own intake stands in for the receiving hotline's reader; it refuses assignedCountry (only the gateway
        // sets it), so the element is taken out first and the rest must read back exactly as sent.
        Report received = new ReportValidator(TODAY).validate(inhopeReader.read(
                xml.replaceAll("\\s*<assignedCountry>[A-Z]{2}</assignedCountry>", "").getBytes(StandardCharsets.UTF_8))).report();

        assertThat(received.partnerReference()).isEqualTo(REFERENCE).isNotEqualTo(original.partnerReference());
        assertThat(received).usingRecursiveComparison().ignoringFields("partnerReference", "contentItems.assignedCountry")
                .isEqualTo(original);
        assertThat(received.contentItems()).allSatisfy(item -> assertThat(item.assignedCountry()).isEmpty());
        assertThat(new Report(original.partnerReference(), received.firstSeenAt(), DemoRouting.assigned(received).contentItems(),
                received.assessment())).isEqualTo(original);
        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain(original.partnerReference());
    }
}
