package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.format.feedback.inhope.xml.FeedbackItemType;
import be.hotline.gateway.format.feedback.inhope.xml.ItemsType;
import be.hotline.gateway.format.feedback.inhope.xml.ObjectFactory;
import be.hotline.gateway.format.xml.ValidatedXmlWriter;
import java.math.BigInteger;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * A relay in the INHOPE feedback format, for a hotline that sent us the report. Roles as in the
 * schema: partnerReference is the originator's reference, receiverReference ours. Timestamps in UTC.
 * Checked against the schema before it is returned, so the hotline never gets a document it would
 * have to reject. There is no note: {@link RelayedFeedback} has none. Thread-safe.
 */
public final class InhopeXmlRelayFormat implements RelayFormat {

    public static final String NAME = "INHOPE_XML";

    private final ValidatedXmlWriter xml;

    public InhopeXmlRelayFormat(Schema schema) {
        this.xml = new ValidatedXmlWriter(FeedbackSchemas.inhopeContext(), schema);
    }

    /** With the schema the gateway ships (compiled once, shared). */
    public static InhopeXmlRelayFormat fromClasspath() {
        return new InhopeXmlRelayFormat(FeedbackSchemas.inhope());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return ValidatedXmlWriter.MEDIA_TYPE;
    }

    /** @throws IllegalStateException if the relay does not fit the schema (a bug upstream, not partner input) */
    @Override
    public byte[] write(RelayedFeedback relay) {
        Objects.requireNonNull(relay);
        return xml.write(new ObjectFactory().createFeedback(toXml(relay)),
                "relay " + relay.relayId() + " does not fit the INHOPE feedback schema 1.0");
    }

    private static FeedbackItemType toXml(RelayedFeedback relay) {
        FeedbackItemType xml = new FeedbackItemType();
        xml.setFeedbackId(relay.relayId());
        xml.setPartnerReference(relay.partnerReference());
        xml.setReceiverReference(relay.reference());
        xml.setType(InhopeActionCodes.toCode(relay.type()));
        // Instant.toString is ISO 8601 in UTC with Z, as the schema's Timestamp wants.
        xml.setOccurredAt(relay.occurredAt().toString());
        xml.setActedBy(relay.actedBy());
        xml.setCaseNumber(RelayContent.caseNumber(relay).orElse(null));
        xml.setRemovedAt(relay.removedAt().map(Object::toString).orElse(null));
        xml.setReason(relay.reason().map(InhopeReasonCodes::toCode).orElse(null));
        if (!relay.items().isEmpty()) {
            ItemsType items = new ItemsType();
            relay.items().forEach(position -> items.getIndex().add(BigInteger.valueOf(position)));
            xml.setItems(items);
        }
        xml.setNewHostingCountry(relay.newHostingCountry().orElse(null));
        return xml;
    }
}
