package be.hotline.gateway.format.xml;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.FieldError;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads partner XML of one format into its JAXB binding, in one pass: secure parser, then the
 * element-path tracker, then the schema validator, then JAXB (fed also after a violation, see {@link BindingGuard}).
 * Every schema violation is listed, each with its JSON pointer. Shared by every XML reader so that
 * all of them are hardened, and report errors, alike.
 * Thread-safe: every call builds its own parser, validator and unmarshaller.
 */
public final class ValidatingXmlReader<T> {

    /** Past this many violations a document is hostile or badly broken: checking stops. */
    public static final int MAX_VIOLATIONS = SchemaViolationCollector.MAX_VIOLATIONS;

    private final Schema schema;
    private final JAXBContext context;
    private final XmlDocumentShape shape;
    private final Class<T> rootType;

    public ValidatingXmlReader(Schema schema, JAXBContext context, XmlDocumentShape shape, Class<T> rootType) {
        this.schema = Objects.requireNonNull(schema);
        this.context = Objects.requireNonNull(context);
        this.shape = Objects.requireNonNull(shape);
        this.rootType = Objects.requireNonNull(rootType);
    }

    /**
     * @param invalid makes the format's 422 exception from the violations found
     * @throws MalformedRequestException (400) if the body is not UTF-8, not well-formed XML or has a DOCTYPE
     */
    public T read(byte[] body, Function<List<FieldError>, ? extends RuntimeException> invalid) {
        Read<T> read = readAll(body);
        if (!read.violations().isEmpty()) {
            throw invalid.apply(read.violations());
        }
        return read.value().orElseThrow();
    }

    /**
     * Reads what can be read: every schema violation, and the binding of the rest when JAXB could bind it, so
     * that the format's rules can name their faults in the same answer.
     *
     * @throws MalformedRequestException (400) if the body is not UTF-8, not well-formed XML or has a DOCTYPE
     */
    public Read<T> readAll(byte[] body) {
        XMLReader parser = SecureXmlInput.newReader();
        ElementPathTracker path = new ElementPathTracker(shape);
        SchemaViolationCollector violations = new SchemaViolationCollector(path, shape);
        ValidatorHandler validator = XmlSchemas.secureValidator(schema);
        validator.setErrorHandler(violations);
        UnmarshallerHandler unmarshaller = unmarshaller();
        BindingGuard binding = new BindingGuard(unmarshaller);
        validator.setContentHandler(binding);
        path.setContentHandler(validator);
        parser.setContentHandler(path);
        try {
            parser.parse(Utf8XmlSource.of(body));
        } catch (SchemaViolationCollector.LimitReached e) {
            return new Read<>(Optional.empty(), violations.fieldErrors());
        } catch (SAXParseException e) {
            throw malformed(e);
        } catch (SAXException | IOException e) {
            throw new MalformedRequestException("the body cannot be read as XML: " + e.getMessage(), e);
        }
        if (violations.isEmpty()) {
            if (binding.isBroken()) {
                throw new IllegalStateException("a schema-valid " + shape.rootElement() + " did not bind");
            }
            return new Read<>(Optional.of(root(unmarshaller)), List.of());
        }
        return new Read<>(binding.isBroken() ? Optional.empty() : partialRoot(unmarshaller), violations.fieldErrors());
    }

    /**
     * A document read as far as it could be.
     *
     * @param value      the binding, without what the schema refused; empty when the document could not be bound
     * @param violations every schema violation, with its pointer
     */
    public record Read<T>(Optional<T> value, List<FieldError> violations) {
        public Read {
            violations = List.copyOf(violations);
        }
    }

    /** The binding of a document with violations, when it has the right root; never a failure of its own. */
    private Optional<T> partialRoot(UnmarshallerHandler unmarshaller) {
        try {
            return unmarshaller.getResult() instanceof JAXBElement<?> element && rootType.isInstance(element.getValue())
                    ? Optional.of(rootType.cast(element.getValue())) : Optional.empty();
        } catch (JAXBException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private UnmarshallerHandler unmarshaller() {
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            // The schema validator upstream has the final word and reports with field paths.
            unmarshaller.setEventHandler(event -> true);
            return unmarshaller.getUnmarshallerHandler();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the unmarshaller for " + shape.namespace(), e);
        }
    }

    /** A schema-valid document always binds to its root type: failing here is a bug, not the partner's error. */
    private T root(UnmarshallerHandler unmarshaller) {
        try {
            if (unmarshaller.getResult() instanceof JAXBElement<?> element && rootType.isInstance(element.getValue())) {
                return rootType.cast(element.getValue());
            }
            throw new IllegalStateException("a schema-valid " + shape.rootElement() + " did not bind to " + rootType.getSimpleName());
        } catch (JAXBException e) {
            throw new IllegalStateException("a schema-valid " + shape.rootElement() + " did not bind", e);
        }
    }

    private static MalformedRequestException malformed(SAXParseException e) {
        String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
        String detail = String.valueOf(e.getMessage());
        if (SecureXmlInput.isRefusedDoctype(e)) {
            return new MalformedRequestException("a DOCTYPE (DTD or entity declaration) is not allowed (" + where + ")", e);
        }
        return new MalformedRequestException("the body is not well-formed XML at " + where + ": "
                + PlainSchemaMessages.abbreviate(detail, 300), e);
    }
}
