package be.hotline.gateway.outbox;

import be.hotline.gateway.delivery.AttemptResult;
import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.DeliveryStatus;
import be.hotline.gateway.delivery.Receipts;
import be.hotline.gateway.delivery.RetryPolicy;
import be.hotline.gateway.report.ReportEventType;
import be.hotline.gateway.store.AttemptRecord;
import be.hotline.gateway.store.ClaimScope;
import be.hotline.gateway.store.OutboxStore;
import be.hotline.gateway.store.ReportEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works the outbox: claims due deliveries, renders them, and records each attempt's outcome under
 * the partner's retry policy and circuit breaker. Sending itself is the Camel route's job.
 */
public final class DeliveryService {

    private final OutboxStore outbox;
    private final OutboundMessages messages;
    private final Map<String, DeliveryTerms> termsOfPartner;
    private final CircuitBreakers breakers;
    private final OutboxSettings settings;
    private final SendSlots slots;
    private final InFlight inFlight;
    private final Clock clock;

    /** @param termsOfPartner every partner we send to (its id as key), with its retry policy and deadlines */
    public DeliveryService(OutboxStore outbox, OutboundMessages messages, Map<String, DeliveryTerms> termsOfPartner,
                           CircuitBreakers breakers, OutboxSettings settings, SendSlots slots, InFlight inFlight,
                           Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.termsOfPartner = Map.copyOf(termsOfPartner);
        this.breakers = breakers;
        this.settings = settings;
        this.slots = slots;
        this.inFlight = inFlight;
        this.clock = clock;
    }

    /**
     * Due deliveries for this node, when it has a batch's worth of free send slots; of each partner at most as many
     * as its cap leaves room for beside what this node already has in flight to it; a half-open partner gets one
     * trial delivery, the rest wait. Each delivery returned holds a send slot until {@link #finished}, and counts in
     * flight to its partner until its call ends (its attempt {@link #decide decided}, or it is given back or up).
     * One claim at a time, so two claims never both fill the same room.
     */
    public synchronized List<ClaimedDelivery> claimDue() {
        int room = settings.batchSize();
        if (!slots.takeBatch(room)) {
            return List.of();
        }
        List<ClaimedDelivery> toSend;
        try {
            toSend = claimUpTo(room);
        } catch (RuntimeException e) {
            slots.giveBack(room);
            throw e;
        }
        slots.giveBack(room - toSend.size());
        inFlight.claimed(toSend);
        return toSend;
    }

    /** The claimed deliveries' attempts are written (or failed to be): their slots are free again. */
    public void finished(List<ClaimedDelivery> deliveries) {
        inFlight.finished(deliveries);
        slots.giveBack(deliveries.size());
    }

    private List<ClaimedDelivery> claimUpTo(int limit) {
        Instant now = clock.instant();
        Optional<ClaimScope> scope = ClaimScope.within(termsOfPartner.keySet(), breakers.openPartners(), inFlight::roomFor,
                limit);
        if (scope.isEmpty()) {
            return List.of();
        }
        List<ClaimedDelivery> claimed = outbox.claimDue(now, limit, settings.lease(), settings.nodeName(), scope.get());
        List<ClaimedDelivery> toSend = new ArrayList<>();
        Set<String> trialTaken = new HashSet<>();
        for (ClaimedDelivery delivery : claimed) {
            boolean halfOpen = breakers.state(delivery.partnerId()) == CircuitBreakers.State.HALF_OPEN;
            if (halfOpen && !trialTaken.add(delivery.partnerId())) {
                outbox.release(delivery, now);
            } else {
                toSend.add(delivery);
            }
        }
        return toSend;
    }

    public OutboundMessages.Message render(ClaimedDelivery delivery) {
        return messages.render(delivery);
    }

    /**
     * Gives a claimed delivery back unsent, due at once, no attempt counted: its lease would end before one more call
     * could, and another node may then claim it.
     */
    public void releaseUnsent(ClaimedDelivery delivery) {
        inFlight.ended(delivery);
        outbox.release(delivery, clock.instant());
    }

