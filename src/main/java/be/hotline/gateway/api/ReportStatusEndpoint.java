package be.hotline.gateway.api;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.store.ReportEvent;
import be.hotline.gateway.store.FollowUp;
import be.hotline.gateway.store.ReportStore;
import be.hotline.gateway.store.StoredReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;

/**
 * GET /api/v1/reports/{reference}: state and history, for the partner that sent the report and for
 * INTERNAL. Anybody else gets 404, never 403, so references cannot be probed.
 */
public final class ReportStatusEndpoint {

    private final ReportStore store;

    public ReportStatusEndpoint(ReportStore store) {
        this.store = store;
    }

    public void read(Exchange exchange) {
        Partner partner = PartnerAuthenticator.partnerOf(exchange);
        String reference = lastPathSegment(exchange);
        StoredReport report = store.find(reference)
                .filter(found -> partner.isInternal() || found.partnerId().equals(partner.id()))
                .orElseThrow(() -> ApiProblem.notFound("No report with reference '" + reference + "' for this partner."));
        HttpReply.json(exchange, 200, "application/json", body(report, store.events(reference), store.followUp(reference),
                partner.isInternal()), Map.of());
    }

    /** From the servlet request itself: a client-sent header or query parameter cannot stand in for it. */
    private static String lastPathSegment(Exchange exchange) {
        String path = exchange.getIn(HttpMessage.class).getRequest().getRequestURI();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The sender sees its report's progress; only INTERNAL sees each receiver's delivery. */
    private static Map<String, Object> body(StoredReport report, List<ReportEvent> events, FollowUp followUp, boolean internal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", report.reference());
        body.put("partnerReference", report.partnerReference());
        body.put("status", report.status());
        body.put("receivedAt", report.receivedAt().toString());
        body.put("ackOverdue", followUp.ackOverdue());
        followUp.removedAt().ifPresent(removed -> body.put("takedown", Map.of("removedAt", removed.toString(),
                "seconds", followUp.takedownSeconds().orElseThrow())));
        if (internal) {
            body.put("deliveries", followUp.receivers().stream().map(ReportStatusEndpoint::receiver).toList());
        }
        body.put("events", events.stream().map(ReportStatusEndpoint::event).toList());
        return body;
    }

    private static Map<String, Object> receiver(FollowUp.Receiver receiver) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partner", receiver.partnerId());
        body.put("status", receiver.status());
        receiver.receiverReference().ifPresent(value -> body.put("receiverReference", value));
        receiver.acknowledgedAt().ifPresent(value -> body.put("acknowledgedAt", value.toString()));
        receiver.ackDueAt().ifPresent(value -> body.put("ackDueAt", value.toString()));
        body.put("ackOverdue", receiver.ackOverdue());
        receiver.furthestFeedback().ifPresent(value -> body.put("furthestFeedback", value));
        return body;
    }

    private static Map<String, Object> event(ReportEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("at", event.occurredAt().toString());
        body.put("type", event.type());
        body.put("actor", event.actor());
        if (event.detail() != null) {
            body.put("detail", event.detail());
        }
        return body;
    }
}
