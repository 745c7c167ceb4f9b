package be.hotline.gateway.outbox;

import java.time.Duration;

/**
 * How this node works the outbox.
 *
 * @param nodeName  names the lease holder, for ops
 * @param batchSize at most this many deliveries claimed per poll
 * @param lease     how long a claim holds; longer than one call (connect + response timeout), so a live node never loses it
 */
public record OutboxSettings(String nodeName, int batchSize, Duration lease) {

    /** @throws IllegalArgumentException if one batch needs more send threads than the node has */
    public void requireBatchWithin(int threads) {
        if (batchSize < 1 || batchSize > threads) {
            throw new IllegalArgumentException("gateway.outbox.batch-size (" + batchSize + ") must be between 1 and"
                    + " gateway.outbox.threads (" + threads + "): a node never claims more than it can send at once");
        }
    }

    /**
     * @param longestCall connect plus response timeout: the longest a claimed delivery waits for its partner
     * @throws IllegalArgumentException if a claim could end while its call is still allowed to run
     */
    public void requireLeaseLongerThan(Duration longestCall) {
        if (lease.compareTo(longestCall) <= 0) {
            throw new IllegalArgumentException("gateway.outbox.lease (" + lease + ") must be longer than one outbound call,"
                    + " gateway.outbound.connect-timeout-ms + response-timeout-ms (" + longestCall + "): otherwise a slow"
                    + " partner's delivery is claimed again and sent twice");
        }
    }
}
