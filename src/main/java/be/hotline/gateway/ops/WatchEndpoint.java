package be.hotline.gateway.ops;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/** GET /ops/api/watch/silent-partners, /ops/api/watch/stalled-reports and /ops/api/watch/moved-too-often. */
public final class WatchEndpoint {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    private final FollowUpWatch watch;
    private final Clock clock;

    public WatchEndpoint(FollowUpWatch watch, Clock clock) {
        this.watch = watch;
        this.clock = clock;
    }

    public void silentPartners(Exchange exchange) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("generatedAt", clock.instant());
        body.put("silentAfter", watch.settings().partnerSilentAfter().toString());
        body.put("items", watch.silentPartners());
        OpsHttp.json(exchange, 200, body);
    }

    public void stalledReports(Exchange exchange) {
        int limit = limit(OpsHttp.query(exchange, "limit"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("generatedAt", clock.instant());
        body.put("stalledAfter", watch.settings().stalledAfter().toString());
        body.put("total", watch.stalledPerPartner().values().stream().mapToInt(Integer::intValue).sum());
        List<FollowUpWatch.StalledReport> items = watch.stalledReports(limit);
        body.put("items", items);
        OpsHttp.json(exchange, 200, body);
    }

    public void movedTooOften(Exchange exchange) {
        int limit = limit(OpsHttp.query(exchange, "limit"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("generatedAt", clock.instant());
        body.put("total", watch.movedTooOftenCount());
        body.put("items", watch.movedTooOften(limit));
        OpsHttp.json(exchange, 200, body);
    }

    private static int limit(String value) {
        return PageLimit.parse(value, DEFAULT_LIMIT, MAX_LIMIT);
    }
}
