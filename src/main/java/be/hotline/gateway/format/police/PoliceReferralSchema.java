package be.hotline.gateway.format.police;

import be.hotline.gateway.format.police.xml.ObjectFactory;
import be.hotline.gateway.format.xml.XmlSchemas;
import jakarta.xml.bind.JAXBContext;
import java.nio.file.Path;
import javax.xml.validation.Schema;

/**
 * The police referral schema 1.0 and its JAXB binding. The compiled {@link Schema} and the
 * {@link JAXBContext} are thread-safe and costly to build: one of each, shared.
 */
public final class PoliceReferralSchema {

    public static final String NAMESPACE = "urn:be:police:fccu:referral:1.0";
    /** Where the build puts docs/api/schemas/police-referral-1.0.xsd on the classpath. */
    public static final String CLASSPATH_RESOURCE = "schemas/police-referral-1.0.xsd";

    private static final JAXBContext CONTEXT = XmlSchemas.jaxbContext(ObjectFactory.class);

    private PoliceReferralSchema() {
    }

    /** The schema the gateway ships, compiled once and shared. */
    public static Schema fromClasspath() {
        return XmlSchemas.fromClasspath(CLASSPATH_RESOURCE);
    }

    /** Compiles the XSD at {@code xsd}, e.g. {@code docs/api/schemas/police-referral-1.0.xsd}. */
    public static Schema fromFile(Path xsd) {
        return XmlSchemas.fromFile(xsd);
    }

    static JAXBContext context() {
        return CONTEXT;
    }

}
