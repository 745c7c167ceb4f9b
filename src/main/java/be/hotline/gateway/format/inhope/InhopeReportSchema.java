package be.hotline.gateway.format.inhope;

import be.hotline.gateway.format.inhope.xml.ObjectFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.net.URL;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The INHOPE report schema 1.0 and its JAXB binding. Both a compiled {@link Schema} and the
 * {@link JAXBContext} are thread-safe and costly to build, so build each once and share it.
 */
public final class InhopeReportSchema {

    public static final String NAMESPACE = "urn:inhope:exchange:report:1.0";

    private static final JAXBContext CONTEXT = createContext();

    private InhopeReportSchema() {
    }

    /** Compiles the XSD at {@code xsd}, e.g. {@code docs/api/schemas/inhope-report-1.0.xsd}. */
    public static Schema fromFile(Path xsd) {
        return compile(new StreamSource(xsd.toFile()));
    }

    /**
     * Compiles the XSD on the classpath, e.g. {@code schemas/inhope-report-1.0.xsd}.
     *
     * @throws IllegalStateException if there is no such resource
     */
    public static Schema fromClasspath(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        URL xsd = InhopeReportSchema.class.getClassLoader().getResource(name);
        if (xsd == null) {
            throw new IllegalStateException("the INHOPE report schema " + name + " is not on the classpath");
        }
        return fromUrl(xsd);
    }

    /** Compiles the XSD at {@code xsd}, e.g. a classpath resource. */
    public static Schema fromUrl(URL xsd) {
        return compile(new StreamSource(xsd.toExternalForm()));
    }

    static JAXBContext context() {
        return CONTEXT;
    }

    private static Schema compile(Source xsd) {
        try {
            // The JDK's own implementation: no surprise from another one on the classpath.
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // The schema is self-contained: it may not pull anything in from elsewhere.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile the INHOPE report schema " + xsd.getSystemId(), e);
        }
    }

    private static JAXBContext createContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
