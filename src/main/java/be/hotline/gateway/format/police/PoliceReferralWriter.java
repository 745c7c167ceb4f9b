package be.hotline.gateway.format.police;

import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.police.xml.ObjectFactory;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * Writes a delivery to the Federal Police as a police referral (XML). The output is checked against
 * the schema before it is returned, so the police never receive a document they would have to
 * reject. Thread-safe: every call builds its own marshaller.
 */
public final class PoliceReferralWriter implements OutboundFormat {

    public static final String NAME = "POLICE_XML";

    private final Schema schema;

    public PoliceReferralWriter(Schema schema) {
        this.schema = Objects.requireNonNull(schema);
    }

    /** With the schema the gateway ships (compiled once, shared). */
    public static PoliceReferralWriter fromClasspath() {
        return new PoliceReferralWriter(PoliceReferralSchema.fromClasspath());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    /**
     * @throws IllegalArgumentException for a HOTLINE_EXCHANGE delivery, which never goes to the police
     * @throws IllegalStateException    if the referral does not fit the schema (a bug upstream)
     */
    @Override
    public byte[] write(OutboundReport message) {
        Objects.requireNonNull(message);
        ObjectFactory factory = new ObjectFactory();
        var referral = factory.createReferral(PoliceReferralMapper.toXml(message));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshaller marshaller = PoliceReferralSchema.context().createMarshaller();
            marshaller.setSchema(schema);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.marshal(referral, out);
        } catch (JAXBException e) {
            // The cause names the rule broken; the message stays free of report content for logs.
            throw new IllegalStateException("the referral of report " + message.reference()
                    + " does not fit the police referral schema 1.0", e);
        }
        return out.toByteArray();
    }
}
