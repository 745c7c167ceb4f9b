package be.hotline.gateway.format.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * Writes one JAXB document as formatted UTF-8, checked against its compiled schema before the bytes
 * leave, so a partner never receives a document it would have to reject. Thread-safe: the context and
 * the schema are shared, every call builds its own marshaller.
 */
public final class ValidatedXmlWriter {

    public static final String MEDIA_TYPE = "application/xml";

    private final JAXBContext context;
    private final Schema schema;

    public ValidatedXmlWriter(JAXBContext context, Schema schema) {
        this.context = Objects.requireNonNull(context);
        this.schema = Objects.requireNonNull(schema);
    }

    /**
     * @param failure what the exception says if the document does not fit; name the document by its
     *                reference only: the message goes to logs, so it must stay free of report content
     * @throws IllegalStateException if the document does not fit the schema (a bug upstream, not partner input)
     */
    public byte[] write(JAXBElement<?> document, String failure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setSchema(schema);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.marshal(document, out);
        } catch (JAXBException e) {
            // The cause names the rule broken (and may quote a value); the message stays the caller's.
            throw new IllegalStateException(failure, e);
        }
        return out.toByteArray();
    }
}
