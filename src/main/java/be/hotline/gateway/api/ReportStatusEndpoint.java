package be.hotline.gateway.api;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.store.ItemStatusQueries;
import be.hotline.gateway.store.ReceivedDelivery;
import be.hotline.gateway.store.ReceivedDeliveries;
import be.hotline.gateway.store.ReportStore;
import be.hotline.gateway.store.ReporterContacts;
import be.hotline.gateway.store.StoredReport;
import be.hotline.gateway.store.audit.AuditEntry;
import be.hotline.gateway.store.audit.AuditKind;
import be.hotline.gateway.store.audit.AuditTrail;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;

/**
 * GET /api/v1/reports/{reference}: the sender and INTERNAL read its state and history ({@link SenderReportView});
 * a partner a delivery of it was made to (or is due to) reads what it got ({@link ReceiverReportView}). Anybody
 * else gets 404, never 403, so references cannot be probed.
 */
public final class ReportStatusEndpoint {

    private final ReportStore store;
    private final ReceivedDeliveries received;
    private final ItemStatusQueries items;
    private final ReporterContacts reporters;
    private final AuditTrail audit;
    private final Clock clock;

    public ReportStatusEndpoint(ReportStore store, ReceivedDeliveries received, ItemStatusQueries items,
                                ReporterContacts reporters, AuditTrail audit, Clock clock) {
        this.store = store;
        this.received = received;
        this.items = items;
        this.reporters = reporters;
        this.audit = audit;
        this.clock = clock;
    }

    public void read(Exchange exchange) {
        Partner partner = PartnerAuthenticator.partnerOf(exchange);
        String reference = lastPathSegment(exchange);
        Optional<StoredReport> report = store.find(reference);
        Map<String, Object> body;
        String view = "SENDER";
        if (report.isPresent() && (partner.isInternal() || report.get().partnerId().equals(partner.id()))) {
            Map<String, Object> sender = SenderReportView.of(report.get(), store.events(reference), store.followUp(reference),
                    partner, items.ofReport(reference));
            if (isCaseManagementsOwn(report.get(), partner)) {
                reporters.of(reference).ifPresent(reporter -> sender.put("reporter", ReporterJson.of(reporter)));
            }
            body = sender;
        } else {
            List<ReceivedDelivery> deliveries = report.isEmpty() ? List.of() : received.ofReport(reference, partner.id());
            if (deliveries.isEmpty()) {
                throw ApiProblem.notFound("No report with reference '" + reference + "' for this partner.");
            }
            view = "RECEIVER";
            body = ReceiverReportView.of(report.get(), deliveries, received, partner.id(), items.ofReport(reference));
        }
        // Before the answer: a read the chain cannot record is not served.
        audit.record(AuditEntry.of(AuditKind.REPORT_READ, "PARTNER_STATUS_READ", reference, partner.id(), clock.instant(),
                reference, partner.id(), view));
        HttpReply.json(exchange, 200, "application/json", body, Map.of());
    }

    /**
     * The one read that decrypts the reporter: our case management's read of a report it sent itself, so it can tell
     * the citizen the follow-up. INTERNAL reading another partner's report, or any other partner, never gets it.
     */
    private static boolean isCaseManagementsOwn(StoredReport report, Partner reader) {
        return reader.isInternal() && report.partnerId().equals(reader.id());
    }

    /** From the servlet request itself: a client-sent header or query parameter cannot stand in for it. */
    private static String lastPathSegment(Exchange exchange) {
        String path = exchange.getIn(HttpMessage.class).getRequest().getRequestURI();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
