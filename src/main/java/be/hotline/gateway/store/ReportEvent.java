package be.hotline.gateway.store;

import java.time.Instant;

/** One line of a report's append-only history. */
public record ReportEvent(Instant occurredAt, String actor, String type, String detail) {
}
