package be.hotline.gateway.report;

/**
 * Where a report stands in its lifecycle (docs/api/routing-and-lifecycle.md). After routing, the status is
 * derived by one state machine (feedback.ReportLifecycle) from the report's deliveries and its receivers'
 * feedback; the report stands where its least advanced receiver stands.
 */
public enum ReportStatus {
    RECEIVED, VALIDATED, ROUTED,
    /** Classified NOT_ILLEGAL: stored and counted, delivered to nobody; it stays so (no receiver can move it). */
    NOT_FORWARDED,
    /** A receiver's delivery is dead (retries exhausted or permanently refused): ops must act. */
    DELIVERY_FAILED,
    DELIVERED, ACKNOWLEDGED,
    // What receivers did, as their feedback says (the names of the feedback types).
    FORWARDED_TO_LAW_ENFORCEMENT, NOTICE_SENT_TO_HOSTING_PROVIDER, CASE_OPENED, REFERRED_TO_PROSECUTOR,
    TAKEDOWN_ORDERED, FORWARDED_TO_INTERPOL,
    CONTENT_REMOVED, CONTENT_NOT_FOUND, NOT_ILLEGAL_IN_HOSTING_COUNTRY, NO_FURTHER_ACTION,
    CLOSED,
    /** Every delivery was cancelled by ops. */
    CANCELLED
}
