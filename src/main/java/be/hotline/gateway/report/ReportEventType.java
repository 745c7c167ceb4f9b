package be.hotline.gateway.report;

/** What can happen to a report; every state change is recorded as one of these. */
public enum ReportEventType {
    /** A partner's submission arrived and was stored. */
    RECEIVED,
    /** It passed the schema and the report rules. */
    VALIDATED,
    /** The report is kept but delivered to nobody; the detail says why (classified NOT_ILLEGAL). */
    NOT_FORWARDED,
    /** A receiver was chosen for some of its content items (one event per delivery). */
    ROUTED,
    /** A receiver answered 2xx to a delivery. */
    DELIVERED,
    /** A delivery was given up: retries exhausted or permanently refused. */
    DELIVERY_DEAD,
    /** A receiver acknowledged a delivery, giving its own reference when it has one. */
    ACKNOWLEDGED,
    /** A receiver's feedback item (what it did), with its id. */
    FEEDBACK,
    /** A receiver did not acknowledge by its deadline (cleared by a later acknowledgement). */
    ACK_OVERDUE,
    /** News was queued for the hotline that sent the report. */
    RELAY_QUEUED,
    /** The report's status moved, by the state machine; the detail says from what, to what, and why. */
    STATUS_CHANGED,
    /** An ops user put a DEAD delivery back in the outbox (actor ops:USER, detail with the reason). */
    OPS_RETRY,
    /** An ops user cancelled a delivery (actor ops:USER, detail with the reason). */
    OPS_CANCELLED,
    /** A receiver asked for one of its messages again (actor: the receiver); it is queued with the same message id. */
    REDELIVERY_REQUESTED,
    /** A content item matched one received before (same normalised URL or hash): on both reports, with who was not sent it again. */
    DUPLICATE_LINKED,
    /** A receiver reported content items MOVED: from which country to which, the move's number, and who gets them now. */
    ITEM_MOVED,
    /** An item moved more often than gateway.routing.max-moves allows: kept, not sent again, flagged for the analysts. */
    MOVE_LIMIT_REACHED,
    /** Retention removed the reporter's contact details (the whole reporter_contact row); the detail names the rule, never a value. */
    REPORTER_CONTACT_PURGED,
    /** Retention removed the report's content data (URLs, hashes, hosting IP/provider/ASN); the detail gives counts and the SHA-256 of the report JSON as it was. */
    CONTENT_PURGED
}
