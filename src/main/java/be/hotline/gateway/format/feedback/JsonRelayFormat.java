package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.format.json.CanonicalJsonBody;
import java.util.Objects;

/**
 * Our canonical JSON relay, the {@link RelayedFeedback} record as is, keys sorted, absent values
 * left out, timestamps in UTC:
 * <pre>{@code
 * {"actedBy": "POLICE" | "DE" | ..., "caseNumber": "BR.12.LL.123456/26" (optional),
 *  "occurredAt": "2026-12-02T09:30:00Z", "partnerReference": "<your reference>",
 *  "reference": "HX-...", "relayId": "<our relay id, stable across re-sends>",
 *  "removedAt": "2026-12-02T09:00:00Z" (optional, with CONTENT_REMOVED), "type": "<FeedbackType>"}
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
        RelayedFeedback shared = new RelayedFeedback(relay.relayId(), relay.partnerReference(), relay.reference(), relay.type(),
                relay.occurredAt(), relay.actedBy(), RelayContent.caseNumber(relay), relay.removedAt());
        return CanonicalJsonBody.of(shared);
    }
}
