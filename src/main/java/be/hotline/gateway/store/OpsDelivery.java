package be.hotline.gateway.store;

import java.time.Instant;

/** A delivery as ops staff see it: where it stands and how its last attempt ended. Never report content. */
public record OpsDelivery(long id, String reference, String partner, String purpose, String status, int attempts,
                          String lastError, Integer lastStatusCode, Instant lastAttemptAt, Instant dueAt, Instant createdAt) {
}
