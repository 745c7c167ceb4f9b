package be.hotline.gateway.format.json;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;

/**
 * Reads a report in our canonical JSON format. Syntax errors are 400; a well-formed document of
 * the wrong shape (unknown field, object where a string belongs) is 422 naming the field.
 */
public final class JsonReportReader {

    private final StrictJsonReader<ReportSubmission> reader =
            new StrictJsonReader<>(ReportSubmission.class, "report", InvalidReportException::new);

    /**
     * @throws MalformedRequestException (400) for a body that is not one well-formed JSON object
     * @throws InvalidReportException (422) for an unknown field or a value of the wrong JSON type
     */
    public ReportSubmission read(byte[] body) {
        return reader.read(body);
    }
}
