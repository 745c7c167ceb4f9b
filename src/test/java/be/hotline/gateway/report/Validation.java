package be.hotline.gateway.report;

import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The validator at a fixed "now", and what it says about a submission. */
final class Validation {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final ReportValidator VALIDATOR = new ReportValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    private Validation() {
    }

    static ValidatedReport validate(ReportSubmission submission) {
        return VALIDATOR.validate(submission);
    }

    static ValidatedReport validate(Submissions.SubmissionBuilder submission) {
        return validate(submission.build());
    }

    static List<FieldError> errorsFor(Submissions.SubmissionBuilder submission) {
        try {
            ValidatedReport accepted = validate(submission);
            return fail("expected the submission to be rejected, but it was accepted as " + accepted.report());
        } catch (InvalidReportException e) {
            return e.errors();
        }
    }

    /** The JSON pointers of every field at fault. */
    static List<String> pointersFor(Submissions.SubmissionBuilder submission) {
        return errorsFor(submission).stream().map(FieldError::pointer).toList();
    }
}
