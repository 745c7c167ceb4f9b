package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.format.json.CanonicalJsonBody;
import be.hotline.gateway.feedback.FeedbackReason;
import be.hotline.gateway.feedback.FeedbackType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Our canonical JSON relay, the {@link RelayedFeedback} record as is, keys sorted, absent values
 * left out, timestamps in UTC:
 * <pre>{@code
 * {"actedBy": "POLICE" | "DE" | ..., "caseNumber": "BR.12.LL.123456/26" (optional),
 *  "occurredAt": "2026-12-02T09:30:00Z", "partnerReference": "<your reference>",
 *  "reference": "HX-...", "relayId": "<our relay id, stable across re-sends>",
 *  "items": [0, 2] (the positions, in the report you sent, of the items it is about), "reason": "<FeedbackReason>"
 *  (optional, with CONTENT_NOT_FOUND and NOT_ILLEGAL_IN_HOSTING_COUNTRY),
 *  "removedAt": "2026-12-02T09:00:00Z" (optional, with CONTENT_REMOVED), "type": "<FeedbackType>",
 *  "newHostingCountry": "NL" (with MOVED: where the items went)}
 * }</pre>
 * Never a note or a reporter: the record has neither.
 */
public final class JsonRelayFormat implements RelayFormat {

    public static final String NAME = "JSON";

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
        return CanonicalJsonBody.of(new JsonRelay(relay.actedBy(), RelayContent.caseNumber(relay), relay.items().isEmpty() ? null
                : relay.items(), relay.occurredAt(), relay.partnerReference(), relay.reason(), relay.reference(), relay.relayId(),
                relay.removedAt(), relay.type(), relay.newHostingCountry()));
    }

    /** The relay as written: {@link RelayedFeedback}'s fields, with no items (null) left out like any absent value. */
    record JsonRelay(String actedBy, Optional<String> caseNumber, List<Integer> items, Instant occurredAt,
                             String partnerReference, Optional<FeedbackReason> reason, String reference, String relayId,
                             Optional<Instant> removedAt, FeedbackType type, Optional<String> newHostingCountry) {
    }
}
