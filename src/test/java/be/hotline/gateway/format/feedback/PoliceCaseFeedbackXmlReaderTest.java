package be.hotline.gateway.format.feedback;

import static be.hotline.gateway.format.feedback.FeedbackSamples.example;
import static be.hotline.gateway.format.feedback.FeedbackSamples.refusal;
import static be.hotline.gateway.format.feedback.FeedbackSamples.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.feedback.Feedback;
import be.hotline.gateway.feedback.FeedbackType;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoliceCaseFeedbackXmlReaderTest {

    private static final String ROOT = "<CaseFeedback xmlns=\"urn:be:police:fccu:case-feedback:1.0\">";

    private final PoliceCaseFeedbackXmlReader reader = PoliceCaseFeedbackXmlReader.fromClasspath();

    @Test
    void readsTheCaseOpenedExample() {
        assertThat(reader.read(utf8(example("feedback-police-case-opened.xml")))).isEqualTo(new Feedback(
                "FCCU-CF-2026-000123", FeedbackType.CASE_OPENED, Instant.parse("2026-11-21T09:05:00Z"),
                Optional.empty(), Optional.of("BR.12.LL.123456/26"), Optional.empty(), Optional.empty()));
    }

    @Test
    void readsTheRemovalWithItsTimeAndRemark() {
        Feedback feedback = reader.read(utf8(example("feedback-police-content-removed.xml")));

        assertThat(feedback.type()).isEqualTo(FeedbackType.CONTENT_REMOVED);
        assertThat(feedback.occurredAt()).isEqualTo(Instant.parse("2026-11-25T08:15:00Z"));
        assertThat(feedback.removedAt()).contains(Instant.parse("2026-11-25T07:40:00Z"));
        assertThat(feedback.note()).isPresent();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // Winter, summer, and both sides of each change of clocks in 2026 (29 March, 25 October).
            "2026-01-15T10:00:00+01:00, 2026-01-15T09:00:00Z",
            "2026-07-01T12:00:00+02:00, 2026-07-01T10:00:00Z",
            "2026-03-29T01:59:00+01:00, 2026-03-29T00:59:00Z",
            "2026-03-29T03:00:00+02:00, 2026-03-29T01:00:00Z",
            // 02:30 happens twice on 25 October; the offset tells which.
            "2026-10-25T02:30:00+02:00, 2026-10-25T00:30:00Z",
            "2026-10-25T02:30:00+01:00, 2026-10-25T01:30:00Z"})
    void brusselsLocalTimeIsTheRightInstantAcrossDst(String local, String utc) {
        Feedback feedback = reader.read(utf8(ROOT + "<FeedbackId>f1</FeedbackId><HotlineReference>HX-1</HotlineReference>"
                + "<CaseStatus>CONTENT_OFFLINE</CaseStatus><StatusDateLocal>" + local + "</StatusDateLocal>"
                + "<RemovalDateLocal>" + local + "</RemovalDateLocal></CaseFeedback>"));

        assertThat(feedback.occurredAt()).isEqualTo(Instant.parse(utc));
        assertThat(feedback.removedAt()).contains(Instant.parse(utc));
    }

    @Test
    void everyStatusMapsToAPoliceFeedbackType() {
        for (var status : be.hotline.gateway.format.feedback.police.xml.CaseStatusCode.values()) {
            FeedbackType type = PoliceCaseStatusCodes.toType(status);
            assertThat(type.allowedFrom(be.hotline.gateway.partner.PartnerKind.POLICE)).as(status.name()).isTrue();
        }
        assertThat(java.util.Arrays.stream(be.hotline.gateway.format.feedback.police.xml.CaseStatusCode.values())
                .map(PoliceCaseStatusCodes::toType).distinct())
                .containsExactlyInAnyOrderElementsOf(FeedbackType.allowedFor(be.hotline.gateway.partner.PartnerKind.POLICE));
    }

    @Test
    void aRemovalNeedsItsTimeNamedAsThePoliceWriteIt() {
        assertThat(refusal(reader, ROOT + "<FeedbackId>f1</FeedbackId><HotlineReference>HX-1</HotlineReference>"
                + "<CaseStatus>CONTENT_OFFLINE</CaseStatus><StatusDateLocal>2026-12-01T09:15:00+01:00</StatusDateLocal></CaseFeedback>"))
                .containsOnlyKeys("/RemovalDateLocal");
    }

    @Test
    void listsEverySchemaViolationWithItsPointer() {
        var errors = refusal(reader, ROOT + "<FeedbackId>has spaces</FeedbackId><HotlineReference>HX-1</HotlineReference>"
                + "<CaseStatus>ARRESTED</CaseStatus><StatusDateLocal>2026-12-01T08:15:00Z</StatusDateLocal>"
                + "<PvNumber>" + "9".repeat(101) + "</PvNumber><Remark>" + "r".repeat(2001) + "</Remark></CaseFeedback>");

        assertThat(errors).containsOnlyKeys("/FeedbackId", "/CaseStatus", "/StatusDateLocal", "/PvNumber", "/Remark");
        assertThat(errors.get("/CaseStatus")).contains("unknown value 'ARRESTED'");
    }

    @Test
    void namesAMissingRequiredElement() {
        assertThat(refusal(reader, ROOT + "<FeedbackId>f1</FeedbackId><HotlineReference>HX-1</HotlineReference>"
                + "<CaseStatus>RECEIVED</CaseStatus></CaseFeedback>"))
                .containsOnlyKeys("/StatusDateLocal");
    }

    @Test
    void namesTheRootItExpects() {
        assertThat(refusal(reader, "<feedback xmlns=\"urn:inhope:exchange:feedback:1.0\"/>"))
                .containsOnlyKeys("").extractingByKey("").asString()
                .startsWith("the root element must be 'CaseFeedback' in namespace urn:be:police:fccu:case-feedback:1.0");
    }

    @Test
    void refusalsAfterReadingUseThePolicesNamesAndStatuses() {
        PoliceCaseFeedbackXmlReader police = PoliceCaseFeedbackXmlReader.fromClasspath();
        assertThat(police.terms().pointer("/removedAt")).isEqualTo("/RemovalDateLocal");
        assertThat(police.terms().pointer("/occurredAt")).isEqualTo("/StatusDateLocal");
        assertThat(police.terms().pointer("/type")).isEqualTo("/CaseStatus");
        assertThat(police.terms().code(be.hotline.gateway.feedback.FeedbackType.CASE_OPENED)).isEqualTo("PV_OPENED");
        // A type the police have no status for (a hotline's) is named as it is.
        assertThat(police.terms().code(be.hotline.gateway.feedback.FeedbackType.CONTENT_NOT_FOUND)).isEqualTo("CONTENT_NOT_FOUND");
    }
}
