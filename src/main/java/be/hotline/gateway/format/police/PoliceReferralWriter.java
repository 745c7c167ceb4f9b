package be.hotline.gateway.format.police;

import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.police.xml.ObjectFactory;
import be.hotline.gateway.format.xml.ValidatedXmlWriter;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * Writes a delivery to the Federal Police as a police referral (XML). The output is checked against
 * the schema before it is returned, so the police never receive a document they would have to
 * reject. Thread-safe: every call builds its own marshaller.
 */
public final class PoliceReferralWriter implements OutboundFormat {

    public static final String NAME = "POLICE_XML";

    private final ValidatedXmlWriter xml;

    public PoliceReferralWriter(Schema schema) {
        this.xml = new ValidatedXmlWriter(PoliceReferralSchema.context(), schema);
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
        return ValidatedXmlWriter.MEDIA_TYPE;
    }

    /**
     * @throws IllegalArgumentException for a HOTLINE_EXCHANGE delivery, which never goes to the police
     * @throws IllegalStateException    if the referral does not fit the schema (a bug upstream)
     */
    @Override
    public byte[] write(OutboundReport message) {
        Objects.requireNonNull(message);
        var referral = new ObjectFactory().createReferral(PoliceReferralMapper.toXml(message));
        return xml.write(referral, "the referral of report " + message.reference()
                + " does not fit the police referral schema 1.0");
    }
}
