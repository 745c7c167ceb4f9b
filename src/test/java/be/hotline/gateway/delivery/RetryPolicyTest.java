package be.hotline.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final RetrySettings SETTINGS = new RetrySettings(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5),
            0.2, 5, Duration.ofHours(72));
    /** Jitter at its middle: exactly the backoff. */
    private final RetryPolicy policy = new RetryPolicy(SETTINGS, fixedRandom(0.5));

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204})
    void aTwoHundredIsDelivered(int status) {
        assertThat(policy.decide(status(status, null), 1, NOW, NOW)).isInstanceOf(RetryPolicy.Delivered.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 425, 429, 500, 502, 503, 504})
    void retryableStatusesAreRetried(int status) {
        assertThat(policy.decide(status(status, null), 1, NOW, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(10)));
    }

    @Test
    void transportFailuresAreRetried() {
        AttemptResult timeout = AttemptResult.transportFailure(NOW, Duration.ofSeconds(30), "timeout: Read timed out");
        assertThat(policy.decide(timeout, 1, NOW, NOW)).isInstanceOf(RetryPolicy.RetryAt.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 400, 401, 403, 404, 409, 410, 413, 415, 422})
    void otherAnswersArePermanentAtOnce(int status) {
        assertThat(policy.decide(status(status, null), 1, NOW, NOW))
                .isEqualTo(new RetryPolicy.Dead("permanently refused: HTTP " + status));
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(policy.decide(status(500, null), 2, NOW, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(20)));
        assertThat(policy.decide(status(500, null), 3, NOW, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(40)));
        RetryPolicy patient = new RetryPolicy(new RetrySettings(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(5), 0.2, 100,
                Duration.ofHours(72)), fixedRandom(0.5));
        assertThat(patient.decide(status(500, null), 20, NOW, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(300)));
    }

    @Test
    void jitterSpreadsRetriesAroundTheBackoff() {
        RetryPolicy low = new RetryPolicy(SETTINGS, fixedRandom(0.0));
        RetryPolicy high = new RetryPolicy(SETTINGS, fixedRandom(0.999_999));
        assertThat(low.decide(status(500, null), 1, NOW, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(8)));
        assertThat(((RetryPolicy.RetryAt) high.decide(status(500, null), 1, NOW, NOW)).dueAt())
                .isBetween(NOW.plusMillis(11_990), NOW.plusSeconds(12));
    }

    @Test
    void retryAfterInSecondsAndAsHttpDateIsHonoured() {
        assertThat(policy.decide(status(503, "120"), 1, NOW, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(120)));
        assertThat(policy.decide(status(429, "Wed, 25 Nov 2026 12:05:00 GMT"), 1, NOW, NOW))
                .isEqualTo(new RetryPolicy.RetryAt(Instant.parse("2026-11-25T12:05:00Z")));
        assertThat(policy.decide(status(503, "1"), 1, NOW, NOW))
                .as("never earlier than our own backoff").isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(10)));
        assertThat(policy.decide(status(503, "soon"), 1, NOW, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(10)));
    }

    @Test
    void theMaximumAttemptsAndAgeEndRetrying() {
        assertThat(policy.decide(status(500, null), 5, NOW, NOW))
                .isEqualTo(new RetryPolicy.Dead("gave up after 5 attempts; last: HTTP 500"));
        Instant created = NOW.minus(Duration.ofHours(72));
        assertThat(policy.decide(status(500, null), 2, created, NOW))
                .isEqualTo(new RetryPolicy.Dead("gave up after 72 h; last: HTTP 500"));
    }

    private static AttemptResult status(int code, String retryAfter) {
        return AttemptResult.status(NOW, Duration.ofMillis(20), code, retryAfter, null);
    }

    private static RandomGenerator fixedRandom(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
