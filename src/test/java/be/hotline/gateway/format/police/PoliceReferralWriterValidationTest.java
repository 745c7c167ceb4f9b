package be.hotline.gateway.format.police;

import static be.hotline.gateway.format.police.PoliceReferralSamples.MESSAGE_ID;
import static be.hotline.gateway.format.police.PoliceReferralSamples.RECEIVED_AT;
import static be.hotline.gateway.format.police.PoliceReferralSamples.REFERENCE;
import static be.hotline.gateway.format.police.PoliceReferralSamples.nlReport;
import static be.hotline.gateway.format.police.PoliceReferralSamples.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.report.Assessment;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.Report;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The writer checks its own output: a referral outside the schema is a bug here, never sent. */
class PoliceReferralWriterValidationTest {

    static Stream<Arguments> deliveriesOutsideTheSchema() {
        OutboundReport ok = nlReport(DeliveryPurpose.DOMESTIC);
        Report report = ok.report();
        return Stream.of(
                Arguments.of("message id with spaces", new OutboundReport("message 1", REFERENCE, RECEIVED_AT, "NL", DeliveryPurpose.DOMESTIC, report)),
                Arguments.of("no reference", new OutboundReport(MESSAGE_ID, null, RECEIVED_AT, "NL", DeliveryPurpose.DOMESTIC, report)),
                Arguments.of("no receipt time", new OutboundReport(MESSAGE_ID, REFERENCE, null, "NL", DeliveryPurpose.DOMESTIC, report)),
                Arguments.of("origin country as a name", new OutboundReport(MESSAGE_ID, REFERENCE, RECEIVED_AT, "Netherlands", DeliveryPurpose.DOMESTIC, report)),
                Arguments.of("no content item", withReport(ok, r -> new Report(r.partnerReference(), r.firstSeenAt(), List.of(), r.assessment()))),
                Arguments.of("no classification", withReport(ok, r -> new Report(r.partnerReference(), r.firstSeenAt(), r.contentItems(),
                        new Assessment(null, null, null, null, null, null, false, false)))),
                Arguments.of("no assessment", withReport(ok, r -> new Report(r.partnerReference(), r.firstSeenAt(), r.contentItems(), null))),
                Arguments.of("ftp URL", withItem(ok, "ftp://files.example.be/secret-path/a.jpg", "BE")),
                Arguments.of("lower-case hosting country", withItem(ok, "https://images.example.be/secret-path/a.jpg", "be")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deliveriesOutsideTheSchema")
    void refusesToWriteAReferralOutsideTheSchema(String what, OutboundReport broken) {
        assertThatThrownBy(() -> writer().write(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not fit the police referral schema 1.0")
                .hasMessageNotContaining("secret-path");
    }

    @Test
    void namesTheReportButNoReportContentInTheMessage() {
        OutboundReport broken = withItem(nlReport(DeliveryPurpose.DOMESTIC), "https://images.example.be/secret-path/a.jpg", "Belgium");

        assertThatThrownBy(() -> writer().write(broken))
                .hasMessage("the referral of report " + REFERENCE + " does not fit the police referral schema 1.0")
                .satisfies(e -> assertThat(e.getCause()).isNotNull());
    }

    private static OutboundReport withReport(OutboundReport message, UnaryOperator<Report> change) {
        return new OutboundReport(message.messageId(), message.reference(), message.receivedAt(), message.originCountry(),
                message.purpose(), change.apply(message.report()));
    }

    private static OutboundReport withItem(OutboundReport message, String url, String country) {
        return withReport(message, r -> new Report(r.partnerReference(), r.firstSeenAt(), List.of(new ContentItem(url,
                r.contentItems().get(0).contentType(), Optional.empty(), country, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty())), r.assessment()));
    }
}
