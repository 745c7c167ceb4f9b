package be.hotline.gateway.format.inhope;

import be.hotline.gateway.format.inhope.xml.ContentItemType;
import be.hotline.gateway.format.inhope.xml.ReportType;
import be.hotline.gateway.format.xml.ValidatingXmlReader;
import be.hotline.gateway.format.xml.XmlDocumentShape;
import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ShapeFaults;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    private final ReportValidator rules;

    /** @param rules the validator the intake applies next, so a schema violation is answered with the rules' findings */
    public InhopeXmlReportReader(Schema schema, ReportValidator rules) {
        this.reader = new ValidatingXmlReader<>(schema, InhopeReportSchema.context(), SHAPE, ReportType.class);
        this.rules = Objects.requireNonNull(rules);
    }

    /** With the rules by the system clock. */
    public InhopeXmlReportReader(Schema schema) {
        this(schema, new ReportValidator(Clock.systemUTC()));
    }

    public static InhopeXmlReportReader fromSchemaFile(Path xsd) {
        return new InhopeXmlReportReader(InhopeReportSchema.fromFile(xsd));
    }

    /** With the schema from the classpath, e.g. {@code schemas/inhope-report-1.0.xsd}. */
    public static InhopeXmlReportReader fromClasspath(String resource) {
        return new InhopeXmlReportReader(InhopeReportSchema.fromClasspath(resource));
    }

    /** With the schema from the classpath and the intake's rules. */
    public static InhopeXmlReportReader fromClasspath(String resource, ReportValidator rules) {
        return new InhopeXmlReportReader(InhopeReportSchema.fromClasspath(resource), rules);
    }

    /**
     * @throws MalformedRequestException (400) if the body is not well-formed XML or has a DOCTYPE
     * @throws InvalidReportException (422) listing every schema violation, each with its JSON pointer, and
     *                                every field the rules refuse in the rest of the document
     */
    public ReportSubmission read(byte[] body) {
        ValidatingXmlReader.Read<ReportType> read = reader.readAll(body);
        List<FieldError> shapeFaults = new ArrayList<>(read.violations());
        read.value().ifPresent(report -> shapeFaults.addAll(setByTheGateway(report)));
        if (shapeFaults.isEmpty()) {
            return InhopeSubmissionMapper.toSubmission(read.value().orElseThrow());
        }
        List<FieldError> ruleFaults = read.value().map(InhopeSubmissionMapper::toSubmission).map(rules::faultsOf).orElse(List.of());
        throw new InvalidReportException(ShapeFaults.merge(shapeFaults, ruleFaults));
    }

    /** The schema has assignedCountry for what the gateway sends; in a report to the gateway it is refused, never ignored. */
    private static List<FieldError> setByTheGateway(ReportType report) {
        List<FieldError> faults = new ArrayList<>();
        if (report.getContentItems() == null) {
            return faults;
        }
        List<ContentItemType> items = report.getContentItems().getItem();
        for (int position = 0; position < items.size(); position++) {
            if (items.get(position).getAssignedCountry() != null) {
                faults.add(new FieldError("/contentItems/" + position + "/assignedCountry",
                        "set by the gateway in the reports it sends (who must act); leave it out of a report to the gateway"));
            }
        }
        return faults;
    }
}
