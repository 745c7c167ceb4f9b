package be.hotline.gateway.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One message we queued for a partner, as that partner may see it: no internal id, no lease, no error text.
 *
 * @param itemPositions the report's content items the message carries (empty for a relay of news)
 */
public record ReceivedDelivery(String messageId, String reference, String purpose, String format, String status,
                               Instant createdAt, Optional<Instant> deliveredAt, Optional<Instant> acknowledgedAt,
                               Optional<Instant> ackDueAt, boolean ackOverdue, Optional<String> receiverReference,
                               List<Integer> itemPositions) {

    public ReceivedDelivery {
        itemPositions = List.copyOf(itemPositions);
    }

    public PagePosition position() {
        return new PagePosition(createdAt, messageId);
    }
}
