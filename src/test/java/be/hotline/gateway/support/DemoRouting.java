package be.hotline.gateway.support;

import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.partner.PartnerRegistryLoader;
import be.hotline.gateway.report.Report;
import be.hotline.gateway.routing.RoutingRules;
import java.nio.file.Path;
import java.time.Clock;

/** The routing rules of the committed demo registry, for format tests that render a report as the gateway sends it. */
public final class DemoRouting {

    private static final RoutingRules RULES = new RoutingRules("BE",
            new PartnerDirectory(new PartnerRegistryLoader().load(Path.of("config/partners.yaml")), Clock.systemUTC()));

    private DemoRouting() {
    }

    /** The report with each item's assigned country set, as OutboundMessages sets it before a format writes it. */
    public static Report assigned(Report report) {
        return new Report(report.partnerReference(), report.firstSeenAt(), report.contentItems().stream()
                .map(item -> item.assignedTo(RULES.assignedCountry(item.hostingCountry()))).toList(),
                report.assessment());
    }
}
