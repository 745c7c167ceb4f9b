package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackReason;
import be.hotline.gateway.feedback.ItemRef;
import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.report.DeliverableText.Lines;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.FieldErrors;
import be.hotline.gateway.report.ShapeFaults;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a feedback message must meet by itself, whatever its format. Rules that need the stored
 * report (order of events, who may send which type) belong to whoever applies the feedback.
 * The XML schemas state most of these rules too, for partners; this class is what the gateway enforces.
 * Every field holds only characters every format can carry; only the note (police: remark) may span lines.
 */
final class FeedbackRules {

    static final int MAX_RECEIVER_REFERENCE = 200;
    static final int MAX_CASE_NUMBER = 100;
    static final int MAX_NOTE = 2000;
    private static final Pattern FEEDBACK_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private FeedbackRules() {
    }

    /** @throws InvalidFeedbackException (422) listing every field at fault, pointed at as {@code at} names them */
    static Feedback toFeedback(FeedbackFields raw, FieldNames at) {
        return toFeedback(raw, at, List.of());
    }

    /**
     * @param shapeErrors what the reader refused and left out of raw (an unknown field, a wrong JSON type): listed first
     * @throws InvalidFeedbackException (422) listing those and every field at fault in the rest
     */
    static Feedback toFeedback(FeedbackFields raw, FieldNames at, List<FieldError> shapeErrors) {
        FieldErrors errors = new FieldErrors();
        errors.deliverable(at.feedbackId(), raw.feedbackId(), Lines.SINGLE);
        errors.deliverable(at.type(), raw.type(), Lines.SINGLE);
        errors.deliverable(at.occurredAt(), raw.occurredAt(), Lines.SINGLE);
        errors.deliverable(at.receiverReference(), raw.receiverReference(), Lines.SINGLE);
        errors.deliverable(at.caseNumber(), raw.caseNumber(), Lines.SINGLE);
        errors.deliverable(at.removedAt(), raw.removedAt(), Lines.SINGLE);
        errors.deliverable(at.note(), raw.note(), Lines.MULTI);
        String feedbackId = errors.require(at.feedbackId(), raw.feedbackId());
        if (feedbackId != null && !FEEDBACK_ID.matcher(feedbackId).matches()) {
            errors.add(at.feedbackId(), "must be 1-100 characters: letters, digits and . _ : -");
        }
        FeedbackType type = errors.enumValue(at.type(), raw.type(), FeedbackType.class, true);
        errors.require(at.occurredAt(), raw.occurredAt());
        Optional<Instant> occurredAt = errors.pastInstant(at.occurredAt(), raw.occurredAt());
        Optional<String> receiverReference = optionalText(errors, at.receiverReference(), raw.receiverReference(), MAX_RECEIVER_REFERENCE);
        Optional<String> caseNumber = optionalText(errors, at.caseNumber(), raw.caseNumber(), MAX_CASE_NUMBER);
        Optional<Instant> removedAt = errors.pastInstant(at.removedAt(), raw.removedAt());
        if (type == FeedbackType.CONTENT_REMOVED && isAbsent(raw.removedAt())) {
            // Takedown time is the figure the hotline publishes: a removal without its time is useless.
            errors.add(at.removedAt(), "is required when the content was removed");
        }
        Optional<String> note = optionalText(errors, at.note(), raw.note(), MAX_NOTE);
        Optional<FeedbackReason> reason = reason(errors, at, type, raw.reason());
        List<ItemRef> items = ItemRules.items(errors, at, raw.items());
        Optional<NewLocation> movedTo = NewLocationRules.newLocation(errors, at, type, raw);
        if (!errors.isEmpty() || !shapeErrors.isEmpty()) {
            throw new InvalidFeedbackException(ShapeFaults.merge(shapeErrors, errors.list()));
        }
        return new Feedback(feedbackId, type, occurredAt.orElseThrow(), receiverReference, caseNumber, removedAt, note,
                items, reason, movedTo);
    }

    /**
     * A reason goes with CONTENT_NOT_FOUND and NOT_ILLEGAL_IN_HOSTING_COUNTRY only, and must be one of theirs; left out
     * it is OTHER, so feedback written before reasons existed keeps its meaning (docs/api/routing-and-lifecycle.md).
     */
    private static Optional<FeedbackReason> reason(FieldErrors errors, FieldNames at, FeedbackType type, String raw) {
        FeedbackReason reason = errors.enumValue(at.reason(), raw, FeedbackReason.class, false);
        if (type == null) {
            return Optional.ofNullable(reason);
        }
        if (!FeedbackReason.isExplained(type)) {
            if (raw != null) {
                errors.add(at.reason(), "goes only with CONTENT_NOT_FOUND and NOT_ILLEGAL_IN_HOSTING_COUNTRY; leave it out");
            }
            return Optional.empty();
        }
        if (reason != null && !reason.fits(type)) {
            errors.add(at.reason(), reason + " does not go with " + type + "; it takes one of " + FeedbackReason.allowedFor(type));
        }
        return Optional.of(reason == null ? FeedbackReason.OTHER : reason);
    }

    /** Absent is fine; present but empty is a mistake worth telling, as the XML schemas do. */
    private static Optional<String> optionalText(FieldErrors errors, String pointer, String value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isBlank()) {
            errors.add(pointer, "must not be empty; leave the field out instead");
            return Optional.empty();
        }
        errors.maxLength(pointer, value, max);
        return Optional.of(value);
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
