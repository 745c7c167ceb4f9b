package be.hotline.gateway.store;

import be.hotline.gateway.delivery.NewDelivery;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.report.ReporterContact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything written in the one transaction that accepts a report. */
public record NewReport(
        StoredReport header,
        String receivedFormat,
        Report report,
        String reportJson,
        Optional<ReporterContact> reporter,
        List<ReportEvent> events,
        List<NewDelivery> deliveries) {
}