    /** A delivery that cannot even be rendered will never succeed: it is dead at once, with why. */
    public void giveUp(ClaimedDelivery delivery, String reason) {
        inFlight.ended(delivery);
        Instant now = clock.instant();
        AttemptResult nothingSent = AttemptResult.transportFailure(now, java.time.Duration.ZERO, reason);
        outbox.recordAttempt(AttemptRecord.unacknowledged(delivery, nothingSent, DeliveryStatus.DEAD, now, reason,
                List.of(new ReportEvent(now, "gateway", ReportEventType.DELIVERY_DEAD.name(), describe(delivery, reason)))));
    }

    /** Decides what follows an attempt (and tells the partner's circuit breaker); writing it is {@link #recordAll}. */
    public AttemptRecord decide(ClaimedDelivery delivery, AttemptResult result) {
        // The call is over: the partner has room for another while the batch's slower calls go on.
        inFlight.ended(delivery);
        Instant now = clock.instant();
        DeliveryTerms terms = termsOfPartner.get(delivery.partnerId());
        RetryPolicy.Decision decision = terms.retryPolicy().decide(result, delivery.attempts() + 1, delivery.createdAt(), now);
        if (result.succeeded()) {
            breakers.onSuccess(delivery.partnerId());
        } else if (decision instanceof RetryPolicy.RetryAt) {
            breakers.onFailure(delivery.partnerId());
        }
        if (decision instanceof RetryPolicy.RetryAt retry) {
            return AttemptRecord.unacknowledged(delivery, result, DeliveryStatus.PENDING, retry.dueAt(), result.describe(), List.of());
        }
        if (decision instanceof RetryPolicy.Dead dead) {
            return AttemptRecord.unacknowledged(delivery, result, DeliveryStatus.DEAD, now, dead.reason(), List.of(new ReportEvent(now,
                    "gateway", ReportEventType.DELIVERY_DEAD.name(), describe(delivery, dead.reason()))));
        }
        return delivered(delivery, result, terms, now);
    }

    /**
     * A 2xx. A report's receiver that answers with its own reference has acknowledged it at once; otherwise
     * its acknowledgement is due within its deadline. A relay (news to the sender) needs no acknowledgement.
     */
    private AttemptRecord delivered(ClaimedDelivery delivery, AttemptResult result, DeliveryTerms terms, Instant now) {
        ReportEvent deliveredEvent = new ReportEvent(now, delivery.partnerId(), ReportEventType.DELIVERED.name(),
                describe(delivery, result.describe()));
        if (delivery.purpose() == DeliveryPurpose.FEEDBACK_RELAY) {
            return new AttemptRecord(delivery, result, DeliveryStatus.DELIVERED, now, null, List.of(deliveredEvent), null, null);
        }
        Optional<String> receiverReference = Receipts.receiverReference(result.responseBody());
        if (receiverReference.isPresent()) {
            ReportEvent acknowledged = new ReportEvent(now, delivery.partnerId(), ReportEventType.ACKNOWLEDGED.name(),
                    describe(delivery, "receiver reference " + receiverReference.get()));
            return new AttemptRecord(delivery, result, DeliveryStatus.ACKNOWLEDGED, now, null,
                    List.of(deliveredEvent, acknowledged), receiverReference.get(), null);
        }
        return new AttemptRecord(delivery, result, DeliveryStatus.DELIVERED, now, null, List.of(deliveredEvent), null,
                now.plus(terms.ackDeadline()));
    }

    /** Writes a batch's attempts in one transaction. */
    public void recordAll(List<AttemptRecord> attempts) {
        outbox.recordAttempts(attempts);
    }

    private static String describe(ClaimedDelivery delivery, String what) {
        return delivery.partnerId() + " message " + delivery.messageId() + ": " + what;
    }
}
