package be.hotline.gateway.ops.metrics;

import be.hotline.gateway.ops.CertificateStatus;
import be.hotline.gateway.ops.FollowUpWatch;
import be.hotline.gateway.ops.Overview;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges set from an overview just before each scrape (one set of queries per scrape, not one per gauge).
 */
public final class OpsGauges {

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    public OpsGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    public void update(Overview overview) {
        set("hotline.outbox.deliveries", overview.outbox().due(), "state", "due");
        set("hotline.outbox.deliveries", overview.outbox().inFlight(), "state", "in_flight");
        set("hotline.outbox.deliveries", overview.outbox().dead(), "state", "dead");
        set("hotline.ack.overdue.deliveries", overview.partners().stream().mapToInt(Overview.PartnerHealth::ackOverdue).sum());
        for (Overview.PartnerHealth partner : overview.partners()) {
            set("hotline.partner.healthy", partner.healthy() ? 1 : 0, "partner", partner.id());
            set("hotline.partner.circuit.open", "CLOSED".equals(partner.circuit()) ? 0 : 1, "partner", partner.id());
            set("hotline.partner.dead.deliveries", partner.dead(), "partner", partner.id());
            set("hotline.partner.ack.overdue.deliveries", partner.ackOverdue(), "partner", partner.id());
        }
        for (CertificateStatus certificate : overview.certificates()) {
            set("hotline.certificate.days.to.expiry", certificate.daysLeft(), "owner", certificate.owner(),
                    "subject", certificate.subject());
        }
    }

    /**
     * The follow-up watch: silent receivers and stalled deliveries, with a 0 for every partner of the overview that
     * has none, so an alert resolves when a partner speaks again.
     */
    public void updateWatch(Overview overview, List<FollowUpWatch.SilentPartner> silent, Map<String, Integer> stalled) {
        set("hotline.partners.silent", silent.size());
        set("hotline.stalled.deliveries", stalled.values().stream().mapToInt(Integer::intValue).sum());
        for (Overview.PartnerHealth partner : overview.partners()) {
            boolean quiet = silent.stream().anyMatch(s -> s.partner().equals(partner.id()));
            set("hotline.partner.silent", quiet ? 1 : 0, "partner", partner.id());
            set("hotline.partner.stalled.deliveries", stalled.getOrDefault(partner.id(), 0), "partner", partner.id());
        }
    }

    /** Items moved more than gateway.routing.max-moves times and not sent again: each waits for an analyst. */
    public void updateMoves(int movedTooOften) {
        set("hotline.items.moved.too.often", movedTooOften);
    }

    private void set(String name, long value, String... tags) {
        String key = name + String.join("|", tags);
        values.computeIfAbsent(key, k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::doubleValue).tags(tags).register(registry);
            return holder;
        }).set(value);
    }
}
