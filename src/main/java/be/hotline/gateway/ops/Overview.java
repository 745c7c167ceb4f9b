package be.hotline.gateway.ops;

import java.time.Instant;
import java.util.List;

/** GET /ops/api/overview: the gateway at a glance. Field names are the ops API contract. */
public record Overview(Instant generatedAt, List<RouteState> routes, List<PartnerHealth> partners, Outbox outbox,
                       List<CertificateStatus> certificates) {

    /** A route and its Camel status (Started, Stopped, ...). */
    public record RouteState(String id, String status) {
    }

    /** The outbox now. */
    public record Outbox(int due, int inFlight, int dead) {
    }

    /** One partner's delivery health; unhealthy when its circuit is not CLOSED, it has dead deliveries or its last attempt failed. */
    public record PartnerHealth(String id, String name, String kind, boolean healthy, String circuit, Instant lastDeliveredAt,
                                int consecutiveFailures, int pending, int dead, Long oldestPendingAgeSeconds, int ackOverdue) {
    }
}
