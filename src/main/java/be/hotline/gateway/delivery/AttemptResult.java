package be.hotline.gateway.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one HTTP attempt came to: a status code, or a transport failure (timeout, refused, TLS).
 *
 * @param retryAfter     the receiver's Retry-After header, as sent
 * @param responseBody   the start of the receiver's answer (its own reference, if it gives one)
 */
public record AttemptResult(Instant startedAt, Duration latency, Optional<Integer> statusCode,
                            Optional<String> transportError, Optional<String> retryAfter, Optional<String> responseBody) {

    public static AttemptResult status(Instant startedAt, Duration latency, int statusCode, String retryAfter, String body) {
        return new AttemptResult(startedAt, latency, Optional.of(statusCode), Optional.empty(),
                Optional.ofNullable(retryAfter), Optional.ofNullable(body));
    }

    public static AttemptResult transportFailure(Instant startedAt, Duration latency, String error) {
        return new AttemptResult(startedAt, latency, Optional.empty(), Optional.of(error), Optional.empty(), Optional.empty());
    }

    public boolean succeeded() {
        return statusCode.map(code -> code >= 200 && code < 300).orElse(false);
    }

    /** One line for the delivery's last error and the attempt log. */
    public String describe() {
        return statusCode.map(code -> "HTTP " + code).orElseGet(() -> transportError.orElse("unknown failure"));
    }
}
