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
        List<ClaimedDelivery> two = List.of(to("nl-hotline", 1), to("nl-hotline", 2));

        inFlight.claimed(two);
        inFlight.claimed(List.of(to("police-fccu", 3)));

        assertThat(inFlight.roomFor("nl-hotline")).isZero();
        assertThat(inFlight.roomFor("police-fccu")).isEqualTo(31);
        inFlight.finished(two);
        assertThat(inFlight.of("nl-hotline")).isZero();
        assertThat(inFlight.roomFor("nl-hotline")).isEqualTo(2);
    }

    @Test
    void aDeliveryLeavesTheCountWhenItsCallEndsNotWhenItsBatchIsWritten() {
        ClaimedDelivery answered = to("nl-hotline", 1);
        ClaimedDelivery slow = to("nl-hotline", 2);
        inFlight.claimed(List.of(answered, slow));

        inFlight.ended(answered);

        assertThat(inFlight.of("nl-hotline")).isEqualTo(1);
        assertThat(inFlight.roomFor("nl-hotline")).as("room beside the batch's slower call").isEqualTo(1);
        inFlight.finished(List.of(answered, slow));
        assertThat(inFlight.of("nl-hotline")).as("the answered one is not given back twice").isZero();
    }

    @Test
    void eachDeliveryCountsOnceHoweverOftenItIsClaimedOrEnded() {
        ClaimedDelivery delivery = to("nl-hotline", 7);

        inFlight.claimed(List.of(delivery));
        inFlight.claimed(List.of(delivery));
        assertThat(inFlight.of("nl-hotline")).isEqualTo(1);

        inFlight.ended(delivery);
        inFlight.ended(delivery);
        inFlight.finished(List.of(delivery));
        assertThat(inFlight.of("nl-hotline")).isZero();
        assertThat(inFlight.roomFor("nl-hotline")).isEqualTo(2);
    }

    @Test
    void aCapLoweredBelowWhatIsUnderWayLeavesNoRoomNeverLessThanNone() {
        inFlight.claimed(List.of(to("nl-hotline", 1), to("nl-hotline", 2)));

        caps.put("nl-hotline", 1);

        assertThat(inFlight.roomFor("nl-hotline")).isZero();
        assertThat(inFlight.of("nl-hotline")).isEqualTo(2);
    }

    private static ClaimedDelivery to(String partner, long id) {
        return new ClaimedDelivery(id, "M-" + id, "lease", Instant.EPOCH, "HX-1", partner, DeliveryPurpose.HOTLINE_EXCHANGE, "JSON", List.of(0), 0,
                Instant.EPOCH, Instant.EPOCH, "nl-hotline", "{}", null);
    }
}
