package be.hotline.gateway.format.police;

import static be.hotline.gateway.format.police.PoliceReferralSamples.delivery;
import static be.hotline.gateway.format.police.PoliceReferralSamples.nlReport;
import static be.hotline.gateway.format.police.PoliceReferralSamples.reader;
import static be.hotline.gateway.format.police.PoliceReferralSamples.text;
import static be.hotline.gateway.format.police.PoliceReferralSamples.validated;
import static be.hotline.gateway.format.police.PoliceReferralSamples.writer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundReport;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Canonical delivery → police XML → canonical delivery, unchanged. */
class PoliceReferralRoundTripTest {

    @ParameterizedTest
    @EnumSource(value = DeliveryPurpose.class, names = {"DOMESTIC", "INTERPOL_COOPERATION"})
    void readsBackExactlyTheDeliveryItWasWrittenFrom(DeliveryPurpose purpose) {
        OutboundReport nl = nlReport(purpose);
        OutboundReport internal = delivery(validated("report-internal.json").report(), "BE", purpose);

        assertThat(reader().read(writer().write(nl))).isEqualTo(nl);
        assertThat(reader().read(writer().write(internal))).isEqualTo(internal);
    }

    @Test
    void tellsThePoliceWhyTheyGetIt() {
        assertThat(text(writer().write(nlReport(DeliveryPurpose.DOMESTIC))))
                .contains("<ReferralReason>BELGIAN_HOSTING</ReferralReason>");
        assertThat(text(writer().write(nlReport(DeliveryPurpose.INTERPOL_COOPERATION))))
                .contains("<ReferralReason>INTERPOL_COOPERATION</ReferralReason>");
    }

    @Test
    void neverWritesAHotlineExchangeForThePolice() {
        assertThatThrownBy(() -> writer().write(nlReport(DeliveryPurpose.HOTLINE_EXCHANGE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HOTLINE_EXCHANGE");
    }

    @Test
    void oneWriterServesManyThreads() {
        OutboundReport message = nlReport(DeliveryPurpose.DOMESTIC);
        byte[] expected = writer().write(message);
        PoliceReferralWriter shared = writer();

        List<byte[]> written = IntStream.range(0, 32).parallel().mapToObj(i -> shared.write(message)).toList();

        assertThat(written).allSatisfy(bytes -> assertThat(bytes).isEqualTo(expected));
    }
}
