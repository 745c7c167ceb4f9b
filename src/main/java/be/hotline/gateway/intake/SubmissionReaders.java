package be.hotline.gateway.intake;

import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The reader for each inbound format, by format name (JSON, INHOPE_XML), and how that format names a field in
 * a refusal: the rules point into the JSON form, a partner sending XML reads its own element paths.
 */
public final class SubmissionReaders {

    private final Map<String, Function<byte[], ReportSubmission>> readers;
    private final Map<String, UnaryOperator<String>> fieldNames;

    /** @param fieldNames by format, the field's name in that format for a JSON pointer; a format without one keeps the pointer */
    public SubmissionReaders(Map<String, Function<byte[], ReportSubmission>> readers, Map<String, UnaryOperator<String>> fieldNames) {
        this.readers = Map.copyOf(readers);
        this.fieldNames = Map.copyOf(fieldNames);
    }

    public SubmissionReaders(Map<String, Function<byte[], ReportSubmission>> readers) {
        this(readers, Map.of());
    }

    /** The same refusal, each field named as the format sent names it. */
    public InvalidReportException inTermsOf(String format, InvalidReportException refusal) {
        UnaryOperator<String> name = fieldNames.get(format);
        if (name == null) {
            return refusal;
        }
        return new InvalidReportException(refusal.errors().stream()
                .map(error -> new FieldError(name.apply(error.pointer()), error.message())).toList());
    }

    public ReportSubmission read(String format, byte[] body) {
        Function<byte[], ReportSubmission> reader = readers.get(format);
        if (reader == null) {
            throw new IllegalArgumentException("no reader for format " + format);
        }
        return reader.apply(body);
    }
}
