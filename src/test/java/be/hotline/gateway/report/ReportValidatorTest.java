package be.hotline.gateway.report;

import static be.hotline.gateway.report.Submissions.SHA256_VALUE;
import static be.hotline.gateway.report.Submissions.aValidItem;
import static be.hotline.gateway.report.Submissions.aValidSubmission;
import static be.hotline.gateway.report.Validation.pointersFor;
import static be.hotline.gateway.report.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.report.ReportSubmission.AssessmentFields;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

    @Test
    void aValidSubmissionBecomesTheDomainReport() {
        ValidatedReport validated = validate(aValidSubmission().withAssessment(new AssessmentFields(
                "NATIONAL", "VIRTUAL", "PUBESCENT", "BOTH", "FORUM", "COMMERCIAL", true, true)));

        assertThat(validated.report()).isEqualTo(new Report(
                "NL-2026-004711",
                Optional.of(Instant.parse("2026-11-18T08:12:00Z")),
                List.of(new ContentItem("https://images.example.be/gallery/7f3a/img-0042.jpg", ContentType.IMAGE,
                        Optional.of("192.0.2.45"), "BE", Optional.of("Example Hosting BV"), Optional.of("AS64501"),
                        Optional.of(Instant.parse("2026-11-18T08:12:00Z")), Optional.of(Instant.parse("2026-11-19T13:30:00Z")),
                        List.of(new ContentHash(HashAlgorithm.SHA256, SHA256_VALUE)), Optional.empty())),
                new Assessment(Classification.NATIONAL, Depiction.VIRTUAL, AgeGroup.PUBESCENT, Gender.BOTH,
                        SiteType.FORUM, Commerciality.COMMERCIAL, true, true)));
        assertThat(validated.reporter()).isEmpty();
    }

    @Test
    void optionalAssessmentCodesLeftOutTakeTheirDefaults() {
        Assessment assessment = validate(aValidSubmission().withAssessment(
                new AssessmentFields("BASELINE", null, "", " ", null, null, null, null))).report().assessment();

        assertThat(assessment).isEqualTo(new Assessment(Classification.BASELINE, Depiction.NOT_DETERMINED,
                AgeGroup.NOT_DETERMINED, Gender.NOT_DETERMINED, SiteType.NOT_APPLICABLE, Commerciality.NOT_DETERMINED,
                false, false));
    }

    @Test
    void optionalItemFieldsLeftBlankAreAbsent() {
        ContentItem item = validate(aValidSubmission().withItems(aValidItem()
                .withHostingIp(" ").withHostingProvider("").withAsn(null).withSeen(null, null).withHashes()))
                .report().contentItems().get(0);

        assertThat(item.hostingIp()).isEmpty();
        assertThat(item.hostingProvider()).isEmpty();
        assertThat(item.asn()).isEmpty();
        assertThat(item.firstSeenAt()).isEmpty();
        assertThat(item.lastSeenAt()).isEmpty();
        assertThat(item.hashes()).isEmpty();
    }

    @Test
    void everyFieldAtFaultIsReportedAtOnce() {
        List<String> pointers = pointersFor(aValidSubmission()
                .withPartnerReference("-bad")
                .withFirstSeenAt("yesterday")
                .withItems(aValidItem().withUrl("ftp://x.example/a"), aValidItem(), aValidItem().withHostingCountry("XX"))
                .withAssessment(new AssessmentFields(null, "CARTOON", null, null, null, null, null, null))
                .withReporter("Jan", "not-an-email", null));

        assertThat(pointers).containsExactlyInAnyOrder("/partnerReference", "/firstSeenAt", "/contentItems/0/url",
                "/contentItems/2/hostingCountry", "/assessment/classification", "/assessment/depiction", "/reporter/email");
    }

    @Test
    void theReporterIsKeptApartWhenAnyFieldIsGiven() {
        ValidatedReport validated = validate(aValidSubmission().withReporter(" ", null, "+32 2 555 01 23"));

        assertThat(validated.reporter()).contains(
                new ReporterContact(Optional.empty(), Optional.empty(), Optional.of("+32 2 555 01 23")));
    }

    @Test
    void aReporterWithOnlyBlankFieldsIsNoReporter() {
        assertThat(validate(aValidSubmission().withReporter("", "  ", null)).reporter()).isEmpty();
    }

    @Test
    void theReporterContactRevealsNothingWhenPrinted() {
        ValidatedReport validated = validate(aValidSubmission()
                .withReporter("Jan Voorbeeld", "jan.voorbeeld@example.org", "+32 2 555 01 23"));

        assertThat(validated.reporter()).isPresent();
        for (String printed : List.of(validated.reporter().get().toString(), validated.toString())) {
            assertThat(printed).doesNotContain("Jan", "Voorbeeld", "jan.voorbeeld", "example.org", "555");
        }
    }
}
