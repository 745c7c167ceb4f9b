package be.hotline.gateway.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One circuit breaker per partner, so a dead partner does not slow the others: after a run of
 * failures its deliveries are not even claimed until a cool-down passes; then one trial delivery
 * decides whether it closes again (half-open).
 */
public final class CircuitBreakers {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;
    private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

    public CircuitBreakers(int failureThreshold, Duration openFor, Clock clock) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    public State state(String partnerId) {
        Breaker breaker = breakers.get(partnerId);
        return breaker == null ? State.CLOSED : breaker.state(clock.instant());
    }

    /** Partners whose deliveries must not be claimed now. */
    public Set<String> openPartners() {
        Instant now = clock.instant();
        return breakers.entrySet().stream().filter(e -> e.getValue().state(now) == State.OPEN)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    public int consecutiveFailures(String partnerId) {
        Breaker breaker = breakers.get(partnerId);
        return breaker == null ? 0 : breaker.failures;
    }

    public void onSuccess(String partnerId) {
        breakers.remove(partnerId);
    }

    public void onFailure(String partnerId) {
        breakers.compute(partnerId, (id, breaker) -> {
            Breaker next = breaker == null ? new Breaker() : breaker;
            next.failures++;
            if (next.failures >= failureThreshold) {
                next.openUntil = clock.instant().plus(openFor);
            }
            return next;
        });
    }

    private static final class Breaker {
        private int failures;
        private Instant openUntil;

        State state(Instant now) {
            if (openUntil == null) {
                return State.CLOSED;
            }
            return now.isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
        }
    }
}
