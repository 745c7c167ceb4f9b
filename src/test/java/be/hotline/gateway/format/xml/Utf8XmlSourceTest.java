package be.hotline.gateway.format.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.format.inhope.InhopeXmlReportReader;
import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportValidator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Partner XML is UTF-8, decoded by us: the encoding declaration chooses nothing, and nothing is replaced. */
class Utf8XmlSourceTest {

    private static final InhopeXmlReportReader READER = InhopeXmlReportReader.fromClasspath("schemas/inhope-report-1.0.xsd");

    @Test
    void invalidUtf8IsMalformedNeverReplaced() throws IOException {
        byte[] body = example().replace("Example Hosting BV", "Example Hosting B#").getBytes(StandardCharsets.UTF_8);
        body[new String(body, StandardCharsets.ISO_8859_1).indexOf('#')] = (byte) 0xE9;

        assertThatThrownBy(() -> READER.read(body)).isInstanceOf(MalformedRequestException.class)
                .hasMessageStartingWith("The body is not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "windows-1252", "UTF-16", "Shift_JIS"})
    void aDeclarationOfAnotherEncodingIsRefusedEvenWhenTheBytesAreUtf8(String encoding) throws IOException {
        byte[] body = example().replace("encoding=\"UTF-8\"", "encoding=\"" + encoding + "\"").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> READER.read(body)).isInstanceOf(MalformedRequestException.class)
                .hasMessage("The XML declaration says encoding '" + encoding + "'; send the document in UTF-8 and declare"
                        + " encoding=\"UTF-8\" or none.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE"})
    void aDocumentInUtf16IsMalformed(String charset) throws IOException {
        byte[] body = example().replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(Charset.forName(charset));

        assertThatThrownBy(() -> READER.read(body)).isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void utf8WithAByteOrderMarkOrInAnyCaseOrWithoutADeclarationIsRead() throws IOException {
        String withoutDeclaration = example().substring(example().indexOf("?>") + 2);

        assertThat(READER.read(("\uFEFF" + example()).getBytes(StandardCharsets.UTF_8)).partnerReference()).isEqualTo("DE-2026-118734");
        assertThat(READER.read(example().replace("UTF-8", "utf-8").getBytes(StandardCharsets.UTF_8)).partnerReference())
                .isEqualTo("DE-2026-118734");
        assertThat(READER.read(withoutDeclaration.getBytes(StandardCharsets.UTF_8)).partnerReference()).isEqualTo("DE-2026-118734");
    }

    @Test
    void aControlCharacterLetInByXml11OrADelReachesTheRulesWhichNameEachField() throws IOException {
        String xml11 = example().replace("version=\"1.0\"", "version=\"1.1\"")
                .replaceFirst("Example Hosting BV", "Example&#x1B;Hosting").replaceFirst("Example Hosting BV", "Example&#x7F;Hosting");
        ReportValidator validator = new ReportValidator(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

        assertThatThrownBy(() -> validator.validate(READER.read(xml11.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.pointer() + " " + error.message().substring(0, 15))
                        .containsExactlyInAnyOrder("/contentItems/0/hostingProvider contains U+001B", "/contentItems/1/hostingProvider contains U+007F"));
    }

    private static String example() throws IOException {
        return Files.readString(Path.of("docs/api/examples/report-de-hotline.xml"));
    }
}
