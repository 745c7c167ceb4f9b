package be.hotline.gateway.store;

import java.time.Instant;
import java.util.Objects;

/** Where a page of the case view ended: the last row's sort key, newest first (received_at, then reference). */
public record PagePosition(Instant receivedAt, String reference) {

    public PagePosition {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reference, "reference");
    }
}
