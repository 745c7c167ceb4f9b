package be.hotline.gateway.format.inhope;

import be.hotline.gateway.format.inhope.xml.ObjectFactory;
import be.hotline.gateway.report.Report;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

    private final Schema schema;

    public InhopeXmlReportWriter(Schema schema) {
        this.schema = Objects.requireNonNull(schema);
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshaller marshaller = InhopeReportSchema.context().createMarshaller();
            marshaller.setSchema(schema);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.marshal(new ObjectFactory().createReport(InhopeReportMapper.toXml(report)), out);
        } catch (JAXBException e) {
            // The cause names the rule broken; the message stays free of report content for logs.
            throw new IllegalStateException("report " + report.partnerReference()
                    + " does not fit the INHOPE report schema 1.0", e);
        }
        return out.toByteArray();
    }
}
