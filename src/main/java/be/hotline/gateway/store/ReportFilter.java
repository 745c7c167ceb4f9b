package be.hotline.gateway.store;

import java.time.Instant;

/**
 * What the internal case view asks for; a null field does not filter.
 *
 * @param receivedFrom inclusive
 * @param receivedTo   exclusive
 * @param ackOverdue   true: some delivery of the report is ACK_OVERDUE; false: none is
 */
public record ReportFilter(String partnerId, String status, String hostingCountry, Instant receivedFrom,
                           Instant receivedTo, Boolean ackOverdue) {
}
