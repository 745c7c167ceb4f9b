package be.hotline.gateway.ops.metrics;

import be.hotline.gateway.ops.FollowUpWatch;
import be.hotline.gateway.ops.Overview;
import be.hotline.gateway.ops.OverviewService;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** GET /ops/metrics: the Prometheus text format. The gauges are refreshed first; a database outage keeps the last values. */
public final class MetricsEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(MetricsEndpoint.class);
    private final PrometheusMeterRegistry registry;
    private final OpsGauges gauges;
    private final OverviewService overview;
    private final FollowUpWatch watch;

    public MetricsEndpoint(PrometheusMeterRegistry registry, OpsGauges gauges, OverviewService overview, FollowUpWatch watch) {
        this.registry = registry;
        this.gauges = gauges;
        this.overview = overview;
        this.watch = watch;
    }

    public void scrape(Exchange exchange) {
        try {
            Overview now = overview.overview();
            gauges.update(now);
            gauges.updateWatch(now, watch.silentPartners(), watch.stalledPerPartner());
            gauges.updateMoves(watch.movedTooOftenCount());
        } catch (RuntimeException e) {
            LOG.warn("metrics: outbox figures unavailable, gauges keep their last values: {}", e.getMessage());
        }
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        message.setBody(registry.scrape());
    }
}
