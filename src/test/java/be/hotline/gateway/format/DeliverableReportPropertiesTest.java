package be.hotline.gateway.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.hotline.gateway.delivery.DeliveryPurpose;
import be.hotline.gateway.delivery.OutboundFormat;
import be.hotline.gateway.delivery.OutboundReport;
import be.hotline.gateway.format.outbound.InhopeXmlFormat;
import be.hotline.gateway.format.outbound.OutboundFormats;
import be.hotline.gateway.format.police.PoliceReferralWriter;
import be.hotline.gateway.intake.CanonicalJson;
import be.hotline.gateway.report.ContentHash;
import be.hotline.gateway.report.ContentItem;
import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.report.ReportSubmission;
import be.hotline.gateway.report.ReportSubmission.AssessmentFields;
import be.hotline.gateway.report.ReportSubmission.HashFields;
import be.hotline.gateway.report.ReportSubmission.Item;
import be.hotline.gateway.report.ReportSubmission.ReporterFields;
import be.hotline.gateway.report.ReportValidator;
import be.hotline.gateway.report.ValidatedReport;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.validation.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every report the validator accepts can be delivered: written in every outbound format for every purpose,
 * each message is valid UTF-8 that its receiver's own parser reads and, for XML, validates against the
 * published schema, with nothing lost on the way. And a character no message can carry, in any text field,
 * is refused with that field named.
 */
class DeliverableReportPropertiesTest {

    private static final ReportValidator VALIDATOR = new ReportValidator(Clock.fixed(ArbitrarySubmissions.NOW, ZoneOffset.UTC));
    private static final OutboundFormats FORMATS = OutboundFormats.fromClasspath();
    private static final Map<String, Schema> PUBLISHED_SCHEMA = Map.of(
            InhopeXmlFormat.NAME, AsReceived.INHOPE_REPORT,
            PoliceReferralWriter.NAME, AsReceived.POLICE_REFERRAL);
    /** A relay is written by a relay format, never by a report format: see DeliverableFeedbackPropertiesTest. */
    private static final Set<DeliveryPurpose> REPORT_PURPOSES = EnumSet.complementOf(EnumSet.of(DeliveryPurpose.FEEDBACK_RELAY));
    /** Every text field of a report by its JSON pointer, each with a valid value. */
    private static final Map<String, String> VALID_TEXT = validText();

    @Property(tries = 300)
    void everyAcceptedReportIsDeliverableInEveryFormatForEveryPurpose(@ForAll("submissions") ReportSubmission submission)
            throws Exception {
        Optional<ValidatedReport> accepted = validated(submission);
        Statistics.label("validator").collect(accepted.isPresent() ? "accepted" : "refused");
        Statistics.label("validator").coverage(checker -> checker.check("accepted").percentage(p -> p >= 15));
        if (accepted.isEmpty()) {
            return;
        }
        for (OutboundFormat format : FORMATS.all()) {
            for (DeliveryPurpose purpose : REPORT_PURPOSES) {
                checkDelivered(format, new OutboundReport("7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347", "HX-7K2M9Q4T8V1N3P6R5W0Y",
                        ArbitrarySubmissions.NOW, "NL", purpose, accepted.get().report()));
            }
        }
    }

    @Property(tries = 300)
    void aRefusedCharacterInAnyTextFieldIsRefusedNamingEachSuchField(
            @ForAll("someTextFields") List<String> pointers, @ForAll("refusedInSingleLine") String refused, @ForAll int where) {
        Map<String, String> values = new LinkedHashMap<>(VALID_TEXT);
        pointers.forEach(pointer -> values.put(pointer, UnicodeText.insert(VALID_TEXT.get(pointer), refused, where)));

        List<FieldError> errors = catchThrowableOfType(InvalidReportException.class, () -> VALIDATOR.validate(submission(values))).errors();

        String fault = "contains " + String.format("U+%04X", refused.codePointAt(0)) + " at character";
        assertThat(errors.stream().filter(error -> error.message().startsWith(fault)).map(FieldError::pointer).toList())
                .containsExactlyInAnyOrderElementsOf(pointers);
    }

    @Property(tries = 200)
    void textEveryFormatCanCarryIsAcceptedAsWritten(@ForAll("deliverable") String provider, @ForAll("deliverable") String name) {
        Map<String, String> values = new LinkedHashMap<>(VALID_TEXT);
        values.put("/contentItems/0/hostingProvider", provider);
        values.put("/reporter/name", name);

        ValidatedReport accepted = VALIDATOR.validate(submission(values));

        assertThat(accepted.report().contentItems().get(0).hostingProvider()).isEqualTo(Optional.of(provider).filter(p -> !p.isBlank()));
        assertThat(accepted.reporter().flatMap(reporter -> reporter.name())).isEqualTo(Optional.of(name).filter(n -> !n.isBlank()));
    }

    @Provide
    Arbitrary<ReportSubmission> submissions() {
        return ArbitrarySubmissions.submissions();
    }

