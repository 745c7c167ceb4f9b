package be.hotline.gateway.format.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.format.feedback.JsonFeedbackReader;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportValidator;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever mix of faults a JSON body has (unknown fields, values of the wrong JSON type, values the rules
 * refuse), one 422 names each of them, and nothing else: a partner fixes its message in one go.
 */
class EveryFaultNamedPropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ReportValidator RULES = new ReportValidator(Clock.systemUTC());
    private static final JsonReportReader REPORTS = new JsonReportReader(RULES);
    private static final JsonFeedbackReader FEEDBACK = new JsonFeedbackReader();

    /** One fault put into a valid document: the value at pointer (added when absent). */
    record Fault(String pointer, JsonNode value) {
        @Override
        public String toString() {
            return pointer + "=" + value;
        }
    }

    private static final List<Fault> REPORT_FAULTS = List.of(
            new Fault("/colour", NODES.textNode("red")),
            new Fault("/assessment/severity", NODES.numberNode(3)),
            new Fault("/contentItems/0/extra", NODES.objectNode()),
            new Fault("/contentItems/1/hashes/0/salt", NODES.textNode("x")),
            new Fault("/partnerReference", NODES.numberNode(4711)),
            new Fault("/contentItems/0/hostingCountry", NODES.booleanNode(true)),
            new Fault("/assessment/userGenerated", NODES.textNode("yes")),
            new Fault("/contentItems/1/hashes/1/value", NODES.arrayNode()),
            new Fault("/contentItems/0/hostingIp", NODES.textNode("not-an-ip")),
            new Fault("/contentItems/1/url", NODES.textNode("ftp://example.be/x")),
            new Fault("/assessment/classification", NODES.textNode("BOGUS")),
            new Fault("/firstSeenAt", NODES.textNode("yesterday")),
            new Fault("/contentItems/0/asn", NODES.textNode("64501")));

    private static final String DE_REMOVAL = """
            {"feedbackId":"DE-FB-2026-120455-3","type":"CONTENT_REMOVED","occurredAt":"2026-11-24T08:30:00Z",
             "receiverReference":"DE-2026-120455","removedAt":"2026-11-23T22:10:00Z","note":"Removed."}""";

    private static final List<Fault> FEEDBACK_FAULTS = List.of(
            new Fault("/actedBy", NODES.textNode("DE")),
            new Fault("/partnerReference", NODES.textNode("HX-EXAMPLE")),
            new Fault("/colour", NODES.textNode("red")),
            new Fault("/feedbackId", NODES.numberNode(12345)),
            new Fault("/note", NODES.objectNode().put("text", "x")),
            new Fault("/occurredAt", NODES.textNode("yesterday")),
            new Fault("/removedAt", NODES.textNode("2026-13-01T00:00:00Z")),
            new Fault("/caseNumber", NODES.textNode(" ")),
            new Fault("/receiverReference", NODES.textNode("x".repeat(201))));

    @Property(tries = 200)
    void a422NamesEveryFaultOfAReport(@ForAll("reportFaults") Set<Fault> faults) {
        byte[] body = inject("docs/api/examples/report-nl-hotline.json", faults);

        // As the intake does: read, then the rules (which the reader applies itself when the shape is wrong).
        InvalidReportException refused = catchThrowableOfType(InvalidReportException.class,
                () -> RULES.validate(REPORTS.read(body)));

        assertThat(refused).as("refused as invalid").isNotNull();
        assertThat(refused.errors()).extracting(FieldError::pointer)
                .containsExactlyInAnyOrderElementsOf(faults.stream().map(Fault::pointer).toList());
    }

    @Property(tries = 200)
    void a422NamesEveryFaultOfFeedback(@ForAll("feedbackFaults") Set<Fault> faults) {
        byte[] body = inject(tree(DE_REMOVAL.getBytes()), faults);

        InvalidFeedbackException refused = catchThrowableOfType(InvalidFeedbackException.class, () -> FEEDBACK.read(body));

        assertThat(refused).as("refused as invalid").isNotNull();
        assertThat(refused.errors()).extracting(FieldError::pointer)
                .containsExactlyInAnyOrderElementsOf(faults.stream().map(Fault::pointer).toList());
    }

    @Provide
    Arbitrary<Set<Fault>> reportFaults() {
        return Arbitraries.of(REPORT_FAULTS).set().ofMinSize(1).ofMaxSize(REPORT_FAULTS.size());
    }

    @Provide
    Arbitrary<Set<Fault>> feedbackFaults() {
        return Arbitraries.of(FEEDBACK_FAULTS).set().ofMinSize(1).ofMaxSize(FEEDBACK_FAULTS.size());
    }

    private static byte[] inject(String example, Set<Fault> faults) {
        try {
            return inject(MAPPER.readTree(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(example))), faults);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] inject(JsonNode root, Set<Fault> faults) {
        for (Fault fault : faults) {
            JsonPointer at = JsonPointer.compile(fault.pointer());
            ((ObjectNode) root.at(at.head())).set(at.last().getMatchingProperty(), fault.value());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
