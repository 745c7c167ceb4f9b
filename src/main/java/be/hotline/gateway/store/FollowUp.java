package be.hotline.gateway.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a report's follow-up stands: each receiver's delivery, and the takedown time once the content is down.
 *
 * @param takedownSeconds from the earliest of first receipt and the sender's first sighting to the removal
 */
public record FollowUp(List<Receiver> receivers, Optional<Instant> removedAt, Optional<Long> takedownSeconds) {

    public FollowUp {
        receivers = List.copyOf(receivers);
    }

    /** One receiver's delivery (relays to the sender are not receivers). */
    public record Receiver(String partnerId, String status, Optional<String> receiverReference, Optional<Instant> acknowledgedAt,
                           Optional<Instant> ackDueAt, boolean ackOverdue, Optional<String> furthestFeedback) {
    }

    public boolean ackOverdue() {
        return receivers.stream().anyMatch(Receiver::ackOverdue);
    }
}
