package be.hotline.gateway.report;

import java.util.List;

/** A submission that parsed but breaks the report's rules; carries every field at fault. */
public class InvalidReportException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidReportException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
