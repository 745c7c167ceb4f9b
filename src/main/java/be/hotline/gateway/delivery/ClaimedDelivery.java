package be.hotline.gateway.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A delivery this node holds the lease on, with what is needed to send it.
 *
 * @param leaseToken    proves the lease when the outcome is written; another node's later claim has another
 * @param leaseUntil    when the lease ends: from then on another node may claim and send it
 * @param attempts      attempts made before this one
 * @param reportJson    the canonical report (no reporter data: it is stored apart)
 * @param originPartner the partner that sent us the report
 * @param feedbackId    for a relay (purpose FEEDBACK_RELAY): the feedback row it carries; null otherwise
 */
public record ClaimedDelivery(long id, String messageId, String leaseToken, Instant leaseUntil, String reference, String partnerId,
                              DeliveryPurpose purpose, String format, List<Integer> itemPositions, int attempts,
                              Instant createdAt, Instant reportReceivedAt, String originPartner, String reportJson,
                              Long feedbackId) {

    public ClaimedDelivery {
        itemPositions = List.copyOf(itemPositions);
    }
}
