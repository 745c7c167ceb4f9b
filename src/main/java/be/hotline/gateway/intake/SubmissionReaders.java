package be.hotline.gateway.intake;

import be.hotline.gateway.report.ReportSubmission;
import java.util.Map;
import java.util.function.Function;

/** The reader for each inbound format, by format name (JSON, INHOPE_XML). */
public final class SubmissionReaders {

    private final Map<String, Function<byte[], ReportSubmission>> readers;

    public SubmissionReaders(Map<String, Function<byte[], ReportSubmission>> readers) {
        this.readers = Map.copyOf(readers);
    }

    public ReportSubmission read(String format, byte[] body) {
        Function<byte[], ReportSubmission> reader = readers.get(format);
        if (reader == null) {
            throw new IllegalArgumentException("no reader for format " + format);
        }
        return reader.apply(body);
    }
}
