package be.hotline.gateway.format.police;

import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.police.xml.ReferralType;
import be.hotline.gateway.format.xml.SecureXmlInput;
import be.hotline.gateway.format.xml.XmlSchemas;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a police referral back into the delivery it was written from: the proof that the police
 * get everything, and only what, the delivery holds. Parsed like partner input (no DOCTYPE, nothing
 * fetched) and validated against the schema in the same pass; the first violation stops it.
 * Thread-safe: every call builds its own parser, validator and unmarshaller.
 */
public final class PoliceReferralReader {

    private final Schema schema;

    public PoliceReferralReader(Schema schema) {
        this.schema = Objects.requireNonNull(schema);
    }

    /** With the schema the gateway ships (compiled once, shared). */
    public static PoliceReferralReader fromClasspath() {
        return new PoliceReferralReader(PoliceReferralSchema.fromClasspath());
    }

    /** @throws IllegalArgumentException if the bytes are not a well-formed, schema-valid, consistent referral */
    public OutboundReport read(byte[] xml) {
        XMLReader parser = SecureXmlInput.newReader();
        ValidatorHandler validator = XmlSchemas.secureValidator(schema);
        validator.setErrorHandler(SecureXmlInput.failOnAnyError());
        UnmarshallerHandler unmarshaller = unmarshaller();
        validator.setContentHandler(unmarshaller);
        parser.setContentHandler(validator);
        try {
            parser.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new IllegalArgumentException(problem(e), e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not a police referral: cannot be read as XML", e);
        }
        return ReferralToOutboundReport.map(root(unmarshaller));
    }

    private static UnmarshallerHandler unmarshaller() {
        try {
            return PoliceReferralSchema.context().createUnmarshaller().getUnmarshallerHandler();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the police referral unmarshaller", e);
        }
    }

    /** A schema-valid document always binds: failing here is a bug, not bad input. */
    private static ReferralType root(UnmarshallerHandler unmarshaller) {
        try {
            if (unmarshaller.getResult() instanceof JAXBElement<?> element && element.getValue() instanceof ReferralType referral) {
                return referral;
            }
            throw new IllegalStateException("a schema-valid police referral did not bind to ReferralType");
        } catch (JAXBException e) {
            throw new IllegalStateException("a schema-valid police referral did not bind", e);
        }
    }

    private static String problem(SAXParseException e) {
        String where = " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
        if (SecureXmlInput.isRefusedDoctype(e)) {
            return "not a police referral: a DOCTYPE (DTD or entity declaration) is not allowed" + where;
        }
        return "not a valid police referral: " + e.getMessage() + where;
    }
}
