package be.hotline.gateway.store;

import be.hotline.gateway.delivery.AttemptResult;
import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.delivery.DeliveryStatus;
import java.time.Instant;
import java.util.List;

/**
 * One attempt and the delivery state that follows it, ready to be written.
 *
 * @param events            report events to append if the delivery's state changes
 * @param receiverReference the receiver's own reference from its 2xx answer (an acknowledgement), or null
 * @param ackDueAt          when a delivered, unacknowledged delivery must be acknowledged by, or null
 */
public record AttemptRecord(ClaimedDelivery delivery, AttemptResult result, DeliveryStatus newStatus, Instant dueAt,
                            String lastError, List<ReportEvent> events, String receiverReference, Instant ackDueAt) {

    public AttemptRecord {
        events = List.copyOf(events);
    }

    /** An attempt whose outcome carries no acknowledgement and starts no acknowledgement deadline. */
    public static AttemptRecord unacknowledged(ClaimedDelivery delivery, AttemptResult result, DeliveryStatus newStatus, Instant dueAt,
                                       String lastError, List<ReportEvent> events) {
        return new AttemptRecord(delivery, result, newStatus, dueAt, lastError, events, null, null);
    }

    public boolean succeeded() {
        return newStatus == DeliveryStatus.DELIVERED || newStatus == DeliveryStatus.ACKNOWLEDGED;
    }
}
