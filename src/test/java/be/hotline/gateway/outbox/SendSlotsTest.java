package be.hotline.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendSlotsTest {

    @Test
    void aPollTakesAWholeBatchOrNothingAndNeverBlocks() {
        SendSlots slots = new SendSlots(5);

        assertThat(slots.takeBatch(2)).isTrue();
        assertThat(slots.takeBatch(2)).isTrue();
        assertThat(slots.takeBatch(2)).isFalse();
        assertThat(slots.inUse()).isEqualTo(4);
    }

    @Test
    void slotsGivenBackCanBeTakenAgain() {
        SendSlots slots = new SendSlots(4);
        slots.takeBatch(4);

        slots.giveBack(3);

        assertThat(slots.inUse()).isEqualTo(1);
        assertThat(slots.takeBatch(3)).isTrue();
        assertThat(slots.takeBatch(1)).isFalse();
    }

    @Test
    void aBatchLargerThanTheSlotsIsAConfigurationMistake() {
        assertThatThrownBy(() -> new SendSlots(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendSlots(4).takeBatch(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than the 4 send slots");
    }

    @Test
    void aBatchMustFitTheSendThreads() {
        OutboxSettings settings = new OutboxSettings("node", 8, Duration.ofMinutes(2));

        settings.requireBatchWithin(8);
        assertThatThrownBy(() -> settings.requireBatchWithin(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway.outbox.batch-size (8)");
    }

    @Test
    void aLeaseMustOutlastOneOutboundCall() {
        OutboxSettings settings = new OutboxSettings("node", 10, Duration.ofSeconds(30));

        settings.requireLeaseLongerThan(Duration.ofSeconds(29));
        assertThatThrownBy(() -> settings.requireLeaseLongerThan(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gateway.outbox.lease (PT30S)")
                .hasMessageContaining("sent twice");
    }
}
