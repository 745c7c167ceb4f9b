package be.hotline.gateway.ops.metrics;

import be.hotline.gateway.ops.CertificateStatus;
import be.hotline.gateway.ops.Overview;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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

    private void set(String name, long value, String... tags) {
        String key = name + String.join("|", tags);
        values.computeIfAbsent(key, k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::doubleValue).tags(tags).register(registry);
            return holder;
        }).set(value);
    }
}
