package be.hotline.gateway.report;

/** Where a report stands in its lifecycle (see docs/api for the whole state machine). */
public enum ReportStatus {
    RECEIVED, VALIDATED, ROUTED
}
