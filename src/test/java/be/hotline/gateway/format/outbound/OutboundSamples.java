package be.hotline.gateway.format.outbound;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.json.JsonReportReader;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ValidatedReport;
import be.hotline.gateway.support.DemoRouting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The published JSON examples as the intake accepted them, and deliveries of them. */
final class OutboundSamples {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final String REFERENCE = "HX-7K2M9Q4T8V1N3P6R5W0Y";
    static final String MESSAGE_ID = "7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347";
    static final Instant RECEIVED_AT = Instant.parse("2026-11-22T09:30:00Z");
    /** The registry as the gateway builds it, from the schemas the build puts on the classpath. */
    static final OutboundFormats FORMATS = OutboundFormats.fromClasspath();

    private OutboundSamples() {
    }

    static ValidatedReport validated(String example) {
        return new ReportValidator(TODAY).validate(new JsonReportReader().read(bytes(Path.of("docs/api/examples", example))));
    }

    /** As the gateway sends it: each item with the country that must act on it. */
    static OutboundReport delivery(ValidatedReport validated, String originCountry, DeliveryPurpose purpose) {
        return new OutboundReport(MESSAGE_ID, REFERENCE, RECEIVED_AT, originCountry, purpose,
                DemoRouting.assigned(validated.report()));
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
