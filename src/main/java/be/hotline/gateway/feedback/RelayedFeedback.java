package be.hotline.gateway.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * News about a report, passed back to the hotline that first sent it to us, in that hotline's format.
 * Holds only what the originator may see: never the reporter, never a note, and the police case number
 * only when the police allow it to be relayed.
 *
 * @param relayId             our id for this relayed item, stable across re-sends
 * @param partnerReference    the originator's own reference for the report
 * @param reference           our reference for the report
 * @param type                what happened
 * @param occurredAt          when it happened
 * @param actedBy             who did it: "POLICE" (our national police) or the receiving hotline's country code
 * @param caseNumber          the police case number, when relaying it is allowed
 * @param removedAt           when the content came down (CONTENT_REMOVED)
 * @param items               the positions (0-based, in the report the originator sent) of the items it is about
 * @param reason              why, with CONTENT_NOT_FOUND and NOT_ILLEGAL_IN_HOSTING_COUNTRY
 * @param newHostingCountry   with MOVED: the country the items went to (not the new IP or provider: the originator
 *                            does not act on them any more)
 */
public record RelayedFeedback(String relayId, String partnerReference, String reference, FeedbackType type,
                              Instant occurredAt, String actedBy, Optional<String> caseNumber, Optional<Instant> removedAt,
                              List<Integer> items, Optional<FeedbackReason> reason, Optional<String> newHostingCountry) {

    /** Any type but MOVED. */
    public RelayedFeedback(String relayId, String partnerReference, String reference, FeedbackType type,
                           Instant occurredAt, String actedBy, Optional<String> caseNumber, Optional<Instant> removedAt,
                           List<Integer> items, Optional<FeedbackReason> reason) {
        this(relayId, partnerReference, reference, type, occurredAt, actedBy, caseNumber, removedAt, items, reason, Optional.empty());
    }

    /** About the whole report, with no reason. */
    public RelayedFeedback(String relayId, String partnerReference, String reference, FeedbackType type,
                           Instant occurredAt, String actedBy, Optional<String> caseNumber, Optional<Instant> removedAt) {
        this(relayId, partnerReference, reference, type, occurredAt, actedBy, caseNumber, removedAt, List.of(), Optional.empty());
    }

    public RelayedFeedback {
        Objects.requireNonNull(relayId);
        Objects.requireNonNull(partnerReference);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(type);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(actedBy);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(removedAt);
        items = items == null ? List.of() : List.copyOf(items); // absent: none named
        Objects.requireNonNull(reason);
        Objects.requireNonNull(newHostingCountry);
    }
}
