package be.hotline.gateway.format.outbound;

import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.json.CanonicalJsonBody;

/**
 * Our own JSON: messageId, reference, purpose, receivedAt, originCountry and the report, in the
 * canonical form (sorted keys, ISO timestamps, absent values left out). The "report" member has
 * the same fields as the JSON a partner posts to us, so one schema describes both directions.
 */
public final class CanonicalJsonFormat implements OutboundFormat {

    public static final String NAME = "JSON";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return CanonicalJsonBody.MEDIA_TYPE;
    }

    /** The delivery record is written as is: it holds exactly what a receiver may see, no reporter. */
    @Override
    public byte[] write(OutboundReport message) {
        return CanonicalJsonBody.of(message);
    }
}
