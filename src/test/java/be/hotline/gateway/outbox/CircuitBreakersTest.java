package be.hotline.gateway.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakersTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    private final CircuitBreakers breakers = new CircuitBreakers(3, Duration.ofSeconds(30), clock);

    @Test
    void opensAfterTheThresholdOfFailuresInARowAndOnlyForThatPartner() {
        breakers.onFailure("at");
        breakers.onFailure("at");
        assertThat(breakers.state("at")).isEqualTo(CircuitBreakers.State.CLOSED);
        breakers.onFailure("at");
        assertThat(breakers.state("at")).isEqualTo(CircuitBreakers.State.OPEN);
        assertThat(breakers.openPartners()).containsExactly("at");
        assertThat(breakers.state("de")).isEqualTo(CircuitBreakers.State.CLOSED);
    }

    @Test
    void aSuccessResetsTheCount() {
        breakers.onFailure("at");
        breakers.onFailure("at");
        breakers.onSuccess("at");
        breakers.onFailure("at");
        assertThat(breakers.state("at")).isEqualTo(CircuitBreakers.State.CLOSED);
        assertThat(breakers.consecutiveFailures("at")).isEqualTo(1);
    }

    @Test
    void afterTheCoolDownOneTrialDecides() {
        for (int i = 0; i < 3; i++) {
            breakers.onFailure("at");
        }
        clock.advance(Duration.ofSeconds(31));
        assertThat(breakers.state("at")).isEqualTo(CircuitBreakers.State.HALF_OPEN);
        assertThat(breakers.openPartners()).isEmpty();

        breakers.onFailure("at");
        assertThat(breakers.state("at")).isEqualTo(CircuitBreakers.State.OPEN);
        clock.advance(Duration.ofSeconds(31));
        breakers.onSuccess("at");
        assertThat(breakers.state("at")).isEqualTo(CircuitBreakers.State.CLOSED);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
