package be.hotline.gateway.config;

import be.hotline.gateway.api.YearlyStatsEndpoint;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.stats.PublishedFigures;
import be.hotline.gateway.store.FrozenFiguresRows;
import be.hotline.gateway.store.Transactions;
import be.hotline.gateway.store.YearlyStatistics;
import java.time.Clock;
import java.time.ZoneId;
import org.apache.camel.spi.Registry;

/** The yearly figures: one query class behind the partner API's /api/v1/stats/yearly and the ops console's page. */
final class StatisticsWiring {

    private StatisticsWiring() {
    }

    static PublishedFigures wire(Registry registry, GatewaySettings.Reader read, Transactions transactions, PartnerDirectory partners,
                     String homeCountry, Clock clock) {
        // A partner removed from the registry since keeps its reports in the figures, under an unknown kind.
        YearlyStatistics statistics = new YearlyStatistics(transactions, ZoneId.of(read.text("gateway.stats.time-zone")),
                homeCountry, partner -> partners.byId(partner).map(known -> known.kind().name()).orElse("UNKNOWN"));
        // Once a year's content is purged (retention), its figures come from what was frozen before: one decision.
        PublishedFigures published = new PublishedFigures(statistics, new FrozenFiguresRows(transactions));
        registry.bind("yearlyStatsEndpoint", new YearlyStatsEndpoint(published, clock));
        registry.bind("opsYearlyStats", new be.hotline.gateway.ops.YearlyStatsEndpoint(published, clock));
        return published;
    }
}
