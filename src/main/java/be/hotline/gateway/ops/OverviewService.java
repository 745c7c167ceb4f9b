package be.hotline.gateway.ops;

import be.hotline.gateway.outbox.CircuitBreakers;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.store.OutboxFigures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Puts the overview together: partners' health from their circuit breakers (this node's view: the breaker's
 * failure run also tells whether the last attempt failed) and the outbox counts (all nodes, from the database).
 */
public final class OverviewService {

    private final PartnerDirectory partners;
    private final CircuitBreakers breakers;
    private final OutboxFigures figures;
    private final CertificateExpiry certificates;
    private final Supplier<List<Overview.RouteState>> routes;
    private final Clock clock;

    public OverviewService(PartnerDirectory partners, CircuitBreakers breakers, OutboxFigures figures,
                           CertificateExpiry certificates, Supplier<List<Overview.RouteState>> routes, Clock clock) {
        this.partners = partners;
        this.breakers = breakers;
        this.figures = figures;
        this.certificates = certificates;
        this.routes = routes;
        this.clock = clock;
    }

    public Overview overview() {
        Instant now = clock.instant();
        Map<String, OutboxFigures.PartnerCounts> counts = figures.perPartner();
        List<Overview.PartnerHealth> health = partners.all().stream()
                .map(partner -> health(partner, counts.getOrDefault(partner.id(), OutboxFigures.none()), now)).toList();
        OutboxFigures.Totals totals = figures.totals(now);
        return new Overview(now, routes.get(), health, new Overview.Outbox(totals.due(), totals.inFlight(), totals.dead()),
                certificates.statuses());
    }

    private Overview.PartnerHealth health(Partner partner, OutboxFigures.PartnerCounts counts, Instant now) {
        CircuitBreakers.State circuit = breakers.state(partner.id());
        int failures = breakers.consecutiveFailures(partner.id());
        boolean healthy = circuit == CircuitBreakers.State.CLOSED && counts.dead() == 0 && failures == 0
                && !counts.lastAttemptFailed();
        Long oldestAge = counts.oldestPendingCreatedAt() == null ? null
                : Math.max(0, Duration.between(counts.oldestPendingCreatedAt(), now).toSeconds());
        return new Overview.PartnerHealth(partner.id(), partner.displayName(), partner.kind().name(), healthy, circuit.name(),
                counts.lastDeliveredAt(), failures, counts.pending(), counts.dead(), oldestAge, counts.ackOverdue());
    }
}
