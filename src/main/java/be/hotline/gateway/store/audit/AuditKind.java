package be.hotline.gateway.store.audit;

/** What an audit entry records. */
public enum AuditKind {
    /** A report_event row: intake, routing, delivery outcomes, feedback effects, purges. */
    REPORT_EVENT,
    /** A feedback item received from a partner. */
    FEEDBACK,
    /** One delivery attempt (success or failure) to a partner. */
    DELIVERY_ATTEMPT,
    /** An ops user's action (retry, cancel, block, reload...). */
    OPS_ACTION,
    /** An ops sign-in, sign-out, failed or throttled sign-in. */
    OPS_SIGN_IN,
    /** A read of reports: a partner's status read, the case view, the ops search. */
    REPORT_READ
}
