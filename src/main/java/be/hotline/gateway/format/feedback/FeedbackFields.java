package be.hotline.gateway.format.feedback;

/**
 * One feedback item exactly as a receiver sent it, every value still a string and the type by our
 * canonical name, before the rules. The JSON reader binds it directly (its components are the JSON
 * fields); each XML reader fills it from its binding, so one set of rules serves every format.
 */
record FeedbackFields(String feedbackId, String type, String occurredAt, String receiverReference,
                      String caseNumber, String removedAt, String note) {
}
