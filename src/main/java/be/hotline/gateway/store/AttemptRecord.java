package be.hotline.gateway.store;

import be.hotline.gateway.delivery.AttemptResult;
import be.hotline.gateway.delivery.ClaimedDelivery;
import be.hotline.gateway.delivery.DeliveryStatus;
import java.time.Instant;

/**
 * One attempt and the delivery state that follows it, ready to be written.
 *
 * @param event the report event to append if the delivery's state changes (null: none)
 */
public record AttemptRecord(ClaimedDelivery delivery, AttemptResult result, DeliveryStatus newStatus, Instant dueAt,
                            String lastError, ReportEvent event) {
}
