package be.hotline.gateway.format.police;

import static be.hotline.gateway.format.police.PoliceReferralSamples.nlReport;
import static be.hotline.gateway.format.police.PoliceReferralSamples.reader;
import static be.hotline.gateway.format.police.PoliceReferralSamples.text;
import static be.hotline.gateway.format.police.PoliceReferralSamples.utf8;
import static be.hotline.gateway.format.police.PoliceReferralSamples.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.Report;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every time in a referral is Brussels local time with the offset in force at that instant. */
class BrusselsLocalTimeTest {

    @ParameterizedTest(name = "{0} is {1} in Brussels")
    @CsvSource({
            "2026-11-25T17:12:00Z, 2026-11-25T18:12:00+01:00",    // winter: CET
            "2026-07-01T10:00:00Z, 2026-07-01T12:00:00+02:00",    // summer: CEST
            "2026-03-29T00:59:59Z, 2026-03-29T01:59:59+01:00",    // the last second of winter time
            "2026-03-29T01:00:00Z, 2026-03-29T03:00:00+02:00",    // clocks go forward
            "2026-10-25T00:30:00Z, 2026-10-25T02:30:00+02:00",    // 02:30 the first time ...
            "2026-10-25T01:30:00Z, 2026-10-25T02:30:00+01:00",    // ... and the second: the offset tells them apart
            "2026-01-01T00:00:00.250Z, 2026-01-01T01:00:00.25+01:00"
    })
    void writesEveryTimeInBrusselsLocalTimeAndReadsBackTheSameInstant(Instant utc, String brussels) {
        OutboundReport message = withTimes(utc);

        String xml = text(writer().write(message));

        assertThat(xml).contains("<ReceivedLocal>" + brussels + "</ReceivedLocal>",
                "<FirstReportedLocal>" + brussels + "</FirstReportedLocal>",
                "<FirstObservedLocal>" + brussels + "</FirstObservedLocal>",
                "<LastObservedLocal>" + brussels + "</LastObservedLocal>");
        assertThat(reader().read(utf8(xml))).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T17:12:00Z", "2026-11-25T17:12:00+00:00", "2026-11-25T12:12:00-05:00", "2026-11-25T18:12:00"})
    void acceptsNoOtherOffsetThanBrussels(String notBrussels) {
        String xml = text(writer().write(nlReport(DeliveryPurpose.DOMESTIC)))
                .replace("<ReceivedLocal>2026-11-25T18:12:00+01:00</ReceivedLocal>", "<ReceivedLocal>" + notBrussels + "</ReceivedLocal>");

        assertThatThrownBy(() -> reader().read(utf8(xml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid police referral");
    }

    private static OutboundReport withTimes(Instant at) {
        OutboundReport nl = nlReport(DeliveryPurpose.DOMESTIC);
        ContentItem item = nl.report().contentItems().get(0);
        ContentItem timed = new ContentItem(item.url(), item.contentType(), item.hostingIp(), item.hostingCountry(),
                item.hostingProvider(), item.asn(), Optional.of(at), Optional.of(at), item.hashes(), Optional.empty());
        Report report = new Report(nl.report().partnerReference(), Optional.of(at), List.of(timed), nl.report().assessment());
        return new OutboundReport(nl.messageId(), nl.reference(), at, nl.originCountry(), nl.purpose(), report);
    }
}
