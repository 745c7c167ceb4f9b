package be.hotline.gateway.format.feedback;

/**
 * Where each feedback field sits in one format, as JSON pointers, so a refusal names the field as
 * the partner wrote it.
 */
record FieldNames(String feedbackId, String type, String occurredAt, String receiverReference,
                  String caseNumber, String removedAt, String note) {

    /** Canonical JSON, and INHOPE XML, whose element names are the same. */
    static final FieldNames CANONICAL = new FieldNames("/feedbackId", "/type", "/occurredAt", "/receiverReference",
            "/caseNumber", "/removedAt", "/note");

    static final FieldNames POLICE = new FieldNames("/FeedbackId", "/CaseStatus", "/StatusDateLocal", "/PoliceReference",
            "/PvNumber", "/RemovalDateLocal", "/Remark");
}
