package be.hotline.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.delivery.DeliveryPurpose;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InFlightTest {

    private final Map<String, Integer> caps = new HashMap<>(Map.of("nl-hotline", 2, "police-fccu", 32));
    private final InFlight inFlight = new InFlight(caps::get);

    @Test
    void theRoomIsTheCapLessWhatIsClaimedAndNotYetFinished() {
        List<ClaimedDelivery> two = List.of(to("nl-hotline"), to("nl-hotline"));

        inFlight.claimed(two);
        inFlight.claimed(List.of(to("police-fccu")));

        assertThat(inFlight.roomFor("nl-hotline")).isZero();
        assertThat(inFlight.roomFor("police-fccu")).isEqualTo(31);
        inFlight.finished(two);
        assertThat(inFlight.of("nl-hotline")).isZero();
        assertThat(inFlight.roomFor("nl-hotline")).isEqualTo(2);
    }

    @Test
    void aCapLoweredBelowWhatIsUnderWayLeavesNoRoomNeverLessThanNone() {
        inFlight.claimed(List.of(to("nl-hotline"), to("nl-hotline")));

        caps.put("nl-hotline", 1);

        assertThat(inFlight.roomFor("nl-hotline")).isZero();
        assertThat(inFlight.of("nl-hotline")).isEqualTo(2);
    }

    private static ClaimedDelivery to(String partner) {
        return new ClaimedDelivery(1, "M-1", "lease", Instant.EPOCH, "HX-1", partner, DeliveryPurpose.HOTLINE_EXCHANGE, "JSON", List.of(0), 0,
                Instant.EPOCH, Instant.EPOCH, "nl-hotline", "{}", null);
    }
}
