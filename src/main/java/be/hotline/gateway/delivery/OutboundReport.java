package be.hotline.gateway.delivery;

import be.hotline.gateway.report.Report;
import java.time.Instant;

/**
 * What one delivery tells its receiver: our reference, why it is sent, and the report restricted to
 * the content items this receiver must act on. Built from {@link Report}, which has no reporter
 * field at all, so no outbound format can carry the reporter's identity.
 *
 * @param messageId     stable across re-sends of this delivery, so the receiver can de-duplicate
 * @param reference     our reference of the report (the receiver's "partner reference" for it)
 * @param receivedAt    when the hotline network first had the report (our receipt)
 * @param originCountry country of the party that reported it to us (our home country for INTERNAL)
 * @param report        the report with only this receiver's content items
 */
public record OutboundReport(String messageId, String reference, Instant receivedAt, String originCountry,
                             DeliveryPurpose purpose, Report report) {
}
