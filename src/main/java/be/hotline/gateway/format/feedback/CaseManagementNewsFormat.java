package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.FeedbackReason;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.feedback.ReporterSafeSummary;
import be.hotline.gateway.format.json.CanonicalJsonBody;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * News for our own case management about a report it sent, so it can keep the reporter informed without polling:
 * the JSON relay without the case number (whatever the police allow) and with a reporter-safe {@code summary}.
 * <pre>{@code
 * {"actedBy": "POLICE" | "DE" | ..., "items": [0, 1], "newHostingCountry": "NL" (with MOVED), "occurredAt": "...",
 *  "partnerReference": "<its reference>",
 *  "reason": "<FeedbackReason>" (optional), "reference": "HX-...", "relayId": "<= X-Message-Id>",
 *  "removedAt": "..." (optional), "summary": "2 reported addresses: the material was removed on 2026-11-25.",
 *  "type": "<FeedbackType>"}
 * }</pre>
 */
public final class CaseManagementNewsFormat implements RelayFormat {

    /** Not a registry format: FeedbackService chooses it for an INTERNAL sender (delivery.format holds 16 characters). */
    public static final String NAME = "NEWS_JSON";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return CanonicalJsonBody.MEDIA_TYPE;
    }

    @Override
    public byte[] write(RelayedFeedback relay) {
        Objects.requireNonNull(relay);
        return CanonicalJsonBody.of(new News(relay.actedBy(), relay.items().isEmpty() ? null : relay.items(),
                relay.newHostingCountry(), relay.occurredAt(), relay.partnerReference(), relay.reason(), relay.reference(),
                relay.relayId(), relay.removedAt(), ReporterSafeSummary.of(relay), relay.type()));
    }

    /** The news as written, keys in this (sorted) order; no case number and no note: the record has neither. */
    record News(String actedBy, List<Integer> items, Optional<String> newHostingCountry, Instant occurredAt, String partnerReference,
                Optional<FeedbackReason> reason, String reference, String relayId, Optional<Instant> removedAt,
                String summary, FeedbackType type) {
    }
}
