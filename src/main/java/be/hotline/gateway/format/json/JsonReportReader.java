package be.hotline.gateway.format.json;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ShapeFaults;
import java.time.Clock;
import java.util.Objects;

/**
 * Reads a report in our canonical JSON format. Syntax errors are 400; a well-formed document of
 * the wrong shape (unknown field, object where a string belongs) is 422 naming each such field and,
 * in the same answer, every field the report's rules refuse in the rest.
 */
public final class JsonReportReader {

    private final StrictJsonReader<ReportSubmission> reader =
            new StrictJsonReader<>(ReportSubmission.class, "report", InvalidReportException::new);
    private final ReportValidator rules;

    /** @param rules the validator the intake applies next, so a refused shape is answered with the same rules */
    public JsonReportReader(ReportValidator rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /** With the rules by the system clock. */
    public JsonReportReader() {
        this(new ReportValidator(Clock.systemUTC()));
    }

    /**
     * @throws MalformedRequestException (400) for a body that is not one well-formed JSON object
     * @throws InvalidReportException (422) for unknown fields or values of the wrong JSON type, listing also
     *                                every field the rules refuse
     */
    public ReportSubmission read(byte[] body) {
        StrictJsonReader.Read<ReportSubmission> read = reader.readAll(body);
        if (read.shapeErrors().isEmpty()) {
            return read.value();
        }
        throw new InvalidReportException(ShapeFaults.merge(read.shapeErrors(), rules.faultsOf(read.value())));
    }
}
