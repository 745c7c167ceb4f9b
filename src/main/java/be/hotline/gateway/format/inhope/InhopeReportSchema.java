package be.hotline.gateway.format.inhope;

import be.hotline.gateway.format.inhope.xml.ObjectFactory;
import be.hotline.gateway.format.xml.XmlSchemas;
import jakarta.xml.bind.JAXBContext;
import java.net.URL;
import java.nio.file.Path;
import javax.xml.validation.Schema;

/**
 * The INHOPE report schema 1.0 and its JAXB binding. Both a compiled {@link Schema} and the
 * {@link JAXBContext} are thread-safe and costly to build, so build each once and share it.
 */
public final class InhopeReportSchema {

    public static final String NAMESPACE = "urn:inhope:exchange:report:1.0";

    private static final JAXBContext CONTEXT = XmlSchemas.jaxbContext(ObjectFactory.class);

    private InhopeReportSchema() {
    }

    /** Compiles the XSD at {@code xsd}, e.g. {@code docs/api/schemas/inhope-report-1.0.xsd}. */
    public static Schema fromFile(Path xsd) {
        return XmlSchemas.fromFile(xsd);
    }

    /**
     * Compiles the XSD on the classpath, e.g. {@code schemas/inhope-report-1.0.xsd}.
     *
     * @throws IllegalStateException if there is no such resource
     */
    public static Schema fromClasspath(String resource) {
        return XmlSchemas.fromClasspath(resource);
    }

    /** Compiles the XSD at {@code xsd}, e.g. a classpath resource. */
    public static Schema fromUrl(URL xsd) {
        return XmlSchemas.fromUrl(xsd);
    }

    static JAXBContext context() {
        return CONTEXT;
    }

}
