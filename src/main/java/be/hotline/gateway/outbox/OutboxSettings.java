package be.hotline.gateway.outbox;

import java.time.Duration;

/**
 * How this node works the outbox.
 *
 * @param nodeName  names the lease holder, for ops
 * @param batchSize deliveries claimed per poll
 * @param lease     how long a claim holds; longer than connect + response timeout, so a live node never loses it
 */
public record OutboxSettings(String nodeName, int batchSize, Duration lease) {
}
