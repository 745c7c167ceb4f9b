package be.hotline.gateway.format.json;

import static be.hotline.gateway.format.json.JsonDocuments.INTERNAL;
import static be.hotline.gateway.format.json.JsonDocuments.NL_HOTLINE;
import static be.hotline.gateway.format.json.JsonDocuments.bytes;
import static be.hotline.gateway.format.json.JsonDocuments.nlExampleWith;
import static be.hotline.gateway.format.json.JsonDocuments.text;
import static be.hotline.gateway.format.json.JsonDocuments.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;
import be.hotline.gateway.report.ReportSubmission.HashFields;
import be.hotline.gateway.report.ReportValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReportReaderTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonReportReader reader = new JsonReportReader();

    @Test
    void aBareValueIsNeverQuotedInTheMalformedRequestMessage() {
        byte[] body = utf8("{\"reporter\": {\"name\": Zerlinde, \"email\": \"z@example.org\"}}");

        assertThatThrownBy(() -> reader.read(body)).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("not well-formed JSON: Unrecognized token:").hasMessageContaining("line 1")
                .hasMessageNotContaining("Zerlinde");
    }

    @Test
    void readsTheNlHotlineExampleAsWritten() {
        ReportSubmission submission = reader.read(bytes(NL_HOTLINE));

        assertThat(submission.partnerReference()).isEqualTo("NL-2026-004711");
        assertThat(submission.firstSeenAt()).isEqualTo("2026-11-18T09:12:00+01:00");
        assertThat(submission.contentItems()).extracting(ReportSubmission.Item::contentType).containsExactly("WEBSITE", "IMAGE");
        assertThat(submission.contentItems().get(1).hashes()).containsExactly(
                new HashFields("SHA256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                new HashFields("MD5", "098f6bcd4621d373cade4e832627b4f6"));
        assertThat(submission.assessment().childModelling()).isFalse();
        assertThat(submission.reporter()).isNull();
    }

    @Test
    void readsTheInternalExampleWithItsReporter() {
        ReportSubmission submission = reader.read(bytes(INTERNAL));

        assertThat(submission.reporter())
                .isEqualTo(new ReportSubmission.ReporterFields("Example Reporter", "reporter@example.org", "+32 2 555 01 23"));
        assertThat(submission.assessment().userGenerated()).isTrue();
        assertThat(submission.assessment().childModelling()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/api/examples/report-nl-hotline.json", "docs/api/examples/report-internal.json",
            "src/test/resources/samples/json/report-de-hotline.json"})
    void theExamplesPassTheBusinessRules(String example) {
        ReportValidator validator = new ReportValidator(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));

        assertThat(validator.validate(reader.read(bytes(Path.of(example)))).report().contentItems()).isNotEmpty();
    }

    static Stream<Arguments> unreadableBodies() {
        String example = text(NL_HOTLINE);
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("white space only", " \r\n\t "),
                Arguments.of("JSON null", "null"),
                Arguments.of("unclosed object", "{"),
                Arguments.of("missing value", "{\"partnerReference\": }"),
                Arguments.of("single quotes", "{'partnerReference': 'NL-1'}"),
                Arguments.of("XML", "<report/>"),
                Arguments.of("cut off in a content item", example.substring(0, example.length() / 2)),
                Arguments.of("missing value in a content item", "{\"contentItems\": [{\"url\": }]}"),
                Arguments.of("trailing word", example + " x"),
                Arguments.of("trailing object", example + " {}"),
                Arguments.of("trailing number", example + " 1"),
                Arguments.of("trailing array", example + "\n[]"),
                Arguments.of("duplicate top-level key", example.replace("{\n  \"partnerReference\"",
                        "{\"firstSeenAt\": null, \"firstSeenAt\": null, \"partnerReference\"")),
                Arguments.of("duplicate key in a content item", example.replace("\"hostingIp\": \"192.0.2.45\",",
                        "\"hostingIp\": \"192.0.2.45\", \"hostingIp\": \"192.0.2.46\",")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void aBodyThatIsNotExactlyOneWellFormedJsonValueIsMalformed(String what, String body) {
        assertThat(body).isNotEqualTo(text(NL_HOTLINE));
        assertThatThrownBy(() -> reader.read(utf8(body))).isInstanceOf(MalformedRequestException.class);
    }

    static Stream<Arguments> wronglyShapedDocuments() {
        return Stream.of(
                Arguments.of("/colour", NODES.textNode("red"), "/colour"),
                Arguments.of("/contentItems/0/colour", NODES.textNode("red"), "/contentItems/0/colour"),
                Arguments.of("/assessment/severity", NODES.numberNode(3), "/assessment/severity"),
                Arguments.of("/contentItems/1/hashes", NODES.textNode("9f86d081"), "/contentItems/1/hashes"),
                Arguments.of("/contentItems", NODES.objectNode(), "/contentItems"),
                Arguments.of("/partnerReference", NODES.objectNode(), "/partnerReference"),
                Arguments.of("/partnerReference", NODES.arrayNode().add("NL-1"), "/partnerReference"),
                Arguments.of("/assessment", NODES.arrayNode(), "/assessment"),
                Arguments.of("/assessment/userGenerated", NODES.textNode("yes"), "/assessment/userGenerated"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wronglyShapedDocuments")
    void aWellFormedDocumentOfTheWrongShapeIsInvalidAtThatField(String at, JsonNode value, String pointer) {
        assertThatThrownBy(() -> reader.read(nlExampleWith(at, value)))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::pointer).containsExactly(pointer));
    }

    static Stream<Arguments> scalarsOfTheWrongType() {
        return Stream.of(
                Arguments.of("/partnerReference", NODES.numberNode(4711)),
                Arguments.of("/contentItems/0/hostingCountry", NODES.booleanNode(true)),
                Arguments.of("/assessment/userGenerated", NODES.textNode("true")),
                Arguments.of("/assessment/childModelling", NODES.numberNode(1)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("scalarsOfTheWrongType")
    void aScalarOfTheWrongJsonTypeIsNotSilentlyConverted(String at, JsonNode value) {
        assertThatThrownBy(() -> reader.read(nlExampleWith(at, value)))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::pointer).containsExactly(at));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16BE", "UTF-16", "UTF-32"})
    void aBodyInAnotherUnicodeEncodingIsMalformedNotGuessed(String charset) {
        byte[] body = text(NL_HOTLINE).getBytes(java.nio.charset.Charset.forName(charset));

        assertThatThrownBy(() -> reader.read(body)).isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void invalidUtf8IsMalformedNeverReplaced() {
        byte[] body = utf8(text(NL_HOTLINE).replace("Example Hosting BV", "Example Hosting B#"));
        body[new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('#')] = (byte) 0xE9;

        assertThatThrownBy(() -> reader.read(body)).isInstanceOf(MalformedRequestException.class)
                .hasMessageStartingWith("The body is not valid UTF-8: the byte sequence at offset");
    }

    @Test
    void aByteOrderMarkIsAllowed() {
        assertThat(reader.read(utf8("\uFEFF" + text(NL_HOTLINE))).partnerReference()).isEqualTo("NL-2026-004711");
    }

    @Test
    void anEscapedLoneSurrogateOrControlCharacterReachesTheRulesAsWrittenNeverAsAQuestionMark() {
        ReportSubmission read = reader.read(utf8(text(NL_HOTLINE).replace("Example Hosting BV", "Example\\ud800\\u0000")));

        assertThat(read.contentItems().get(0).hostingProvider()).isEqualTo("Example\uD800\u0000");
    }

    @Test
    void anUnknownFieldIsNamedByAnEscapedJsonPointer() {
        assertThatThrownBy(() -> reader.read(nlExampleWith("/assessment/a~1b~0c", NODES.textNode("x"))))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::pointer).containsExactly("/assessment/a~1b~0c"));
    }

    @Test
    void aBodyFullOfUnknownFieldsIsNamedUpToTheLimit() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode report = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes(NL_HOTLINE));
        for (int i = 0; i < 150; i++) {
            report.put("extra" + i, i);
        }

        InvalidReportException refused = catchThrowableOfType(InvalidReportException.class, () -> reader.read(utf8(report.toString())));

        assertThat(refused.errors()).hasSize(StrictJsonReader.MAX_SHAPE_ERRORS + 1);
        assertThat(refused.errors().get(0)).isEqualTo(new FieldError("/extra0", "is not a field of the report format (see docs/api)"));
        assertThat(refused.errors().get(StrictJsonReader.MAX_SHAPE_ERRORS))
                .isEqualTo(new FieldError("", "more than 100 unknown fields; the rest are not listed"));
    }

    /**
     * Every kind of wrong JSON type the reader meets is named and skipped in the one bind (a fault the bind could
     * not skip would end it, hiding the faults after it), in document order, the other fields still read.
     */
    @Test
    void everyKindOfWrongJsonTypeIsNamedInOneBind() {
        String body = """
                {"partnerReference":4711,"firstSeenAt":["2026-11-18T09:12:00+01:00"],
                 "contentItems":[{"url":{"href":"x"},"contentType":true,"hostingIp":1.5,"unknownHere":{"a":[1]},
                                  "hashes":"9f86d081"},
                                 "an item as a string",
                                 {"url":"https://e.be/x","contentType":"IMAGE","hashes":[{"algorithm":"MD5","value":[]},7]}],
                 "assessment":{"classification":"BASELINE","userGenerated":"yes","childModelling":1},
                 "reporter":[]}""";

        StrictJsonReader.Read<ReportSubmission> read = new StrictJsonReader<>(ReportSubmission.class, "report",
                InvalidReportException::new).readAll(utf8(body));

        String wrongType = "has the wrong JSON type for this field";
        assertThat(read.shapeErrors()).containsExactly(
                new FieldError("/contentItems/0/unknownHere", "is not a field of the report format (see docs/api)"),
                new FieldError("/partnerReference", wrongType),
                new FieldError("/firstSeenAt", wrongType),
                new FieldError("/contentItems/0/url", wrongType),
                new FieldError("/contentItems/0/contentType", wrongType),
                new FieldError("/contentItems/0/hostingIp", wrongType),
                new FieldError("/contentItems/0/hashes", wrongType),
                new FieldError("/contentItems/1", wrongType),
                new FieldError("/contentItems/2/hashes/0/value", wrongType),
                new FieldError("/contentItems/2/hashes/1", wrongType),
                new FieldError("/assessment/userGenerated", wrongType),
                new FieldError("/assessment/childModelling", wrongType),
                new FieldError("/reporter", wrongType));
        assertThat(read.value().contentItems()).hasSize(3);
        assertThat(read.value().contentItems().get(1)).isNull();
        assertThat(read.value().contentItems().get(2).url()).isEqualTo("https://e.be/x");
        assertThat(read.value().contentItems().get(2).hashes()).extracting(h -> h == null ? null : h.algorithm())
                .containsExactly("MD5", null);
        assertThat(read.value().assessment().classification()).isEqualTo("BASELINE");
    }

    @Test
    void aBodyFullOfWrongJsonTypesIsNamedUpToTheLimit() {
        StringBuilder hashes = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            hashes.append(i == 0 ? "" : ",").append("{\"algorithm\":\"MD5\",\"value\":").append(i).append('}');
        }
        String body = "{\"contentItems\":[{\"hashes\":[" + hashes + "]}],\"colour\":\"red\"}";

        InvalidReportException refused = catchThrowableOfType(InvalidReportException.class, () -> reader.read(utf8(body)));

        assertThat(refused.errors()).hasSize(StrictJsonReader.MAX_SHAPE_ERRORS);
        assertThat(refused.errors().get(0)).isEqualTo(new FieldError("/contentItems/0/hashes/0/value", "has the wrong JSON type for this field"));
        assertThat(refused.errors().get(StrictJsonReader.MAX_SHAPE_ERRORS - 1).pointer()).isEqualTo("/contentItems/0/hashes/99/value");
    }
}
