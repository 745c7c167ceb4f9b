package be.hotline.gateway.format.feedback;

import java.util.List;

/**
 * One feedback item exactly as a receiver sent it, every value still a string and the type by our
 * canonical name, before the rules. The JSON reader binds it directly (its components are the JSON
 * fields); each XML reader fills it from its binding, so one set of rules serves every format. An item is
 * named by its index (a JSON integer) or its URL (a string).
 * The new hosting country, IP and provider go with MOVED only.
 */
record FeedbackFields(String feedbackId, String type, String occurredAt, String receiverReference,
                      String caseNumber, String removedAt, String note, String reason, List<Object> items,
                      String newHostingCountry, String newHostingIp, String newHostingProvider) {

    /** No new location: any type but MOVED. */
    FeedbackFields(String feedbackId, String type, String occurredAt, String receiverReference, String caseNumber,
                   String removedAt, String note, String reason, List<Object> items) {
        this(feedbackId, type, occurredAt, receiverReference, caseNumber, removedAt, note, reason, items, null, null, null);
    }

    /** Without items or reason: formats (and feedback) that name neither. */
    FeedbackFields(String feedbackId, String type, String occurredAt, String receiverReference, String caseNumber,
                   String removedAt, String note) {
        this(feedbackId, type, occurredAt, receiverReference, caseNumber, removedAt, note, null, null);
    }
}
