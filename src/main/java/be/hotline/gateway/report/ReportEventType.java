package be.hotline.gateway.report;

/** What can happen to a report; every state change is recorded as one of these. */
public enum ReportEventType {
    /** A partner's submission arrived and was stored. */
    RECEIVED,
    /** It passed the schema and the report rules. */
    VALIDATED,
    /** A receiver was chosen for some of its content items (one event per delivery). */
    ROUTED,
    /** A receiver answered 2xx to a delivery. */
    DELIVERED,
    /** A delivery was given up: retries exhausted or permanently refused. */
    DELIVERY_DEAD
}
