package be.hotline.gateway.format.police;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.json.JsonReportReader;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ValidatedReport;
import be.hotline.gateway.support.DemoRouting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.validation.Schema;

/** The schema, the published JSON examples as deliveries, and the fixed values the tests share. */
final class PoliceReferralSamples {

    static final Path SCHEMA_FILE = Path.of("docs/api/schemas/police-referral-1.0.xsd");
    static final Path EXAMPLES = Path.of("docs/api/examples");
    /** Compiling the schema is the slow part; tests share one, as the gateway does. */
    static final Schema SCHEMA = PoliceReferralSchema.fromFile(SCHEMA_FILE);
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    static final String MESSAGE_ID = "7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347";
    static final String REFERENCE = "HX-7K2M9Q4T8V1N3P6R5W0Y";
    /** 18:12 in Brussels, winter time. */
    static final Instant RECEIVED_AT = Instant.parse("2026-11-25T17:12:00Z");

    private PoliceReferralSamples() {
    }

    static PoliceReferralWriter writer() {
        return new PoliceReferralWriter(SCHEMA);
    }

    static PoliceReferralReader reader() {
        return new PoliceReferralReader(SCHEMA);
    }

    /** A published JSON example as the intake would have accepted it. */
    static ValidatedReport validated(String example) {
        return new ReportValidator(TODAY).validate(new JsonReportReader().read(bytes(EXAMPLES.resolve(example))));
    }

    /** The NL hotline's example report (hosted in Belgium), as a delivery to the police. */
    static OutboundReport nlReport(DeliveryPurpose purpose) {
        return delivery(validated("report-nl-hotline.json").report(), "NL", purpose);
    }

    /** As the gateway sends it: each item with the country that must act on it, by the demo registry's routing. */
    static OutboundReport delivery(Report report, String originCountry, DeliveryPurpose purpose) {
        return new OutboundReport(MESSAGE_ID, REFERENCE, RECEIVED_AT, originCountry, purpose, DemoRouting.assigned(report));
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
