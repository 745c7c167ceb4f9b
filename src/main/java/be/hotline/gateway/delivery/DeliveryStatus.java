package be.hotline.gateway.delivery;

/** Where one delivery of a report to one receiver stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt, or being attempted under a node's lease. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** The receiver gave its own reference for it (in its 2xx answer, or later as feedback), or any feedback. */
    ACKNOWLEDGED,
    /** Retries exhausted or permanently refused; kept with its last error, can be retried by ops. */
    DEAD,
    /** Cancelled by ops, with a reason. */
    CANCELLED
}
