package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.format.json.StrictJsonReader;

/**
 * Reads feedback in our canonical JSON: {@code {"feedbackId", "type", "occurredAt",
 * "receiverReference", "caseNumber", "removedAt", "note"}}, the type by its {@code FeedbackType}
 * name, timestamps RFC 3339 with offset. Refuses what the report reader refuses (unknown fields,
 * wrong JSON types), then applies the feedback rules; one 422 names both kinds of fault. Thread-safe.
 */
public final class JsonFeedbackReader implements FeedbackReader {

    private final StrictJsonReader<FeedbackFields> reader =
            new StrictJsonReader<>(FeedbackFields.class, "feedback", InvalidFeedbackException::new);

    @Override
    public Feedback read(byte[] body) {
        StrictJsonReader.Read<FeedbackFields> read = reader.readAll(body);
        return FeedbackRules.toFeedback(read.value(), FieldNames.CANONICAL, read.shapeErrors());
    }
}
