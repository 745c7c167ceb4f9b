package be.hotline.gateway.format.inhope;

import static be.hotline.gateway.format.inhope.InhopeXmlSamples.example;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.exampleText;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.reader;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.sample;
import static be.hotline.gateway.format.inhope.InhopeXmlSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.ReportSubmission;
import be.hotline.gateway.report.ReportSubmission.AssessmentFields;
import be.hotline.gateway.report.ReportSubmission.HashFields;
import be.hotline.gateway.report.ReportSubmission.Item;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ValidatedReport;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class InhopeXmlReportReaderTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsThePublishedExampleAsWritten() {
        ReportSubmission submission = reader().read(example());

        assertThat(submission).isEqualTo(new ReportSubmission(
                "DE-2026-118734",
                "2026-11-17T07:55:00Z",
                List.of(
                        new Item("https://img.example.be/gallery/7f3c9a/0042.jpg", "IMAGE", "192.0.2.45", "BE",
                                "Example Hosting BV", "AS64500", "2026-11-17T08:12:40Z", "2026-11-18T14:03:05Z",
                                List.of(new HashFields("SHA256", "4b6f1fc078de42c147e502dcc4d0d919c6770390d34f9490487869ca5d109f45"),
                                        new HashFields("PDQ", "55a45d37cafe85c06b180cdff42a3566cb56a0841f5569edaee257191d656c4e"))),
                        new Item("https://img.example.be/gallery/7f3c9a/", "WEBSITE", "2001:db8::4a", "BE",
                                "Example Hosting BV", "AS64500", "2026-11-17T08:20:13Z", "2026-11-18T14:05:31Z", List.of())),
                new AssessmentFields("BASELINE", "REAL_CHILD", "PREPUBESCENT", "FEMALE", "IMAGE_HOST", "NON_COMMERCIAL",
                        false, false),
                null));
    }

    @Test
    void thePublishedExamplePassesTheBusinessRulesToo() {
        ValidatedReport validated = new ReportValidator(TODAY).validate(reader().read(example()));

        assertThat(validated.report().contentItems()).hasSize(2);
        assertThat(validated.reporter()).isEmpty();
    }

    @Test
    void keepsTimestampsExactlyAsWrittenAndLeavesOptionalFieldsAbsent() {
        String xml = exampleText()
                .replace("<firstSeenAt>2026-11-17T07:55:00Z</firstSeenAt>", "<firstSeenAt> 2026-11-17T08:55:00.250+01:00 </firstSeenAt>")
                .replaceAll("(?s)<depiction>.*</childModelling>", "");

        ReportSubmission submission = reader().read(utf8(xml));

        assertThat(submission.firstSeenAt()).isEqualTo("2026-11-17T08:55:00.250+01:00");
        assertThat(submission.assessment()).isEqualTo(new AssessmentFields("BASELINE", null, null, null, null, null, null, null));
    }

    @Test
    void readsTheReporterWhenOurCaseSystemSendsIt() {
        ReportSubmission submission = reader().read(sample("report-with-reporter.xml"));

        assertThat(submission.reporter()).isEqualTo(new ReportSubmission.ReporterFields(
                "Jan Voorbeeld", "jan.voorbeeld@example.org", "+32 2 555 01 23"));
    }

    @Test
    void acceptsAnyNamespacePrefix() {
        String xml = exampleText().replace("<report xmlns=", "<r:report xmlns:r=").replace("</report>", "</r:report>")
                .replaceAll("<(/?)(?!r:|\\?|!)([a-zA-Z])", "<$1r:$2");

        assertThat(reader().read(utf8(xml))).isEqualTo(reader().read(example()));
    }

    @Test
    void rejectsXmlThatIsNotWellFormedWithWhereItBreaks() {
        assertThatThrownBy(() -> reader().read(sample("report-not-well-formed.xml")))
                .isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("not well-formed")
                .hasMessageContaining("line 8, column")
                .hasMessageContaining("The element type \"url\" must be terminated by the matching end-tag");
    }

    @Test
    void rejectsAnEmptyOrNonXmlBodyAsMalformed() {
        assertThatThrownBy(() -> reader().read(new byte[0])).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> reader().read(utf8("{\"partnerReference\":\"X\"}"))).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> reader().read(new byte[] {'<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>'}))
                .isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void loadsTheSchemaTheBuildPutsOnTheClasspath() {
        assertThat(InhopeXmlReportReader.fromClasspath("schemas/inhope-report-1.0.xsd").read(example()))
                .isEqualTo(reader().read(example()));
    }

    @Test
    void theSchemaFromAUrlIsTheSameContract() {
        InhopeXmlReportReader fromUrl = new InhopeXmlReportReader(
                InhopeReportSchema.fromUrl(toUrl(InhopeXmlSamples.SCHEMA_FILE)));

        assertThat(fromUrl.read(example())).isEqualTo(reader().read(example()));
        assertThatThrownBy(() -> InhopeXmlReportReader.fromClasspath("schemas/no-such-schema.xsd"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not on the classpath");
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
