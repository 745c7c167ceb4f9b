package be.hotline.gateway.access;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerLimits;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Each partner's share of the partner API: a request rate (resilience4j RateLimiter, refilled every second)
 * and a number of requests in progress (resilience4j Bulkhead), never waiting: a request over either limit is
 * refused at once, so a flooding partner takes no thread from the others. A partner's limiters are made anew
 * when its registry entry's limits change (a registry reload).
 */
public final class RequestLimits {

    /** A request in progress; {@link #release()} it when its answer is written. */
    public interface Permit {
        void release();
    }

    private record Limiters(PartnerLimits limits, RateLimiter rate, Bulkhead concurrency) {
    }

    private final ConcurrentMap<String, Limiters> byPartner = new ConcurrentHashMap<>();

    /** A permit, or empty when the partner is over its rate or has too many requests in progress. */
    public Optional<Permit> tryAcquire(Partner partner) {
        Limiters limiters = limitersOf(partner);
        if (!limiters.rate().acquirePermission()) {
            return Optional.empty();
        }
        if (!limiters.concurrency().tryAcquirePermission()) {
            return Optional.empty();
        }
        Bulkhead bulkhead = limiters.concurrency();
        return Optional.of(bulkhead::onComplete);
    }

    private Limiters limitersOf(Partner partner) {
        PartnerLimits limits = partner.inbound().limits();
        Limiters current = byPartner.get(partner.id());
        if (current != null && current.limits().equals(limits)) {
            return current; // every request but the first after a start or a changed registry entry
        }
        return byPartner.compute(partner.id(), (id, existing) ->
                existing != null && existing.limits().equals(limits) ? existing : newLimiters(id, limits));
    }

    private static Limiters newLimiters(String partnerId, PartnerLimits limits) {
        RateLimiter rate = RateLimiter.of("partner-api-rate-" + partnerId, RateLimiterConfig.custom()
                .limitForPeriod(limits.requestsPerSecond()).limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO).build());
        Bulkhead concurrency = Bulkhead.of("partner-api-concurrency-" + partnerId, BulkheadConfig.custom()
                .maxConcurrentCalls(limits.concurrentRequests()).maxWaitDuration(Duration.ZERO).build());
        return new Limiters(limits, rate, concurrency);
    }
}
