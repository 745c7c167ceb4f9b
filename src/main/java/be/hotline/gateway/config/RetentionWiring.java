package be.hotline.gateway.config;

import be.hotline.gateway.ops.RetentionEndpoint;
import be.hotline.gateway.ops.metrics.GatewayMetrics;
import be.hotline.gateway.retention.ReportWithoutContent;
import be.hotline.gateway.retention.RetentionRun;
import be.hotline.gateway.retention.RetentionSettings;
import be.hotline.gateway.stats.PublishedFigures;
import be.hotline.gateway.store.ContentPurge;
import be.hotline.gateway.store.OpsAudit;
import be.hotline.gateway.store.ReporterContactPurge;
import be.hotline.gateway.store.Transactions;
import java.time.Clock;
import org.apache.camel.CamelContext;

/** Retention by data class: the run (daily route retention.camel.yaml) and its ops API (gateway retention run). */
final class RetentionWiring {

    private RetentionWiring() {
    }

    static void wire(CamelContext camelContext, GatewaySettings.Reader read, Transactions transactions, PublishedFigures figures,
                     Clock clock) {
        RetentionSettings settings = new RetentionSettings(
                period(read, "gateway.retention.reporter-contact"), period(read, "gateway.retention.reporter-contact-max"),
                period(read, "gateway.retention.content"), read.integer("gateway.retention.batch-size"));
        GatewayMetrics metrics = GatewayMetrics.of(camelContext);
        RetentionRun run = new RetentionRun(settings, new ReporterContactPurge(transactions),
                new ContentPurge(transactions, ReportWithoutContent::of), figures, clock, metrics::retentionPurged);
        camelContext.getRegistry().bind("retentionRun", run);
        camelContext.getRegistry().bind("opsRetention", new RetentionEndpoint(run, new OpsAudit(transactions), clock));
    }

    private static java.time.Period period(GatewaySettings.Reader read, String setting) {
        return RetentionSettings.period(setting, read.text(setting));
    }
}
