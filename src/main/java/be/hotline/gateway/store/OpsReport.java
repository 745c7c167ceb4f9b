package be.hotline.gateway.store;

import java.time.Instant;
import java.util.List;

/** A report as ops staff see it: its identity, state, deliveries and history. Never content or reporter data. */
public record OpsReport(String reference, String partner, String partnerReference, String status, Instant receivedAt,
                        List<OpsDelivery> deliveries, List<ReportEvent> events) {
}
