package be.hotline.gateway.format.feedback;

import be.hotline.gateway.format.xml.XmlDocumentShape;
import be.hotline.gateway.format.xml.XmlSchemas;
import jakarta.xml.bind.JAXBContext;
import javax.xml.validation.Schema;

/**
 * The two feedback XML formats: INHOPE feedback 1.0 (hotlines, both directions) and police case
 * feedback 1.0. Schemas and JAXB contexts are thread-safe and costly: one of each, shared.
 */
public final class FeedbackSchemas {

    public static final String INHOPE_NAMESPACE = "urn:inhope:exchange:feedback:1.0";
    public static final String INHOPE_RESOURCE = "schemas/inhope-feedback-1.0.xsd";
    public static final String POLICE_NAMESPACE = "urn:be:police:fccu:case-feedback:1.0";
    public static final String POLICE_RESOURCE = "schemas/police-case-feedback-1.0.xsd";

    static final XmlDocumentShape INHOPE_SHAPE = XmlDocumentShape.flat("feedback", INHOPE_NAMESPACE);
    static final XmlDocumentShape POLICE_SHAPE = XmlDocumentShape.flat("CaseFeedback", POLICE_NAMESPACE);

    private static final JAXBContext INHOPE_CONTEXT =
            XmlSchemas.jaxbContext(be.hotline.gateway.format.feedback.inhope.xml.ObjectFactory.class);
    private static final JAXBContext POLICE_CONTEXT =
            XmlSchemas.jaxbContext(be.hotline.gateway.format.feedback.police.xml.ObjectFactory.class);

    private FeedbackSchemas() {
    }

    public static Schema inhope() {
        return XmlSchemas.fromClasspath(INHOPE_RESOURCE);
    }

    public static Schema police() {
        return XmlSchemas.fromClasspath(POLICE_RESOURCE);
    }

    static JAXBContext inhopeContext() {
        return INHOPE_CONTEXT;
    }

    static JAXBContext policeContext() {
        return POLICE_CONTEXT;
    }
}
