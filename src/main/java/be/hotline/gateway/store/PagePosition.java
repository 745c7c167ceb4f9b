package be.hotline.gateway.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a keyset page ended: the last row's sort key, a time and the row's unique key after it (the case view:
 * received_at and the report's reference, newest first; a partner's deliveries: created_at and the message id,
 * oldest first).
 */
public record PagePosition(Instant at, String key) {

    public PagePosition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(key, "key");
    }
}
