package be.hotline.gateway.store;

import java.time.Instant;
import java.util.List;

/**
 * One row of the internal case view; never reporter data.
 *
 * @param removedAt       null until the content was removed
 * @param takedownSeconds null until the content was removed
 * @param signedBy        the SHA-256 fingerprint of the certificate that signed the push (its X-Message-Signature),
 *                        null when it was not signed
 */
public record ReportSummary(String reference, String partnerId, String partnerReference, String status,
                            Instant receivedAt, List<String> hostingCountries, boolean ackOverdue,
                            Instant removedAt, Long takedownSeconds, String signedBy) {

    public ReportSummary {
        hostingCountries = List.copyOf(hostingCountries);
    }

    public PagePosition position() {
        return new PagePosition(receivedAt, reference);
    }
}
