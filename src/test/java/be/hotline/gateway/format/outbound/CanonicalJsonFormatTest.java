package be.hotline.gateway.format.outbound;

import static be.hotline.gateway.format.outbound.OutboundSamples.FORMATS;
import static be.hotline.gateway.format.outbound.OutboundSamples.TODAY;
import static be.hotline.gateway.format.outbound.OutboundSamples.delivery;
import static be.hotline.gateway.format.outbound.OutboundSamples.validated;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.json.JsonReportReader;
import be.hotline.gateway.intake.CanonicalJson;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.support.DemoRouting;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CanonicalJsonFormatTest {

    @ParameterizedTest
    @EnumSource(DeliveryPurpose.class)
    void parsesBackToTheSameDelivery(DeliveryPurpose purpose) throws Exception {
        OutboundReport message = delivery(validated("report-nl-hotline.json"), "NL", purpose);

        byte[] written = FORMATS.byName("JSON").write(message);

        assertThat(CanonicalJson.mapper().readValue(written, OutboundReport.class)).isEqualTo(message);
        JsonNode json = CanonicalJson.mapper().readTree(written);
        assertThat(json.fieldNames()).toIterable()
                .containsExactly("messageId", "originCountry", "purpose", "receivedAt", "reference", "report");
        assertThat(json.get("purpose").asText()).isEqualTo(purpose.name());
        assertThat(json.get("receivedAt").asText()).isEqualTo("2026-11-22T09:30:00Z");
    }

    /** The same schema both ways, but for assignedCountry: readOnly, set by the gateway on every item it sends. */
    @Test
    void itsReportIsTheJsonAPartnerPostsToUsWithTheAssignedCountryOfEachItem() throws Exception {
        OutboundReport message = delivery(validated("report-internal.json"), "BE", DeliveryPurpose.DOMESTIC);

        JsonNode report = CanonicalJson.mapper().readTree(FORMATS.byName("JSON").write(message)).get("report");
        for (JsonNode item : report.get("contentItems")) {
            assertThat(((ObjectNode) item).remove("assignedCountry").asText()).isEqualTo(item.get("hostingCountry").asText());
        }

        byte[] reportJson = CanonicalJson.mapper().writeValueAsBytes(report);
        Report posted = new ReportValidator(TODAY).validate(new JsonReportReader().read(reportJson)).report();
        assertThat(DemoRouting.assigned(posted)).isEqualTo(message.report());
    }
}
