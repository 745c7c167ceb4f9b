package be.hotline.gateway.format.xml;

import java.net.URL;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.SAXException;

/**
 * Compiles the gateway's XSDs and makes validators that never reach outside the compiled schema.
 * A compiled {@link Schema} is thread-safe and costly: compile each XSD once and share it.
 */
public final class XmlSchemas {

    /** Classpath resources never change while the gateway runs: one compiled schema per resource. */
    private static final Map<String, Schema> CLASSPATH_SCHEMAS = new ConcurrentHashMap<>();

    private XmlSchemas() {
    }

    /** Compiles the XSD at {@code xsd}, e.g. {@code docs/api/schemas/police-referral-1.0.xsd}. */
    public static Schema fromFile(Path xsd) {
        return compile(new StreamSource(xsd.toFile()));
    }

    /**
     * The XSD on the classpath, e.g. {@code schemas/police-referral-1.0.xsd}, compiled on first use
     * and shared by every caller after that.
     *
     * @throws IllegalStateException if there is no such resource
     */
    public static Schema fromClasspath(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        return CLASSPATH_SCHEMAS.computeIfAbsent(name, XmlSchemas::compileResource);
    }

    /** Compiles the XSD at {@code xsd}, e.g. a classpath resource. */
    public static Schema fromUrl(URL xsd) {
        return compile(new StreamSource(xsd.toExternalForm()));
    }

    /**
     * A validator for one document that ignores xsi:schemaLocation hints and reports in English.
     * Set its error handler before use.
     */
    public static ValidatorHandler secureValidator(Schema schema) {
        ValidatorHandler validator = schema.newValidatorHandler();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Never follow xsi:schemaLocation hints: the compiled schema is the only one that counts.
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(SecureXmlInput.LOCALE, Locale.ENGLISH);
        } catch (SAXException e) {
            throw new IllegalStateException("the schema validator cannot be secured", e);
        }
        return validator;
    }

    private static Schema compileResource(String name) {
        URL xsd = XmlSchemas.class.getClassLoader().getResource(name);
        if (xsd == null) {
            throw new IllegalStateException("the XML schema " + name + " is not on the classpath");
        }
        return fromUrl(xsd);
    }

    private static Schema compile(Source xsd) {
        try {
            // The JDK's own implementation: no surprise from another one on the classpath.
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // Our schemas are self-contained: they may not pull anything in from elsewhere.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile the XML schema " + xsd.getSystemId(), e);
        }
    }

    /** The JAXB context of one generated binding (its ObjectFactory); thread-safe, create once per format. */
    public static jakarta.xml.bind.JAXBContext jaxbContext(Class<?> objectFactory) {
        try {
            return jakarta.xml.bind.JAXBContext.newInstance(objectFactory);
        } catch (jakarta.xml.bind.JAXBException e) {
            throw new IllegalStateException("cannot create the JAXB context of " + objectFactory.getPackageName(), e);
        }
    }
}
