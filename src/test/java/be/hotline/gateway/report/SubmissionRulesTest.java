package be.hotline.gateway.report;

import static be.hotline.gateway.report.Submissions.aValidSubmission;
import static be.hotline.gateway.report.Validation.pointersFor;
import static be.hotline.gateway.report.Validation.validate;
import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.report.ReportSubmission.AssessmentFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Rules on the report as a whole: its reference, how many items, the assessment and the reporter. */
class SubmissionRulesTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void aMissingPartnerReferenceIsRejected(String reference) {
        assertThat(pointersFor(aValidSubmission().withPartnerReference(reference))).containsExactly("/partnerReference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-NL-1", ".NL", "NL 2026", "NL#1", "Ünter-1", "NL\n1"})
    void aPartnerReferenceOutsideThePatternIsRejected(String reference) {
        assertThat(pointersFor(aValidSubmission().withPartnerReference(reference))).containsExactly("/partnerReference");
    }

    @Test
    void aPartnerReferenceIsAtMost128Characters() {
        assertThat(validate(aValidSubmission().withPartnerReference("N" + "-".repeat(127))).report().partnerReference())
                .hasSize(128);
        assertThat(pointersFor(aValidSubmission().withPartnerReference("N".repeat(129)))).containsExactly("/partnerReference");
    }

    @Test
    void aPartnerReferenceMayUseDotsUnderscoresColonsSlashesAndDashes() {
        assertThat(validate(aValidSubmission().withPartnerReference("nl.2026_11:case/4711-a")).report().partnerReference())
                .isEqualTo("nl.2026_11:case/4711-a");
    }

    @Test
    void aReportWithoutContentItemsIsRejected() {
        assertThat(pointersFor(aValidSubmission().withoutItems())).containsExactly("/contentItems");
        assertThat(pointersFor(aValidSubmission().withItemCount(0))).containsExactly("/contentItems");
    }

    @Test
    void aReportHoldsAtMost500ContentItems() {
        assertThat(validate(aValidSubmission().withItemCount(500)).report().contentItems()).hasSize(500);
        assertThat(pointersFor(aValidSubmission().withItemCount(501))).containsExactly("/contentItems");
    }

    @Test
    void aMissingAssessmentIsRejected() {
        assertThat(pointersFor(aValidSubmission().withAssessment(null))).containsExactly("/assessment");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ILLEGAL", "baseline", "Baseline"})
    void aMissingOrUnknownClassificationIsRejected(String classification) {
        assertThat(pointersFor(aValidSubmission().withClassification(classification)))
                .containsExactly("/assessment/classification");
    }

    @Test
    void anUnknownOptionalCodeIsRejectedRatherThanDefaulted() {
        assertThat(pointersFor(aValidSubmission().withAssessment(new AssessmentFields(
                "BASELINE", "CARTOON", "TODDLER", "OTHER", "DARKNET", "FREE", null, null))))
                .containsExactly("/assessment/depiction", "/assessment/ageGroup", "/assessment/gender",
                        "/assessment/siteType", "/assessment/commerciality");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "jan@example", "jan@@example.org", "jan voorbeeld@example.org", "@example.org"})
    void anInvalidReporterEmailIsRejected(String email) {
        assertThat(pointersFor(aValidSubmission().withReporter("Jan", email, null))).containsExactly("/reporter/email");
    }

    /** The limits of the INHOPE schema's ShortText, Email and Phone, so both formats accept the same reporters. */
    @Test
    void reporterFieldsAreAcceptedUpToTheirLengthLimits() {
        String email = "j".repeat(254 - "@example.org".length()) + "@example.org";

        assertThat(validate(aValidSubmission().withReporter("J".repeat(200), email, "1".repeat(40))).reporter())
                .isPresent();
    }

    @Test
    void reporterFieldsBeyondTheirLengthLimitsAreRejected() {
        String email = "j".repeat(255 - "@example.org".length()) + "@example.org";

        assertThat(pointersFor(aValidSubmission().withReporter("J".repeat(201), email, "1".repeat(41))))
                .containsExactlyInAnyOrder("/reporter/name", "/reporter/email", "/reporter/phone");
    }
}
