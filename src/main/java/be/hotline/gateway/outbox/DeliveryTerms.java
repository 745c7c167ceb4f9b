package be.hotline.gateway.outbox;

import be.hotline.gateway.delivery.RetryPolicy;
import java.time.Duration;

/**
 * What we agreed with one receiver: how its deliveries are retried, and how long it has to acknowledge one.
 */
public record DeliveryTerms(RetryPolicy retryPolicy, Duration ackDeadline) {
}
