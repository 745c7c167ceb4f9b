package be.hotline.gateway.format.inhope;

import be.hotline.gateway.format.inhope.xml.ReportType;
import be.hotline.gateway.format.xml.SecureXmlInput;
import be.hotline.gateway.format.xml.XmlSchemas;
import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads a report in the INHOPE exchange format (XML) into a {@link ReportSubmission}.
 * One pass: secure parser, then the element-path tracker, then the schema validator, then JAXB
 * (fed only while the document is valid).
 * Thread-safe: every call builds its own parser, validator and unmarshaller.
 */
public final class InhopeXmlReportReader {

    private final Schema schema;

    public InhopeXmlReportReader(Schema schema) {
        this.schema = Objects.requireNonNull(schema);
    }

    public static InhopeXmlReportReader fromSchemaFile(Path xsd) {
        return new InhopeXmlReportReader(InhopeReportSchema.fromFile(xsd));
    }

    /** With the schema from the classpath, e.g. {@code schemas/inhope-report-1.0.xsd}. */
    public static InhopeXmlReportReader fromClasspath(String resource) {
        return new InhopeXmlReportReader(InhopeReportSchema.fromClasspath(resource));
    }

    /**
     * @throws MalformedRequestException (400) if the body is not well-formed XML or has a DOCTYPE
     * @throws InvalidReportException (422) listing every schema violation, each with its JSON pointer
     */
    public ReportSubmission read(byte[] body) {
        XMLReader parser = SecureXmlInput.newReader();
        ElementPathTracker path = new ElementPathTracker();
        SchemaViolationCollector violations = new SchemaViolationCollector(path);
        ValidatorHandler validator = validator(violations);
        UnmarshallerHandler unmarshaller = unmarshaller();
        validator.setContentHandler(new UntilFirstViolation(violations, unmarshaller));
        path.setContentHandler(validator);
        parser.setContentHandler(path);
        try {
            parser.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (SchemaViolationCollector.LimitReached e) {
            throw new InvalidReportException(violations.fieldErrors());
        } catch (SAXParseException e) {
            throw malformed(e);
        } catch (SAXException | IOException e) {
            throw new MalformedRequestException("the body cannot be read as XML: " + e.getMessage(), e);
        }
        if (!violations.isEmpty()) {
            throw new InvalidReportException(violations.fieldErrors());
        }
        return InhopeSubmissionMapper.toSubmission(root(unmarshaller));
    }

    private ValidatorHandler validator(SchemaViolationCollector violations) {
        ValidatorHandler validator = XmlSchemas.secureValidator(schema);
        validator.setErrorHandler(violations);
        return validator;
    }

    private static UnmarshallerHandler unmarshaller() {
        try {
            Unmarshaller unmarshaller = InhopeReportSchema.context().createUnmarshaller();
            // The schema validator upstream has the final word and reports with field paths.
            unmarshaller.setEventHandler(event -> true);
            return unmarshaller.getUnmarshallerHandler();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the INHOPE report unmarshaller", e);
        }
    }

    /** A schema-valid document always binds to a report: failing here is a bug, not the partner's error. */
    private static ReportType root(UnmarshallerHandler unmarshaller) {
        try {
            if (unmarshaller.getResult() instanceof JAXBElement<?> element && element.getValue() instanceof ReportType report) {
                return report;
            }
            throw new IllegalStateException("a schema-valid INHOPE report did not bind to ReportType");
        } catch (JAXBException e) {
            throw new IllegalStateException("a schema-valid INHOPE report did not bind", e);
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
