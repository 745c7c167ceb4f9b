package be.hotline.gateway.intake;

import static be.hotline.gateway.report.Submissions.aValidSubmission;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.format.inhope.InhopeXmlReportReader;
import be.hotline.gateway.format.json.JsonReportReader;
import be.hotline.gateway.report.ReportSubmission;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.Submissions.SubmissionBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentFingerprintTest {

    private static final ReportValidator VALIDATOR =
            new ReportValidator(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    private static final Path DE_XML = Path.of("docs/api/examples/report-de-hotline.xml");
    private static final Path DE_JSON = Path.of("src/test/resources/samples/json/report-de-hotline.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String fingerprintOf(ReportSubmission submission) {
        return ContentFingerprint.of(VALIDATOR.validate(submission));
    }

    private static String fingerprintOfJson(byte[] json) {
        return fingerprintOf(new JsonReportReader().read(json));
    }

    @Test
    void theSameReportInJsonAndInInhopeXmlHasTheSameFingerprint() throws IOException {
        ReportSubmission fromXml = InhopeXmlReportReader.fromSchemaFile(Path.of("docs/api/schemas/inhope-report-1.0.xsd"))
                .read(Files.readAllBytes(DE_XML));

        assertThat(fingerprintOf(fromXml)).isEqualTo(fingerprintOfJson(Files.readAllBytes(DE_JSON)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void whitespaceAndFieldOrderDoNotChangeTheFingerprint() throws IOException {
        byte[] reordered = MAPPER.writeValueAsBytes(withKeysReversed(MAPPER.readTree(Files.readAllBytes(DE_JSON))));

        assertThat(new String(reordered, StandardCharsets.UTF_8)).startsWith("{\"assessment\":{\"childModelling\"");
        assertThat(fingerprintOfJson(reordered)).isEqualTo(fingerprintOfJson(Files.readAllBytes(DE_JSON)));
    }

    @Test
    void theSameInstantWrittenWithAnotherOffsetIsTheSameContent() {
        assertThat(fingerprintOf(aValidSubmission().withFirstSeenAt("2026-11-18T09:12:00+01:00").build()))
                .isEqualTo(fingerprintOf(aValidSubmission().withFirstSeenAt("2026-11-18T08:12:00Z").build()));
    }

    static Stream<Arguments> contentChanges() {
        return Stream.of(
                change("partner reference", s -> s.withPartnerReference("NL-2026-004712")),
                change("report first seen", s -> s.withFirstSeenAt("2026-11-18T09:12:01+01:00")),
                change("url", s -> s.withUrl("https://images.example.be/gallery/7f3a/img-0043.jpg")),
                change("content type", s -> s.withContentType("VIDEO")),
                change("hosting ip", s -> s.withHostingIp("192.0.2.46")),
                change("hosting country", s -> s.withHostingCountry("NL")),
                change("hosting provider", s -> s.withHostingProvider("Other Hosting BV")),
                change("asn", s -> s.withAsn("AS64502")),
                change("item seen times", s -> s.withSeen("2026-11-18T09:12:00+01:00", "2026-11-19T14:31:00+01:00")),
                change("hash", s -> s.withHash("MD5", "098f6bcd4621d373cade4e832627b4f6")),
                change("no hash", s -> s.withHashes()),
                change("second item", s -> s.withItemCount(2)),
                change("classification", s -> s.withClassification("NATIONAL")),
                change("depiction", s -> s.withDepiction("VIRTUAL")),
                change("reporter added", s -> s.withReporter(null, "reporter@example.org", null)));
    }

    private static Arguments change(String what, UnaryOperator<SubmissionBuilder> change) {
        return Arguments.of(what, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentChanges")
    void anyChangeOfContentChangesTheFingerprint(String what, UnaryOperator<SubmissionBuilder> change) {
        assertThat(fingerprintOf(change.apply(aValidSubmission()).build()))
                .isNotEqualTo(fingerprintOf(aValidSubmission().build()));
    }

    @Test
    void aChangedReporterChangesTheFingerprint() {
        assertThat(fingerprintOf(aValidSubmission().withReporter("Jan", "jan@example.org", null).build()))
                .isNotEqualTo(fingerprintOf(aValidSubmission().withReporter("Jan", "jan@example.be", null).build()));
    }

    /** The same JSON with every object's keys in reverse order, written without indentation. */
    private static JsonNode withKeysReversed(JsonNode node) {
        if (node.isArray()) {
            List<JsonNode> elements = new ArrayList<>();
            node.forEach(element -> elements.add(withKeysReversed(element)));
            return MAPPER.createArrayNode().addAll(elements);
        }
        if (!node.isObject()) {
            return node;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        ObjectNode reversed = MAPPER.createObjectNode();
        names.forEach(name -> reversed.set(name, withKeysReversed(node.get(name))));
        return reversed;
    }
}
