package be.hotline.gateway.format.inhope;

import be.hotline.gateway.format.inhope.xml.ObjectFactory;
import be.hotline.gateway.format.xml.ValidatedXmlWriter;
import be.hotline.gateway.report.Report;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.validation.Schema;

/**
 * Writes a validated report in the INHOPE exchange format, for sending to another hotline.
 * The output is checked against the schema before it is returned, so a partner never receives
 * a document it would have to reject. It never contains reporter data: {@link Report} has none.
 * Thread-safe: every call builds its own marshaller.
 */
public final class InhopeXmlReportWriter {

    private final ValidatedXmlWriter xml;

    public InhopeXmlReportWriter(Schema schema) {
        this.xml = new ValidatedXmlWriter(InhopeReportSchema.context(), schema);
    }

    public static InhopeXmlReportWriter fromSchemaFile(Path xsd) {
        return new InhopeXmlReportWriter(InhopeReportSchema.fromFile(xsd));
    }

    /** With the schema from the classpath, e.g. {@code schemas/inhope-report-1.0.xsd}. */
    public static InhopeXmlReportWriter fromClasspath(String resource) {
        return new InhopeXmlReportWriter(InhopeReportSchema.fromClasspath(resource));
    }

    /** @throws IllegalStateException if the report does not fit the schema (a bug upstream, not partner input) */
    public byte[] write(Report report) {
        Objects.requireNonNull(report);
        return xml.write(new ObjectFactory().createReport(InhopeReportMapper.toXml(report)),
                "report " + report.partnerReference() + " does not fit the INHOPE report schema 1.0");
    }
}
