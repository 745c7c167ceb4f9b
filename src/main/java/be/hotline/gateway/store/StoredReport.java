package be.hotline.gateway.store;

import java.time.Instant;

/** What the store knows of a report without loading its content. */
public record StoredReport(String reference, String partnerId, String partnerReference, String contentSha256,
                           String status, Instant receivedAt) {
}
