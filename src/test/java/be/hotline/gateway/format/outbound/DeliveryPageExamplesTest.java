package be.hotline.gateway.format.outbound;

import static be.hotline.gateway.format.outbound.OutboundSamples.FORMATS;
import static be.hotline.gateway.format.outbound.OutboundSamples.delivery;
import static be.hotline.gateway.format.outbound.OutboundSamples.validated;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.support.DocExamples;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The messages docs/api/delivery.md shows partners are what the formats write: the INTERNAL example delivered
 * to the DE hotline, as INHOPE XML and as JSON. Which reference goes where is the point: ours in JSON
 * {@code reference} and in INHOPE {@code partnerReference}, the originating party's own in JSON
 * {@code report.partnerReference} (the police's {@code OriginReference}: see PoliceReferralExampleTest).
 */
class DeliveryPageExamplesTest {

    private static final Path PAGE = Path.of("docs/api/delivery.md");

    @Test
    void theJsonDeliveryOnThePageIsWhatTheJsonFormatWrites() throws IOException {
        ObjectMapper json = new ObjectMapper();

        assertThat(json.readTree(FORMATS.byName("JSON").write(internalReportForDe())))
                .isEqualTo(json.readTree(block("`JSON`, the same delivery", "```json")));
    }

    @Test
    void theInhopeXmlDeliveryOnThePageIsWhatTheInhopeFormatWrites() throws IOException {
        String written = new String(FORMATS.byName("INHOPE_XML").write(internalReportForDe()), StandardCharsets.UTF_8);

        assertThat(written.strip()).isEqualToNormalizingNewlines(block("`INHOPE_XML`, rendered from", "```xml").strip());
    }

    private static OutboundReport internalReportForDe() {
        return delivery(validated("report-internal.json"), "BE", DeliveryPurpose.HOTLINE_EXCHANGE);
    }

    private static String block(String introduction, String fence) {
        return DocExamples.block(PAGE, introduction, fence);
    }
}
