package be.hotline.gateway.store;

import java.time.Instant;
import java.util.Set;

/**
 * A content item received before, within the window, that shares a key with an item of the report being accepted.
 *
 * @param position        the new report's item that matched
 * @param matchedOn       {@code URL} or {@code HASH}
 * @param holders         receivers with a delivery of the earlier item that was not cancelled
 */
public record EarlierItem(int position, String matchedOn, String reference, int earlierPosition, Instant receivedAt,
                          Set<String> holders) {

    public EarlierItem {
        holders = Set.copyOf(holders);
    }
}
