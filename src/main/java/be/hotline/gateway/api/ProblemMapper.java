package be.hotline.gateway.api;

import be.hotline.gateway.intake.MalformedRequestException;
import be.hotline.gateway.feedback.InvalidFeedbackException;
import be.hotline.gateway.report.InvalidReportException;
import be.hotline.gateway.reporterdata.UnreadableReporterDataException;
import be.hotline.gateway.store.StoreUnavailableException;
import java.util.List;
import java.util.Map;

/** Which problem answers which failure; the one place that decides status codes for exceptions. */
final class ProblemMapper {

    static final String RETRY_AFTER_SECONDS = "30";

    private ProblemMapper() {
    }

    static ApiProblem toProblem(Throwable failure) {
        if (failure instanceof ApiProblem problem) {
            return problem;
        }
        if (failure instanceof MalformedRequestException) {
            return ApiProblem.of(400, "malformed-request", "Malformed request", failure.getMessage());
        }
        if (failure instanceof InvalidFeedbackException invalid) {
            return new ApiProblem(422, "invalid-feedback", "The feedback is not valid",
                    invalid.errors().size() + " field(s) are invalid; see errors.", invalid.errors(), Map.of());
        }
        if (failure instanceof InvalidReportException invalid) {
            return new ApiProblem(422, "invalid-report", "The report is not valid",
                    invalid.errors().size() + " field(s) are invalid; see errors.", invalid.errors(), Map.of());
        }
        if (failure instanceof StoreUnavailableException) {
            return new ApiProblem(503, "unavailable", "Service unavailable",
                    "The gateway cannot reach its database right now, so this request is not known to be stored: re-send the same request after Retry-After (it is idempotent).",
                    List.of(), Map.of("Retry-After", RETRY_AFTER_SECONDS));
        }
        if (failure instanceof UnreadableReporterDataException unreadable) {
            // The key id is a name, not key material; the operators read the same in the log.
            return ApiProblem.of(500, "internal-error", "Internal error", "The reporter's contact details of this report"
                    + " cannot be decrypted: they are under key '" + unreadable.keyId() + "', which the gateway does not hold"
                    + " or which does not authenticate them. Nothing is answered in their place; the failure is logged.");
        }
        return ApiProblem.of(500, "internal-error", "Internal error",
                "The gateway failed to handle the request; nothing was stored. The failure is logged.");
    }
}
