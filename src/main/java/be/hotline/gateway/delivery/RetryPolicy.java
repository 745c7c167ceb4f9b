package be.hotline.gateway.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * What follows an attempt: 2xx is delivered; 408, 425, 429, 5xx and transport failures (timeout,
 * refused connection, TLS handshake) are retried with backoff, honouring Retry-After; any other
 * answer is a permanent refusal. Exhausted attempts or age make the delivery DEAD.
 */
public final class RetryPolicy {

    private static final Set<Integer> RETRYABLE_4XX = Set.of(408, 425, 429);
    private final RetrySettings settings;
    private final RandomGenerator random;

    public RetryPolicy(RetrySettings settings, RandomGenerator random) {
        this.settings = settings;
        this.random = random;
    }

    public sealed interface Decision permits Delivered, RetryAt, Dead {
    }

    public record Delivered() implements Decision {
    }

    public record RetryAt(Instant dueAt) implements Decision {
    }

    public record Dead(String reason) implements Decision {
    }

    /**
     * @param attemptsSoFar attempts including this one
     * @param createdAt     when the delivery was created, for the maximum age
     */
    public Decision decide(AttemptResult result, int attemptsSoFar, Instant createdAt, Instant now) {
        if (result.succeeded()) {
            return new Delivered();
        }
        if (!isRetryable(result)) {
            return new Dead("permanently refused: " + result.describe());
        }
        if (attemptsSoFar >= settings.maxAttempts()) {
            return new Dead("gave up after " + attemptsSoFar + " attempts; last: " + result.describe());
        }
        Instant dueAt = nextAttempt(result, attemptsSoFar, now);
        if (dueAt.isAfter(createdAt.plus(settings.maxAge()))) {
            return new Dead("gave up after " + settings.maxAge().toHours() + " h; last: " + result.describe());
        }
        return new RetryAt(dueAt);
    }

    static boolean isRetryable(AttemptResult result) {
        Optional<Integer> status = result.statusCode();
        if (status.isEmpty()) {
            return true;
        }
        int code = status.get();
        return RETRYABLE_4XX.contains(code) || code >= 500;
    }

    private Instant nextAttempt(AttemptResult result, int attemptsSoFar, Instant now) {
        double exponential = settings.initialDelay().toMillis() * Math.pow(settings.multiplier(), attemptsSoFar - 1);
        double capped = Math.min(exponential, settings.maxDelay().toMillis());
        double jittered = capped * (1 + settings.jitter() * (2 * random.nextDouble() - 1));
        Instant backoff = now.plus(Duration.ofMillis((long) jittered));
        Optional<Instant> askedFor = result.retryAfter().flatMap(header -> RetryAfter.parse(header, now));
        return askedFor.filter(asked -> asked.isAfter(backoff)).orElse(backoff);
    }
}
