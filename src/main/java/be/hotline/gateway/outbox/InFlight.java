package be.hotline.gateway.outbox;

import be.hotline.gateway.delivery.ClaimedDelivery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * How many deliveries this node holds for each partner (claimed and not yet recorded, so at most as many
 * requests in flight to it), against the partner's cap (outbound.maxConcurrent). The cap is asked at every claim,
 * so a registry reload changes it at once; a lowered cap is kept from the next claim on, nothing is taken back.
 */
public final class InFlight {

    private final Map<String, AtomicInteger> byPartner = new ConcurrentHashMap<>();
    private final ToIntFunction<String> capOf;

    /** @param capOf a partner's outbound.maxConcurrent in the registry in force */
    public InFlight(ToIntFunction<String> capOf) {
        this.capOf = capOf;
    }

    /** How many more of the partner's deliveries this node may claim now. */
    public int roomFor(String partnerId) {
        return Math.max(0, capOf.applyAsInt(partnerId) - of(partnerId));
    }

    public void claimed(List<ClaimedDelivery> deliveries) {
        deliveries.forEach(delivery -> counter(delivery.partnerId()).incrementAndGet());
    }

    public void finished(List<ClaimedDelivery> deliveries) {
        deliveries.forEach(delivery -> counter(delivery.partnerId()).decrementAndGet());
    }

    public int of(String partnerId) {
        AtomicInteger count = byPartner.get(partnerId);
        return count == null ? 0 : count.get();
    }

    private AtomicInteger counter(String partnerId) {
        return byPartner.computeIfAbsent(partnerId, id -> new AtomicInteger());
    }
}
