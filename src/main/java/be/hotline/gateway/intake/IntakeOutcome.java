package be.hotline.gateway.intake;

import be.hotline.gateway.store.DuplicateLink;
import java.time.Instant;
import java.util.List;

/**
 * What intake did with a submission; the HTTP layer turns it into 202, 200 or 409.
 *
 * @param knownItems the report's items linked to items received before (docs/api/routing-and-lifecycle.md, "Duplicates")
 */
public record IntakeOutcome(Kind kind, String reference, String status, Instant receivedAt, List<DuplicateLink> knownItems) {

    public IntakeOutcome {
        knownItems = List.copyOf(knownItems);
    }

    public enum Kind {
        /** Stored now. */
        ACCEPTED,
        /** The same partnerReference with the same content was stored before: nothing new stored. */
        ALREADY_ACCEPTED,
        /** The same partnerReference was stored before with different content. */
        CONFLICT
    }
}
