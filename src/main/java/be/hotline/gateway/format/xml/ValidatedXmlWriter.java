package be.hotline.gateway.format.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;

/**
 * Writes one JAXB document as formatted UTF-8 (partners' staff read these when they debug), checked against its compiled schema before the bytes leave, so a
 * partner never receives a document it would have to reject. Thread-safe: the context and the schema
 * are shared; each thread keeps its own marshaller and schema checker, because building them costs more
 * than writing a report (a validating JAXB marshaller builds a new checker for every document).
 */
public final class ValidatedXmlWriter {

    public static final String MEDIA_TYPE = "application/xml";

    private final ThreadLocal<Tools> tools;

    public ValidatedXmlWriter(JAXBContext context, Schema schema) {
        Objects.requireNonNull(context);
        Objects.requireNonNull(schema);
        this.tools = ThreadLocal.withInitial(() -> new Tools(context, schema));
    }

    /**
     * @param failure what the exception says if the document does not fit; name the document by its
     *                reference only: the message goes to logs, so it must stay free of report content
     * @throws IllegalStateException if the document does not fit the schema (a bug upstream, not partner input)
     */
    public byte[] write(JAXBElement<?> document, String failure) {
        Tools own = tools.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            // Two passes over the objects, both cheap: the SAX events through the schema checker, then the bytes.
            own.marshaller.marshal(document, own.checker);
            own.marshaller.marshal(document, out);
        } catch (JAXBException e) {
            // The cause names the rule broken (and may quote a value); the message stays the caller's.
            throw new IllegalStateException(failure, e);
        }
        return out.toByteArray();
    }

    /** One thread's marshaller and schema checker; the checker starts afresh with every document. */
    private static final class Tools {
        private final Marshaller marshaller;
        private final ValidatorHandler checker;

        Tools(JAXBContext context, Schema schema) {
            try {
                marshaller = context.createMarshaller();
                marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
                marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create an XML marshaller", e);
            }
            // Without an error handler of its own, a checker throws on the first error.
            checker = schema.newValidatorHandler();
        }
    }
}
