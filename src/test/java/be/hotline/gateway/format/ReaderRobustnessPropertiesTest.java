package be.hotline.gateway.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.hotline.gateway.format.feedback.InhopeFeedbackXmlReader;
import be.hotline.gateway.format.feedback.JsonFeedbackReader;
import be.hotline.gateway.format.feedback.PoliceCaseFeedbackXmlReader;
import be.hotline.gateway.format.inhope.InhopeXmlReportReader;
import be.hotline.gateway.format.json.JsonReportReader;
import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever bytes a partner sends, every reader (with the validator behind the report readers, as at the API)
 * answers with the gateway's own "bad input" exceptions only: {@link MalformedRequestException} (400) or
 * {@link InvalidReportException} and its feedback kind (422). Anything else would be a 500. The inputs are random
 * bytes, token soup, and the published examples mutated: bytes flipped, cut, repeated, invalid UTF-8, character
 * references XML cannot hold, escapes of lone surrogates, an XML 1.1 declaration that lets control characters in.
 */
class ReaderRobustnessPropertiesTest {

    private static final ReportValidator VALIDATOR = new ReportValidator(Clock.fixed(ArbitrarySubmissions.NOW, ZoneOffset.UTC));
    private static final Path EXAMPLES = Path.of("docs/api/examples");
    private static final Path SAMPLES = Path.of("src/test/resources/samples/xml");
    private static final JsonReportReader JSON_REPORT = new JsonReportReader();
    private static final InhopeXmlReportReader INHOPE_REPORT = InhopeXmlReportReader.fromClasspath("schemas/inhope-report-1.0.xsd");
    private static final JsonFeedbackReader JSON_FEEDBACK = new JsonFeedbackReader();
    private static final InhopeFeedbackXmlReader INHOPE_FEEDBACK = InhopeFeedbackXmlReader.fromClasspath();
    private static final PoliceCaseFeedbackXmlReader POLICE_FEEDBACK = PoliceCaseFeedbackXmlReader.fromClasspath();

    /** One reader as the API calls it, with the bodies it is meant to read. */
    record BodyReader(String name, Consumer<byte[]> read, List<byte[]> examples) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<BodyReader> READERS = List.of(
            new BodyReader("JSON report", body -> VALIDATOR.validate(JSON_REPORT.read(body)),
                    files(EXAMPLES.resolve("report-nl-hotline.json"), EXAMPLES.resolve("report-internal.json"))),
            new BodyReader("INHOPE XML report", body -> VALIDATOR.validate(INHOPE_REPORT.read(body)),
                    files(EXAMPLES.resolve("report-de-hotline.xml"))),
            new BodyReader("JSON feedback", JSON_FEEDBACK::read,
                    files(EXAMPLES.resolve("feedback-de-acknowledged.json"), EXAMPLES.resolve("feedback-de-content-removed.json"))),
            new BodyReader("INHOPE feedback XML", INHOPE_FEEDBACK::read,
                    files(SAMPLES.resolve("feedback-de-content-removed.xml"))),
            new BodyReader("police case feedback XML", POLICE_FEEDBACK::read,
                    files(EXAMPLES.resolve("feedback-police-case-opened.xml"), EXAMPLES.resolve("feedback-police-content-removed.xml"),
                            EXAMPLES.resolve("feedback-police-takedown-ordered.xml"))));

    @Property(tries = 300)
    void randomBytesAreBadInputNeverAFailure(@ForAll("readers") BodyReader reader, @ForAll("randomBodies") byte[] body) {
        answer(reader, body);
    }

    @Property(tries = 500)
    void mutatedExamplesAreBadInputNeverAFailure(@ForAll("mutatedExamples") Tuple.Tuple2<BodyReader, byte[]> sample) {
        String answer = answer(sample.get1(), sample.get2());
        Statistics.label("answer").collect(answer);
        Statistics.label("answer").coverage(checker -> {
            checker.check("400").percentage(p -> p >= 10);
            checker.check("422").percentage(p -> p >= 10);
        });
    }

    @Example
    void everyExampleIsReadAsIs() {
        READERS.forEach(reader -> reader.examples().forEach(example ->
                assertThatCode(() -> reader.read().accept(example)).as(reader.name()).doesNotThrowAnyException()));
    }

    @Example
    void deepNestingIsBadInputNotAStackOverflow() {
        String deepJson = "{\"partnerReference\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";
        String deepXml = "<report xmlns=\"urn:inhope:exchange:report:1.0\">" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</report>";
        assertThat(answer(READERS.get(0), deepJson.getBytes(StandardCharsets.UTF_8))).isIn("400", "422");
        assertThat(answer(READERS.get(1), deepXml.getBytes(StandardCharsets.UTF_8))).isIn("400", "422");
    }

    /**
     * What the API would answer: 400 or 422, or "accepted". Any other exception fails the property. Every
     * message and pointer must survive the answer's UTF-8 (no half surrogate pair in them).
     */
    private static String answer(BodyReader reader, byte[] body) {
        try {
            reader.read().accept(body);
            return "accepted";
        } catch (MalformedRequestException malformed) {
            assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(malformed.getMessage())).as(malformed.getMessage()).isTrue();
            return "400";
        } catch (InvalidReportException invalid) {
            assertThat(invalid.errors()).isNotEmpty().allSatisfy(error ->
                    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(error.pointer() + error.message())).as(error.toString()).isTrue());
            return "422";
        }
    }

    @Provide
    Arbitrary<BodyReader> readers() {
        return Arbitraries.of(READERS);
    }

    @Provide
    Arbitrary<byte[]> randomBodies() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> tokenSoup = Arbitraries.of(BodyMutations.TOKENS).list().ofMaxSize(60)
                .map(tokens -> String.join("", tokens).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(bytes, tokenSoup);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<BodyReader, byte[]>> mutatedExamples() {
        return Arbitraries.of(READERS).flatMap(reader -> Combinators.combine(Arbitraries.of(reader.examples()),
                        BodyMutations.mutations().list().ofMinSize(1).ofMaxSize(3))
                .as((example, mutations) -> Tuple.of(reader, BodyMutations.apply(example, mutations))));
    }

    private static List<byte[]> files(Path... paths) {
        return Arrays.stream(paths).map(path -> {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
