package be.hotline.gateway.report;

import java.util.Optional;

/** The outcome of validation: the report, and apart from it the reporter's contact if given. */
public record ValidatedReport(Report report, Optional<ReporterContact> reporter) {
}