    @Provide
    Arbitrary<List<String>> someTextFields() {
        return Arbitraries.of(List.copyOf(VALID_TEXT.keySet())).list().uniqueElements().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> refusedInSingleLine() {
        return UnicodeText.forbiddenInSingleLine();
    }

    @Provide
    Arbitrary<String> deliverable() {
        return UnicodeText.deliverable(100);
    }

    /** The receiver's view: the message parses as it would parse it, and carries what we accepted. */
    private static void checkDelivered(OutboundFormat format, OutboundReport message) throws Exception {
        if (format.name().equals(PoliceReferralWriter.NAME) && message.purpose() == DeliveryPurpose.HOTLINE_EXCHANGE) {
            // Routing never refers a hotline exchange to the police, and the writer refuses one whatever it holds.
            assertThatThrownBy(() -> format.write(message)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        byte[] body = format.write(message);
        if (format.mediaType().equals("application/json")) {
            AsReceived.strictJson(body);
            assertThat(CanonicalJson.mapper().readValue(body, OutboundReport.class)).isEqualTo(message);
            return;
        }
        assertThat(format.mediaType()).isEqualTo("application/xml");
        assertThat(PUBLISHED_SCHEMA).as("the published schema of " + format.name() + " (add it here)").containsKey(format.name());
        assertThat(AsReceived.validXmlTexts(body, PUBLISHED_SCHEMA.get(format.name()))).containsAll(textsCarried(message));
    }

    /** The texts from the report that every receiver gets, as its XML schema collapses them. */
    private static List<String> textsCarried(OutboundReport message) {
        List<String> texts = new ArrayList<>(List.of(message.reference()));
        for (ContentItem item : message.report().contentItems()) {
            texts.add(AsReceived.collapsed(item.url()));
            item.hostingProvider().map(AsReceived::collapsed).ifPresent(texts::add);
            item.hashes().stream().map(ContentHash::value).forEach(texts::add);
        }
        return texts;
    }

    private static Optional<ValidatedReport> validated(ReportSubmission submission) {
        try {
            return Optional.of(VALIDATOR.validate(submission));
        } catch (InvalidReportException refused) {
            return Optional.empty();
        }
    }

    private static Map<String, String> validText() {
        Map<String, String> valid = new LinkedHashMap<>();
        valid.put("/partnerReference", "NL-2026-004711");
        valid.put("/firstSeenAt", "2026-11-18T09:12:00+01:00");
        valid.put("/contentItems/0/url", "https://images.example.be/gallery/7f3a/img-0042.jpg");
        valid.put("/contentItems/0/contentType", "IMAGE");
        valid.put("/contentItems/0/hostingIp", "192.0.2.45");
        valid.put("/contentItems/0/hostingCountry", "BE");
        valid.put("/contentItems/0/hostingProvider", "Example Hosting BV");
        valid.put("/contentItems/0/asn", "AS64501");
        valid.put("/contentItems/0/firstSeenAt", "2026-11-18T09:12:00+01:00");
        valid.put("/contentItems/0/lastSeenAt", "2026-11-19T14:30:00+01:00");
        valid.put("/contentItems/0/hashes/0/algorithm", "SHA256");
        valid.put("/contentItems/0/hashes/0/value", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        valid.put("/assessment/classification", "BASELINE");
        valid.put("/assessment/depiction", "REAL_CHILD");
        valid.put("/assessment/ageGroup", "PREPUBESCENT");
        valid.put("/assessment/gender", "FEMALE");
        valid.put("/assessment/siteType", "IMAGE_HOST");
        valid.put("/assessment/commerciality", "NON_COMMERCIAL");
        valid.put("/reporter/name", "Jan Peeters");
        valid.put("/reporter/email", "jan.peeters@example.be");
        valid.put("/reporter/phone", "+32 2 555 01 23");
        return valid;
    }

    private static ReportSubmission submission(Map<String, String> text) {
        String item = "/contentItems/0/";
        String hash = item + "hashes/0/";
        return new ReportSubmission(text.get("/partnerReference"), text.get("/firstSeenAt"),
                List.of(new Item(text.get(item + "url"), text.get(item + "contentType"), text.get(item + "hostingIp"),
                        text.get(item + "hostingCountry"), text.get(item + "hostingProvider"), text.get(item + "asn"),
                        text.get(item + "firstSeenAt"), text.get(item + "lastSeenAt"),
                        List.of(new HashFields(text.get(hash + "algorithm"), text.get(hash + "value"))))),
                new AssessmentFields(text.get("/assessment/classification"), text.get("/assessment/depiction"),
                        text.get("/assessment/ageGroup"), text.get("/assessment/gender"), text.get("/assessment/siteType"),
                        text.get("/assessment/commerciality"), false, false),
                new ReporterFields(text.get("/reporter/name"), text.get("/reporter/email"), text.get("/reporter/phone")));
    }
}
