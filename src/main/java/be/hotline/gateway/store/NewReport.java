package be.hotline.gateway.store;

import be.hotline.gateway.delivery.NewDelivery;
import be.hotline.gateway.report.MessageSignature;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.ReporterContact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything written in the one transaction that accepts a report.
 *
 * @param assignedCountries by item position, the country that must act on it (RoutingRules#assignedCountry)
 * @param signature         the sender's verified X-Message-Signature, kept as evidence, when it signed
 */
public record NewReport(
        StoredReport header,
        String receivedFormat,
        Report report,
        String reportJson,
        Optional<ReporterContact> reporter,
        List<ReportEvent> events,
        List<NewDelivery> deliveries,
        List<String> assignedCountries,
        Optional<MessageSignature> signature) {

    /** An unsigned push. */
    public NewReport(StoredReport header, String receivedFormat, Report report, String reportJson,
                     Optional<ReporterContact> reporter, List<ReportEvent> events, List<NewDelivery> deliveries,
                     List<String> assignedCountries) {
        this(header, receivedFormat, report, reportJson, reporter, events, deliveries, assignedCountries, Optional.empty());
    }

    public NewReport {
        if (assignedCountries.size() != report.contentItems().size()) {
            throw new IllegalArgumentException("one assigned country per content item");
        }
    }

    public NewReport withEvents(List<ReportEvent> replaced) {
        return new NewReport(header, receivedFormat, report, reportJson, reporter, replaced, deliveries, assignedCountries, signature);
    }
}
