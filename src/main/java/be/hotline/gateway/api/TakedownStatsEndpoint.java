package be.hotline.gateway.api;

import be.hotline.gateway.store.DuplicateLinkQueries;
import be.hotline.gateway.store.TakedownFigures;
import be.hotline.gateway.store.TakedownReport;
import be.hotline.gateway.store.TakedownStatistics;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.camel.Exchange;

/**
 * GET /api/v1/stats/takedown?from=..&to=..: how fast reported content was removed, for the reports received
 * in [from, to), in total, per hosting country and per receiving partner; the same per content URL; and the reasons
 * given for UNAVAILABLE and NOT_ILLEGAL. The route lets only INTERNAL through.
 */
public final class TakedownStatsEndpoint {

    static final Duration MAX_RANGE = Duration.ofDays(366);
    private static final Set<String> PARAMETERS = Set.of("from", "to");

    private final TakedownStatistics statistics;
    private final DuplicateLinkQueries duplicates;

    public TakedownStatsEndpoint(TakedownStatistics statistics, DuplicateLinkQueries duplicates) {
        this.statistics = statistics;
        this.duplicates = duplicates;
    }

    public void read(Exchange exchange) {
        QueryParameters query = QueryParameters.of(exchange, PARAMETERS);
        Instant from = query.requiredInstant("from");
        Instant to = query.requiredInstant("to");
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                query.error("to", "must be after from");
            } else if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
                query.error("to", "must be at most 366 days after from");
            }
        }
        query.requireValid();
        Map<String, Object> body = body(statistics.between(from, to));
        body.put("contentUrls", urls(duplicates.urlFigures(from, to)));
        HttpReply.json(exchange, 200, "application/json", body, Map.of());
    }

    private static Map<String, Object> body(TakedownReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", report.from().toString());
        body.put("to", report.to().toString());
        body.put("total", figures(report.total(), "reports"));
        body.put("byHostingCountry", grouped(report.byHostingCountry(), "reports"));
        body.put("byPartner", grouped(report.byPartner(), "reports"));
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("total", figures(report.urls().total(), "urls"));
        urls.put("byHostingCountry", grouped(report.urls().byHostingCountry(), "urls"));
        urls.put("byPartner", grouped(report.urls().byPartner(), "urls"));
        body.put("urls", urls);
        body.put("reasons", new TreeMap<>(report.reasons()));
        return body;
    }

    /** Content URLs received in the period, unique after normalisation, and items linked to an earlier one. */
    private static Map<String, Object> urls(DuplicateLinkQueries.UrlFigures figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("received", figures.contentUrls());
        body.put("unique", figures.uniqueUrls());
        body.put("duplicates", figures.duplicates());
        return body;
    }

    /** @param counted what is counted: "reports", or "urls" for the same figures per content URL */
    private static Map<String, Object> grouped(Map<String, TakedownFigures> groups, String counted) {
        Map<String, Object> body = new TreeMap<>();
        groups.forEach((key, figures) -> body.put(key, figures(figures, counted)));
        return body;
    }

    private static Map<String, Object> figures(TakedownFigures figures, String counted) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(counted, figures.reports());
        body.put("removed", figures.removed());
        body.put("removedWithin1Day", figures.removedWithin1Day());
        body.put("removedWithin3Days", figures.removedWithin3Days());
        body.put("removedWithin7Days", figures.removedWithin7Days());
        body.put("shareRemovedWithin1Day", figures.shareOf(figures.removedWithin1Day()));
        body.put("shareRemovedWithin3Days", figures.shareOf(figures.removedWithin3Days()));
        body.put("shareRemovedWithin7Days", figures.shareOf(figures.removedWithin7Days()));
        return body;
    }
}
