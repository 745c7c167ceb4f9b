package be.hotline.gateway.api;

import be.hotline.gateway.report.ReporterContact;
import java.util.LinkedHashMap;
import java.util.Map;

/** The reporter block of case management's read of its own report: the fields the citizen left, as they left them. */
final class ReporterJson {

    private ReporterJson() {
    }

    static Map<String, Object> of(ReporterContact reporter) {
        Map<String, Object> body = new LinkedHashMap<>();
        reporter.name().ifPresent(value -> body.put("name", value));
        reporter.email().ifPresent(value -> body.put("email", value));
        reporter.phone().ifPresent(value -> body.put("phone", value));
        return body;
    }
}
