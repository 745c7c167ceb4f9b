package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's rules on their own, at chosen instants: threshold, growth, cap, forgetting, bounded memory. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2027-01-01T10:00:00Z");
    private static final LoginThrottle.Rules RULES = new LoginThrottle.Rules(5, Duration.ofMinutes(5), Duration.ofMinutes(1),
            Duration.ofMinutes(15), 100);

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void theFifthFailureWithinTheWindowLocksTheKeyForTheFirstLockout() {
        LoginThrottle throttle = new LoginThrottle(RULES);
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", at(i * 60L));
            assertThat(throttle.lock("alice", at(i * 60L))).as("after failure %d", i + 1).isEmpty();
        }
        throttle.failed("alice", at(240));
        assertThat(throttle.lock("alice", at(240))).hasValueSatisfying(lock -> assertThat(lock.retryAfterSeconds()).isEqualTo(60));
        assertThat(throttle.lock("alice", at(270))).hasValueSatisfying(lock -> assertThat(lock.retryAfterSeconds()).isEqualTo(30));
        assertThat(throttle.lock("alice", at(300))).as("open again when the lock-out ends").isEmpty();
        assertThat(throttle.lock("bob", at(250))).as("another key").isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockoutUpToTheCap() {
        LoginThrottle throttle = new LoginThrottle(RULES);
        long now = 0;
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", at(now));
        }
        long[] expected = {60, 120, 240, 480, 900, 900};
        for (long lockout : expected) {
            assertThat(throttle.lock("alice", at(now))).hasValueSatisfying(lock -> assertThat(lock.retryAfterSeconds()).isEqualTo(lockout));
            now += lockout; // the attacker waits the lock-out out, then fails once more
            throttle.failed("alice", at(now));
        }
    }

    @Test
    void aPauseOfTheWindowForgetsTheFailures() {
        LoginThrottle throttle = new LoginThrottle(RULES);
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", at(0));
        }
        throttle.failed("alice", at(301)); // more than 5 minutes after the previous failure: counts as the first
        assertThat(throttle.lock("alice", at(301))).isEmpty();
        for (int i = 0; i < 3; i++) {
            throttle.failed("alice", at(302));
        }
        assertThat(throttle.lock("alice", at(302))).isEmpty();
        throttle.failed("alice", at(303));
        assertThat(throttle.lock("alice", at(303))).isPresent();
    }

    @Test
    void theWindowAfterALockoutCountsFromItsEnd() {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Rules(5, Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofMinutes(15), 100));
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", at(0));
        }
        // 15 minutes locked, then one failure 16 minutes after the last: within 5 minutes of the lock-out's end.
        throttle.failed("alice", at(16 * 60));
        assertThat(throttle.lock("alice", at(16 * 60))).isPresent();
    }

    @Test
    void aSuccessForgetsTheKeysFailures() {
        LoginThrottle throttle = new LoginThrottle(RULES);
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", at(0));
        }
        throttle.succeeded("alice");
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", at(1));
        }
        assertThat(throttle.lock("alice", at(1))).isEmpty();
    }

    @Test
    void onlyTheFirstRefusalOfALockoutIsMarkedFirst() {
        LoginThrottle throttle = new LoginThrottle(RULES);
        for (int i = 0; i < 5; i++) {
            throttle.failed("alice", at(0));
        }
        assertThat(throttle.lock("alice", at(1)).orElseThrow().firstRefusal()).isTrue();
        assertThat(throttle.lock("alice", at(2)).orElseThrow().firstRefusal()).isFalse();
        throttle.failed("alice", at(61)); // a new lock-out
        assertThat(throttle.lock("alice", at(62)).orElseThrow().firstRefusal()).isTrue();
    }

    @Test
    void atMostTrackedKeysAreRememberedTheLeastRecentlyUsedForgottenFirst() {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Rules(1, Duration.ofMinutes(5), Duration.ofMinutes(1),
                Duration.ofMinutes(15), 3));
        throttle.failed("a", at(0));
        throttle.failed("b", at(0));
        throttle.failed("c", at(0));
        assertThat(throttle.lock("a", at(1))).isPresent(); // a is now the most recently used
        throttle.failed("d", at(2));
        assertThat(throttle.lock("b", at(3))).as("forgotten").isEmpty();
        assertThat(throttle.lock("a", at(3))).isPresent();
        assertThat(throttle.lock("c", at(3))).isPresent();
        assertThat(throttle.lock("d", at(3))).isPresent();
    }

    @Test
    void nonsenseRulesStopTheStart() {
        assertThatThrownBy(() -> new LoginThrottle.Rules(0, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(15), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle.Rules(5, Duration.ofMinutes(5), Duration.ofMinutes(20), Duration.ofMinutes(15), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
