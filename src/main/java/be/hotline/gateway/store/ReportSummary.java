package be.hotline.gateway.store;

import java.time.Instant;
import java.util.List;

/**
 * One row of the internal case view; never reporter data.
 *
 * @param removedAt       null until the content was removed
 * @param takedownSeconds null until the content was removed
 */
public record ReportSummary(String reference, String partnerId, String partnerReference, String status,
                            Instant receivedAt, List<String> hostingCountries, boolean ackOverdue,
                            Instant removedAt, Long takedownSeconds) {

    public ReportSummary {
        hostingCountries = List.copyOf(hostingCountries);
    }

    public PagePosition position() {
        return new PagePosition(receivedAt, reference);
    }
}
