package be.hotline.gateway.format.inhope;

import be.hotline.gateway.format.inhope.xml.ReportType;
import be.hotline.gateway.format.xml.ValidatingXmlReader;
import be.hotline.gateway.format.xml.XmlDocumentShape;
import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.validation.Schema;

/**
 * Reads a report in the INHOPE exchange format (XML) into a {@link ReportSubmission}: hardened,
 * schema-validated, every violation listed with its JSON pointer (see {@link ValidatingXmlReader}).
 * Thread-safe.
 */
public final class InhopeXmlReportReader {

    /** contentItems/item and hashes/hash are the arrays of the JSON report. */
    static final XmlDocumentShape SHAPE = new XmlDocumentShape("report", InhopeReportSchema.NAMESPACE,
            Set.of("contentItems/item", "hashes/hash"));

    private final ValidatingXmlReader<ReportType> reader;

    public InhopeXmlReportReader(Schema schema) {
        this.reader = new ValidatingXmlReader<>(schema, InhopeReportSchema.context(), SHAPE, ReportType.class);
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
        return InhopeSubmissionMapper.toSubmission(reader.read(body, InvalidReportException::new));
    }
}
