package be.hotline.gateway.report;

/** What can happen to a report; every state change is recorded as one of these. */
public enum ReportEventType {
    /** A partner's submission arrived and was stored. */
    RECEIVED,
    /** It passed the schema and the report rules. */
    VALIDATED
}
