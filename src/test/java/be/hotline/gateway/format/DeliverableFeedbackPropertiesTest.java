package be.hotline.gateway.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.feedback.RelayedFeedback;
import be.hotline.gateway.feedback.ReporterSafeSummary;
import be.hotline.gateway.format.feedback.CaseManagementNewsFormat;
import be.hotline.gateway.format.feedback.FeedbackFormats;
import be.hotline.gateway.format.feedback.FeedbackReader;
import be.hotline.gateway.format.feedback.InhopeFeedbackXmlReader;
import be.hotline.gateway.format.feedback.JsonFeedbackReader;
import be.hotline.gateway.format.feedback.PoliceCaseFeedbackXmlReader;
import be.hotline.gateway.format.feedback.RelayFormat;
import be.hotline.gateway.intake.CanonicalJson;
import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.report.FieldError;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Feedback follows the same character rule as reports (only the note, the police's remark, may span lines),
 * and every item the rules accept can be relayed to the hotline that sent the report, in every relay format.
 */
class DeliverableFeedbackPropertiesTest {

    private static final FeedbackReader JSON = new JsonFeedbackReader();
    private static final List<RelayFormat> RELAYS = FeedbackFormats.fromClasspath().relayFormats();
    private static final String NOTE = "note";
    /** Every feedback field by its JSON name, each with a valid value. */
    private static final Map<String, String> VALID = Map.of(
            "feedbackId", "DE-FB-2026-120455-3", "type", "CONTENT_REMOVED", "occurredAt", "2026-11-24T08:30:00Z",
            "receiverReference", "DE-2026-120455", "caseNumber", "BR.12.LL.123456/26", "removedAt", "2026-11-23T22:10:00Z",
            NOTE, "Removed by the hosting provider.");

    @Property(tries = 300)
    void everyAcceptedFeedbackCanBeRelayedInEveryRelayFormat(@ForAll("feedback") Map<String, String> fields) throws Exception {
        Optional<Feedback> accepted = read(JsonText.object(fields));
        Statistics.label("rules").collect(accepted.isPresent() ? "accepted" : "refused");
        Statistics.label("rules").coverage(checker -> checker.check("accepted").percentage(p -> p >= 15));
        if (accepted.isEmpty()) {
            return;
        }
        Feedback feedback = accepted.get();
        RelayedFeedback relay = new RelayedFeedback("3b9e4c1a-6f2d-4a8e-9c57-0e1d2f3a4b5c", "NL-2026-004711",
                "HX-7K2M9Q4TZ8D1XW0B5N3R", feedback.type(), feedback.occurredAt(), "POLICE", feedback.caseNumber(), feedback.removedAt());
        for (RelayFormat format : RELAYS) {
            byte[] body = format.write(relay);
            if (format instanceof CaseManagementNewsFormat) {
                // Our case management's news: the relay with a summary, and never a case number.
                ObjectNode news = (ObjectNode) AsReceived.strictJson(body);
                assertThat(news.remove("summary").asText()).isEqualTo(ReporterSafeSummary.of(relay));
                assertThat(CanonicalJson.mapper().treeToValue(news, RelayedFeedback.class)).isEqualTo(new RelayedFeedback(
                        relay.relayId(), relay.partnerReference(), relay.reference(), relay.type(), relay.occurredAt(),
                        relay.actedBy(), Optional.empty(), relay.removedAt()));
            } else if (format.mediaType().equals("application/json")) {
                AsReceived.strictJson(body);
                assertThat(CanonicalJson.mapper().readValue(body, RelayedFeedback.class)).isEqualTo(relay);
            } else {
                assertThat(format.mediaType()).isEqualTo("application/xml");
                assertThat(AsReceived.validXmlTexts(body, AsReceived.INHOPE_FEEDBACK))
                        .containsAll(feedback.caseNumber().map(AsReceived::collapsed).stream().toList());
            }
        }
    }

    @Property(tries = 300)
    void aRefusedCharacterInAnyFeedbackFieldIsRefusedNamingEachSuchField(@ForAll("someFields") List<String> names,
            @ForAll("refusedInSingleLine") String refusedInSingleLine, @ForAll("refusedEverywhere") String refusedEverywhere,
            @ForAll int where) {
        Map<String, String> fields = new LinkedHashMap<>(VALID);
        names.forEach(name -> fields.put(name,
                UnicodeText.insert(VALID.get(name), NOTE.equals(name) ? refusedEverywhere : refusedInSingleLine, where)));

        List<FieldError> errors = catchThrowableOfType(InvalidFeedbackException.class,
                () -> JSON.read(utf8(JsonText.object(fields)))).errors();

        assertThat(names).allSatisfy(name -> assertThat(errors).anySatisfy(error -> {
            assertThat(error.pointer()).isEqualTo("/" + name);
            assertThat(error.message()).startsWith("contains " + notation(NOTE.equals(name) ? refusedEverywhere : refusedInSingleLine));
        }));
    }

    @Property(tries = 200)
    void aNoteKeepsItsTabsAndLineBreaksAsWritten(@ForAll("multiLineNotes") String note) {
        Map<String, String> fields = new LinkedHashMap<>(VALID);
        fields.put(NOTE, note);

        assertThat(JSON.read(utf8(JsonText.object(fields))).note()).contains(note);
    }

    @Example
    void thePoliceRemarkMaySpanLinesButNoOtherPoliceFieldMayHoldAControlCharacter() throws Exception {
        String example = Files.readString(Path.of("docs/api/examples/feedback-police-case-opened.xml"));
        FeedbackReader police = PoliceCaseFeedbackXmlReader.fromClasspath();
        String withRemark = example.replace("</PvNumber>", "</PvNumber>\n    <Remark>First line.&#9;Tab.\nSecond line.</Remark>");

        assertThat(police.read(utf8(withRemark)).note()).contains("First line.\tTab.\nSecond line.");
        // XML 1.1 lets a character reference carry a C0 control; the rule still refuses it, naming the field.
        String xml11 = withRemark.replace("version=\"1.0\"", "version=\"1.1\"")
                .replace("Second line.", "Second&#x1B; line.").replace("BR.12.LL", "BR.12&#x7F;.LL");
        assertThat(catchThrowableOfType(InvalidFeedbackException.class, () -> police.read(utf8(xml11))).errors())
                .extracting(FieldError::pointer).containsExactlyInAnyOrder("/Remark", "/PvNumber");
    }

    @Example
    void aHotlineNoteWithANoncharacterIsRefusedAndOneXmlCannotHoldIsNotWellFormed() {
        FeedbackReader inhope = InhopeFeedbackXmlReader.fromClasspath();
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feedback xmlns="urn:inhope:exchange:feedback:1.0">
                    <feedbackId>DE-FB-1</feedbackId>
                    <partnerReference>HX-XXXXXXXXXXXXXXXXXXXX</partnerReference>
                    <type>ACKNOWLEDGED</type>
                    <occurredAt>2026-11-27T08:30:00Z</occurredAt>
                    <note>NOTE</note>
                </feedback>
                """;

        assertThat(catchThrowableOfType(InvalidFeedbackException.class, () -> inhope.read(utf8(xml.replace("NOTE", "a&#xFDD0;b")))).errors())
                .extracting(FieldError::pointer).containsExactly("/note");
        assertThat(catchThrowableOfType(MalformedRequestException.class, () -> inhope.read(utf8(xml.replace("NOTE", "a&#xFFFE;b")))))
                .isNotNull();
    }

    @Provide
    Arbitrary<Map<String, String>> feedback() {
        Arbitrary<String> ids = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-")
                .ofMinLength(1).ofMaxLength(100);
        Arbitrary<String> types = Arbitraries.of(Arrays.stream(FeedbackType.values()).map(Enum::name).toList());
        return Combinators.combine(
                        ArbitrarySubmissions.field(ids), ArbitrarySubmissions.field(types), ArbitrarySubmissions.field(ArbitrarySubmissions.timestamps()),
                        ArbitrarySubmissions.field(UnicodeText.deliverable(100)).injectNull(0.5),
                        ArbitrarySubmissions.field(UnicodeText.deliverable(50)).injectNull(0.3),
                        ArbitrarySubmissions.field(ArbitrarySubmissions.timestamps()).injectNull(0.3),
                        ArbitrarySubmissions.field(multiLineNotes()).injectNull(0.5))
                .as((id, type, occurredAt, receiverReference, caseNumber, removedAt, note) -> {
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("feedbackId", id);
                    fields.put("type", type);
                    fields.put("occurredAt", occurredAt);
                    fields.put("receiverReference", receiverReference);
                    fields.put("caseNumber", caseNumber);
                    fields.put("removedAt", removedAt);
                    fields.put("note", note);
                    return fields;
                })
                .withoutEdgeCases();
    }

    @Provide
    Arbitrary<List<String>> someFields() {
        return Arbitraries.of(List.copyOf(VALID.keySet())).list().uniqueElements().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> refusedInSingleLine() {
        return UnicodeText.forbiddenInSingleLine();
    }

    @Provide
    Arbitrary<String> refusedEverywhere() {
        return UnicodeText.forbiddenEverywhere();
    }

    /** Deliverable text with tabs, CRs and LFs put in anywhere; never blank. */
    @Provide
    Arbitrary<String> multiLineNotes() {
        return Combinators.combine(UnicodeText.deliverable(300), Arbitraries.of("\t", "\n", "\r", "\r\n").list().ofMaxSize(5),
                        Arbitraries.integers().list().ofSize(5))
                .as((text, breaks, positions) -> {
                    String note = "Note: " + text;
                    for (int i = 0; i < breaks.size(); i++) {
                        note = UnicodeText.insert(note, breaks.get(i), positions.get(i));
                    }
                    return note;
                });
    }

    private static Optional<Feedback> read(String json) {
        try {
            return Optional.of(JSON.read(utf8(json)));
        } catch (InvalidFeedbackException refused) {
            return Optional.empty();
        }
    }

    private static String notation(String refused) {
        return String.format("U+%04X", refused.codePointAt(0));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
