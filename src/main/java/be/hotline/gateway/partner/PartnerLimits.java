package be.hotline.gateway.partner;

/**
 * What one partner may ask of the partner API at once (registry field {@code limits}), so no single client
 * degrades service for the others: requests per second (with a burst of the same size) and requests in
 * progress at the same time. Beyond either: 429 with Retry-After.
 */
public record PartnerLimits(int requestsPerSecond, int concurrentRequests) {

    /** Generous: far above what a hotline or the police send, far below what would starve the others. */
    public static final PartnerLimits DEFAULT = new PartnerLimits(200, 32);

    public PartnerLimits {
        if (requestsPerSecond < 1 || concurrentRequests < 1) {
            throw new IllegalArgumentException("limits must be at least 1");
        }
    }
}
