package be.hotline.gateway.ops;

import be.hotline.gateway.report.DeliverableText;
import be.hotline.gateway.store.OpsReport;
import be.hotline.gateway.store.OpsReportQueries;
import be.hotline.gateway.store.audit.AuditEntry;
import be.hotline.gateway.store.audit.AuditKind;
import be.hotline.gateway.store.audit.AuditTrail;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/** GET /ops/api/reports?reference= or ?partnerReference=: state, deliveries and history; never reporter data. */
public final class ReportsEndpoint {

    private final OpsReportQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    public ReportsEndpoint(OpsReportQueries queries, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    public void find(Exchange exchange) {
        String reference = OpsHttp.query(exchange, "reference");
        String partnerReference = OpsHttp.query(exchange, "partnerReference");
        if ((reference == null) == (partnerReference == null)) {
            throw OpsProblem.badRequest("Give exactly one of reference and partnerReference.");
        }
        // No stored reference holds such characters, and PostgreSQL refuses a NUL in a query (a 500, not a miss).
        String searched = reference != null ? reference : partnerReference;
        if (DeliverableText.fault(searched, DeliverableText.Lines.SINGLE).isPresent()) {
            throw OpsProblem.badRequest("A reference holds no control characters.");
        }
        List<OpsReport> reports = reference != null ? queries.byReference(reference) : queries.byPartnerReference(partnerReference);
        String by = reference != null ? "reference" : "partnerReference";
        audit.record(AuditEntry.of(AuditKind.REPORT_READ, "OPS_SEARCH", searched, OpsAuthenticator.userOf(exchange),
                clock.instant(), by, searched, String.join(",", reports.stream().map(OpsReport::reference).toList())));
        OpsHttp.json(exchange, 200, Map.of("items", reports.stream().map(ReportsEndpoint::shape).toList()));
    }

    private static Map<String, Object> shape(OpsReport report) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("reference", report.reference());
        item.put("partner", report.partner());
        item.put("partnerReference", report.partnerReference());
        item.put("status", report.status());
        item.put("receivedAt", report.receivedAt());
        item.put("deliveries", report.deliveries());
        item.put("events", report.events().stream().map(event -> {
            Map<String, Object> shaped = new LinkedHashMap<>();
            shaped.put("at", event.occurredAt());
            shaped.put("type", event.type());
            shaped.put("actor", event.actor());
            shaped.put("detail", event.detail());
            return shaped;
        }).toList());
        return item;
    }
}
