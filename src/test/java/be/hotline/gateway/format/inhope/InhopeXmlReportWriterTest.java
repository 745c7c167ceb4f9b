package be.hotline.gateway.format.inhope;

import static be.hotline.gateway.format.inhope.InhopeXmlSamples.SCHEMA;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.example;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.reader;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.report.Assessment;
import be.hotline.gateway.report.Classification;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.ContentType;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.ReportSubmission;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ValidatedReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InhopeXmlReportWriterTest {

    private final InhopeXmlReportWriter writer = new InhopeXmlReportWriter(SCHEMA);
    private final ReportValidator validator = new ReportValidator(InhopeXmlReportReaderTest.TODAY);

    @Test
    void writesWhatItReadsBack() {
        ReportSubmission original = reader().read(example());

        byte[] written = writer.write(validator.validate(original).report());

        assertThat(reader().read(written)).isEqualTo(original);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                .contains("urn:inhope:exchange:report:1.0");
    }

    @Test
    void neverWritesReporterDataEvenWhenTheSubmissionHadIt() {
        ReportSubmission submission = reader().read(sample("report-with-reporter.xml"));
        ValidatedReport validated = validator.validate(submission);
        assertThat(validated.reporter()).isPresent();

        String written = new String(writer.write(validated.report()), StandardCharsets.UTF_8);

        assertThat(written).doesNotContain("reporter", "Voorbeeld", "jan.voorbeeld@example.org", "555 01 23");
        ReportSubmission readBack = reader().read(written.getBytes(StandardCharsets.UTF_8));
        assertThat(readBack.reporter()).isNull();
        assertThat(readBack.contentItems()).isEqualTo(submission.contentItems());
    }

    @Test
    void refusesToWriteAReportOutsideTheSchema() {
        Report broken = new Report("DE-1", Optional.empty(), List.of(new ContentItem(
                "https://img.example.be/secret-path.jpg", ContentType.IMAGE, Optional.empty(), "Belgium",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty())),
                new Assessment(Classification.BASELINE, null, null, null, null, null, false, false));

        assertThatThrownBy(() -> writer.write(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DE-1")
                .hasMessageNotContaining("secret-path");
    }
}
