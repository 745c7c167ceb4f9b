package be.hotline.gateway.outbox;

import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.report.ContentItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Puts moved items where they are now before they are rendered: the stored report keeps what the sender said (it is
 * evidence), the last MOVED feedback says where the content went. A moved item carries its new hosting country, and
 * the new IP address and provider when the mover gave them; the old ones (and the old ASN) no longer describe it.
 */
final class CurrentItemLocation {

    /** For reports with no moves at all (and for tests that render without a database). */
    static final CurrentItemLocation NONE = new CurrentItemLocation(reference -> Map.of());

    private final Function<String, Map<Integer, NewLocation>> locations;

    /** @param locations a report's moved items by position (ItemMoveQueries.currentLocations) */
    CurrentItemLocation(Function<String, Map<Integer, NewLocation>> locations) {
        this.locations = locations;
    }

    /** The items at these positions of the report, each where it is now. */
    List<ContentItem> items(String reference, List<Integer> positions, List<ContentItem> stored) {
        Map<Integer, NewLocation> moved = locations.apply(reference);
        return positions.stream().map(position -> Optional.ofNullable(moved.get(position))
                .map(location -> at(stored.get(position), location)).orElse(stored.get(position))).toList();
    }

    private static ContentItem at(ContentItem item, NewLocation location) {
        return new ContentItem(item.url(), item.contentType(), location.hostingIp(), location.hostingCountry(),
                location.hostingProvider(), Optional.empty(), item.firstSeenAt(), item.lastSeenAt(), item.hashes(),
                Optional.empty());
    }
}
