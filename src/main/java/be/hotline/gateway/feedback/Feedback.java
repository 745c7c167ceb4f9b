package be.hotline.gateway.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One feedback item from a receiver about a report we sent it, in the canonical model every format maps to.
 *
 * @param feedbackId        the receiver's own id for this item; the same id twice is applied once
 * @param type              what happened
 * @param occurredAt        when it happened, by the receiver's clock; feedback is applied in this order
 * @param receiverReference the receiver's own reference for the report (given with ACKNOWLEDGED)
 * @param caseNumber        the police case (PV) number (given with CASE_OPENED)
 * @param removedAt         when the content came down (required with CONTENT_REMOVED)
 * @param note              free text for our analysts; never relayed
 * @param items             the content items it is about; empty: every item this receiver got
 * @param reason            why, for CONTENT_NOT_FOUND and NOT_ILLEGAL_IN_HOSTING_COUNTRY (OTHER when not given); empty otherwise
 * @param movedTo           where the items went, with MOVED only (required there); empty otherwise
 */
public record Feedback(String feedbackId, FeedbackType type, Instant occurredAt, Optional<String> receiverReference,
                       Optional<String> caseNumber, Optional<Instant> removedAt, Optional<String> note, List<ItemRef> items,
                       Optional<FeedbackReason> reason, Optional<NewLocation> movedTo) {

    /** Any type but MOVED: no new location. */
    public Feedback(String feedbackId, FeedbackType type, Instant occurredAt, Optional<String> receiverReference,
                    Optional<String> caseNumber, Optional<Instant> removedAt, Optional<String> note, List<ItemRef> items,
                    Optional<FeedbackReason> reason) {
        this(feedbackId, type, occurredAt, receiverReference, caseNumber, removedAt, note, items, reason, Optional.empty());
    }

    /** About every item the receiver got, with no reason. */
    public Feedback(String feedbackId, FeedbackType type, Instant occurredAt, Optional<String> receiverReference,
                    Optional<String> caseNumber, Optional<Instant> removedAt, Optional<String> note) {
        this(feedbackId, type, occurredAt, receiverReference, caseNumber, removedAt, note, List.of(), Optional.empty());
    }

    public Feedback {
        Objects.requireNonNull(feedbackId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(receiverReference);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(removedAt);
        Objects.requireNonNull(note);
        items = items == null ? List.of() : List.copyOf(items); // absent: none named
        Objects.requireNonNull(reason);
        Objects.requireNonNull(movedTo);
    }
}
