package be.hotline.gateway.outbox;

import be.hotline.gateway.delivery.ClaimedDelivery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * How many of our requests this node has under way to each partner, against the partner's cap
 * (outbound.maxConcurrent). A delivery counts from its claim until its call is answered or given up
 * ({@link #ended}), not until its batch is written: a batch is as slow as its slowest call, and a partner whose
 * room waited for that would get one batch at a time. The cap is asked at every claim, so a registry reload changes
 * it at once; a lowered cap is kept from the next claim on, nothing is taken back.
 */
public final class InFlight {

    private final Map<String, AtomicInteger> byPartner = new ConcurrentHashMap<>();
    /** Each counted delivery by its id, so that it is counted and given back once, whichever way its call ends. */
    private final Map<Long, String> counted = new ConcurrentHashMap<>();
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
        for (ClaimedDelivery delivery : deliveries) {
            if (counted.putIfAbsent(delivery.id(), delivery.partnerId()) == null) {
                counter(delivery.partnerId()).incrementAndGet();
            }
        }
    }

    /** The delivery's call is answered, failed or never started: no longer under way. Once per claim; more is harmless. */
    public void ended(ClaimedDelivery delivery) {
        String partnerId = counted.remove(delivery.id());
        if (partnerId != null) {
            counter(partnerId).decrementAndGet();
        }
    }

    /** The batch is written (or failed to be): whatever of it was not yet {@link #ended} is now. */
    public void finished(List<ClaimedDelivery> deliveries) {
        deliveries.forEach(this::ended);
    }

    public int of(String partnerId) {
        AtomicInteger count = byPartner.get(partnerId);
        return count == null ? 0 : count.get();
    }

    private AtomicInteger counter(String partnerId) {
        return byPartner.computeIfAbsent(partnerId, id -> new AtomicInteger());
    }
}
