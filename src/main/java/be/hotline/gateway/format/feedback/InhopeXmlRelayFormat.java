package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.format.feedback.inhope.xml.FeedbackItemType;
import be.hotline.gateway.format.feedback.inhope.xml.ObjectFactory;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

    private final Schema schema;

    public InhopeXmlRelayFormat(Schema schema) {
        this.schema = Objects.requireNonNull(schema);
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
        return "application/xml";
    }

    /** @throws IllegalStateException if the relay does not fit the schema (a bug upstream, not partner input) */
    @Override
    public byte[] write(RelayedFeedback relay) {
        Objects.requireNonNull(relay);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshaller marshaller = FeedbackSchemas.inhopeContext().createMarshaller();
            marshaller.setSchema(schema);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.marshal(new ObjectFactory().createFeedback(toXml(relay)), out);
        } catch (JAXBException e) {
            // The cause names the rule broken; the message stays free of content for logs.
            throw new IllegalStateException("relay " + relay.relayId() + " does not fit the INHOPE feedback schema 1.0", e);
        }
        return out.toByteArray();
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
        return xml;
    }
}
