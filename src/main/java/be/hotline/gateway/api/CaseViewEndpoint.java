package be.hotline.gateway.api;

import be.hotline.gateway.report.ReportStatus;
import be.hotline.gateway.store.CaseLink;
import be.hotline.gateway.store.DuplicateLinkQueries;
import be.hotline.gateway.store.ItemStatusQueries;
import be.hotline.gateway.store.PagePosition;
import be.hotline.gateway.store.ReportFilter;
import be.hotline.gateway.store.ReportQueries;
import be.hotline.gateway.store.ReportSummary;
import be.hotline.gateway.store.audit.AuditEntry;
import be.hotline.gateway.store.audit.AuditKind;
import be.hotline.gateway.store.audit.AuditTrail;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;

/**
 * GET /api/v1/reports: the internal case view, reports by filter, newest first, a page at a time.
 * The route lets only INTERNAL through. The answer never holds reporter data: ReportQueries does not read it.
 */
public final class CaseViewEndpoint {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final Set<String> PARAMETERS = Set.of("partner", "status", "hostingCountry", "receivedFrom",
            "receivedTo", "ackOverdue", "limit", "cursor");

    private final ReportQueries queries;
    private final ItemStatusQueries itemStatus;
    private final DuplicateLinkQueries duplicates;
    private final AuditTrail audit;
    private final Clock clock;

    public CaseViewEndpoint(ReportQueries queries, ItemStatusQueries itemStatus, DuplicateLinkQueries duplicates,
                            AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.itemStatus = itemStatus;
        this.duplicates = duplicates;
        this.audit = audit;
        this.clock = clock;
    }

    public void list(Exchange exchange) {
        QueryParameters query = QueryParameters.of(exchange, PARAMETERS);
        ReportFilter filter = new ReportFilter(query.text("partner"), query.enumName("status", ReportStatus.class),
                query.country("hostingCountry"), query.instant("receivedFrom"), query.instant("receivedTo"),
                query.bool("ackOverdue"));
        int limit = query.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        PagePosition after = PageCursor.fromQuery(query, "cursor", PageCursor::decode, "next");
        if (filter.receivedFrom() != null && filter.receivedTo() != null && !filter.receivedTo().isAfter(filter.receivedFrom())) {
            query.error("receivedTo", "must be after receivedFrom");
        }
        query.requireValid();

        // One row more than asked tells whether there is a next page without a count query.
        List<ReportSummary> rows = queries.page(filter, after, limit + 1);
        List<ReportSummary> page = rows.subList(0, Math.min(limit, rows.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, List<ItemStatusQueries.ItemStanding>> contentItems =
                itemStatus.ofReports(page.stream().map(ReportSummary::reference).toList());
        Map<String, List<CaseLink>> links = duplicates.linksOf(page.stream().map(ReportSummary::reference).toList());
        body.put("items", page.stream().map(report -> {
            Map<String, Object> item = item(report, contentItems.getOrDefault(report.reference(), List.of()));
            // Absent when none, like removedAt: most reports have no duplicate.
            List<CaseLink> own = links.getOrDefault(report.reference(), List.of());
            if (!own.isEmpty()) {
                item.put("duplicates", own.stream().map(CaseViewEndpoint::link).toList());
            }
            return item;
        }).toList());
        Map<String, String> headers = Map.of();
        if (rows.size() > limit) {
            String next = PageCursor.encode(page.get(page.size() - 1).position());
            body.put("next", next);
            headers = Map.of("Link", "<" + nextLink(filter, limit, next) + ">; rel=\"next\"");
        }
        recordRead(exchange, filter, limit, after, page);
        HttpReply.json(exchange, 200, "application/json", body, headers);
    }

    /** One chain entry per page: who asked, the filter, and which references it showed (hashed). */
    private void recordRead(Exchange exchange, ReportFilter filter, int limit, PagePosition after, List<ReportSummary> page) {
        String partner = PartnerAuthenticator.partnerOf(exchange).id();
        String shown = page.stream().map(ReportSummary::reference).collect(Collectors.joining(","));
        audit.record(AuditEntry.of(AuditKind.REPORT_READ, "CASE_VIEW", page.size() + " reports", partner, clock.instant(),
                partner, nextLink(filter, limit, after == null ? null : PageCursor.encode(after)), shown));
    }

    private static Map<String, Object> item(ReportSummary report, List<ItemStatusQueries.ItemStanding> contentItems) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("reference", report.reference());
        item.put("partner", report.partnerId());
        item.put("partnerReference", report.partnerReference());
        item.put("status", report.status());
        item.put("receivedAt", report.receivedAt().toString());
        item.put("hostingCountries", report.hostingCountries());
        item.put("ackOverdue", report.ackOverdue());
        if (report.removedAt() != null) {
            item.put("removedAt", report.removedAt().toString());
        }
        if (report.takedownSeconds() != null) {
            item.put("takedownSeconds", report.takedownSeconds());
        }
        if (report.signedBy() != null) {
            item.put("signedBy", report.signedBy());
        }
        item.put("contentItems", contentItems.stream().map(standing -> ItemJson.of(standing, true)).toList());
        return item;
    }

    private static Map<String, Object> link(CaseLink link) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index", link.index());
        body.put("direction", link.direction());
        body.put("linkedReference", link.linkedReference());
        body.put("linkedIndex", link.linkedIndex());
        body.put("matchedOn", link.matchedOn());
        return body;
    }

    /** The same query with the next cursor, so a client can follow Link without rebuilding it. */
    private static String nextLink(ReportFilter filter, int limit, String cursor) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("partner", filter.partnerId());
        parameters.put("status", filter.status());
        parameters.put("hostingCountry", filter.hostingCountry());
        parameters.put("receivedFrom", filter.receivedFrom());
        parameters.put("receivedTo", filter.receivedTo());
        parameters.put("ackOverdue", filter.ackOverdue());
        parameters.put("limit", limit);
        parameters.put("cursor", cursor);
        return GatewayPaths.REPORTS + "?" + parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
