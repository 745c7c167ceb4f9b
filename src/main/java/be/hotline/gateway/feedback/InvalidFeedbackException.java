package be.hotline.gateway.feedback;

import be.hotline.gateway.report.FieldError;
import be.hotline.gateway.report.InvalidReportException;
import java.util.List;

/** Feedback that parsed but breaks the rules (422); carries every field at fault, as JSON pointers. */
public class InvalidFeedbackException extends InvalidReportException {

    public InvalidFeedbackException(List<FieldError> errors) {
        super(errors);
    }
}
