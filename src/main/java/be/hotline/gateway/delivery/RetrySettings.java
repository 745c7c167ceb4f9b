package be.hotline.gateway.delivery;

import java.time.Duration;

/**
 * How hard to try one partner: exponential backoff with jitter between attempts, up to a maximum
 * number of attempts or a maximum age, whichever comes first.
 */
public record RetrySettings(Duration initialDelay, double multiplier, Duration maxDelay, double jitter,
                            int maxAttempts, Duration maxAge) {

    public RetrySettings {
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || multiplier < 1
                || jitter < 0 || jitter >= 1 || maxAttempts < 1 || maxAge.isNegative()) {
            throw new IllegalArgumentException("inconsistent retry settings: " + initialDelay + ", x" + multiplier
                    + ", max " + maxDelay + ", jitter " + jitter + ", " + maxAttempts + " attempts, " + maxAge);
        }
    }
}
