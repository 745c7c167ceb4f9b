package be.hotline.gateway.format.outbound;

import static be.hotline.gateway.format.outbound.OutboundSamples.FORMATS;
import static be.hotline.gateway.format.outbound.OutboundSamples.delivery;
import static be.hotline.gateway.format.outbound.OutboundSamples.validated;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.report.ReporterContact;
import be.hotline.gateway.report.ValidatedReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data minimisation, for every outbound format the registry knows, present and future: a report
 * whose reporter left a name, an e-mail address and a phone number goes out without any of them.
 */
class ReporterNeverLeavesTest {

    /** The reporter data of docs/api/examples/report-internal.json, whole and in recognisable parts. */
    private static final List<String> REPORTER_TRACES = List.of(
            "Example Reporter", "reporter@example.org", "+32 2 555 01 23",
            "reporter@", "@example.org", "555 01 23", "5550123", "+3225550123", "Example%20Reporter", "reporter%40",
            "reporter");

    static Stream<OutboundFormat> everyFormat() {
        return FORMATS.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFormat")
    void noOutboundFormatCarriesTheReporter(OutboundFormat format) {
        ValidatedReport withReporter = validated("report-internal.json");
        assertThat(withReporter.reporter()).as("the example must have reporter data for this test to mean anything")
                .contains(new ReporterContact(Optional.of("Example Reporter"), Optional.of("reporter@example.org"),
                        Optional.of("+32 2 555 01 23")));

        List<String> written = new ArrayList<>();
        for (DeliveryPurpose purpose : DeliveryPurpose.values()) {
            writeIfThisFormatServes(format, purpose, withReporter).ifPresent(written::add);
        }

        assertThat(written).as("%s wrote nothing for any purpose", format.name()).isNotEmpty();
        assertThat(written).allSatisfy(body -> {
            assertThat(body).contains("board.example.de");
            for (String trace : REPORTER_TRACES) {
                assertThat(body).as("%s output", format.name()).doesNotContainIgnoringCase(trace);
            }
        });
    }

    /** Some formats serve only some purposes (the police never get a HOTLINE_EXCHANGE): skip the others. */
    private static Optional<String> writeIfThisFormatServes(OutboundFormat format, DeliveryPurpose purpose, ValidatedReport report) {
        try {
            return Optional.of(new String(format.write(delivery(report, "BE", purpose)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notForThisPurpose) {
            return Optional.empty();
        }
    }
}
