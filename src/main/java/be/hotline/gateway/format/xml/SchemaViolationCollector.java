package be.hotline.gateway.format.xml;

import be.hotline.gateway.report.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Collects every schema violation instead of stopping at the first, so a partner can fix a
 * rejected report in one go. Stops once there are too many, which only a hostile or badly
 * broken document produces.
 */
final class SchemaViolationCollector implements ErrorHandler {

    static final int MAX_VIOLATIONS = 100;

    private final ElementPathTracker path;
    private final XmlDocumentShape shape;
    private final List<SchemaViolation> found = new ArrayList<>();

    SchemaViolationCollector(ElementPathTracker path, XmlDocumentShape shape) {
        this.path = path;
        this.shape = shape;
    }

    @Override
    public void warning(SAXParseException e) {
        // Schema warnings never make a report unusable.
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        found.add(new SchemaViolation(ruleOf(e.getMessage()), e.getMessage(), e.getLineNumber(), e.getColumnNumber(),
                path.pointer(), path.parentPointer(), path.currentName(), path.parentName()));
        if (found.size() >= MAX_VIOLATIONS) {
            throw new LimitReached();
        }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        throw e;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<FieldError> fieldErrors() {
        List<FieldError> errors = PlainSchemaMessages.translate(found, shape);
        if (found.size() >= MAX_VIOLATIONS) {
            errors.add(new FieldError("", "more than " + MAX_VIOLATIONS + " schema violations; checking stopped here"));
        }
        return errors;
    }

    private static String ruleOf(String message) {
        int colon = message == null ? -1 : message.indexOf(':');
        return colon > 0 && colon < 40 ? message.substring(0, colon).strip() : "schema";
    }

    /** Aborts parsing once the collector is full. */
    static final class LimitReached extends SAXException {
        LimitReached() {
            super("too many schema violations");
        }
    }
}
