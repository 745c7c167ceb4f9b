package be.hotline.gateway.intake;

import java.time.Instant;

/** What intake did with a submission; the HTTP layer turns it into 202, 200 or 409. */
public record IntakeOutcome(Kind kind, String reference, String status, Instant receivedAt) {

    public enum Kind {
        /** Stored now. */
        ACCEPTED,
        /** The same partnerReference with the same content was stored before: nothing new stored. */
        ALREADY_ACCEPTED,
        /** The same partnerReference was stored before with different content. */
        CONFLICT
    }
}
