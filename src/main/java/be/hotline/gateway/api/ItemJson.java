package be.hotline.gateway.api;

import be.hotline.gateway.store.ItemStatusQueries.ItemReceiver;
import be.hotline.gateway.store.ItemStatusQueries.ItemStanding;
import be.hotline.gateway.store.ReceivedDeliveries;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A content item's status as JSON: its index (the position feedback names it by), URL, hosting country, the country
 * that must act on it (they differ for an orphan) and status.
 * Only INTERNAL sees the status per receiver; a sender sees the item's status and reason, never who acted.
 */
final class ItemJson {

    private ItemJson() {
    }

    static Map<String, Object> of(ItemStanding item, boolean perReceiver) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index", item.position());
        body.put("url", item.url());
        body.put("hostingCountry", item.hostingCountry());
        body.put("assignedCountry", item.assignedCountry());
        body.put("status", item.status());
        if (perReceiver) {
            body.put("receivers", item.receivers().stream().map(receiver -> {
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("partner", receiver.partnerId());
                outcome(part, receiver);
                return part;
            }).toList());
        } else {
            // The least advanced receiver's reason, as relays carry it; which receiver it was stays with us.
            item.receivers().stream().filter(receiver -> receiver.status().equals(item.status())).findFirst()
                    .flatMap(ItemReceiver::reason).ifPresent(reason -> body.put("reason", reason));
        }
        return body;
    }

    /** The item as its receiver got it, with where it stands with that receiver (nothing yet: the delivery's status). */
    static Map<String, Object> ofReceiver(ReceivedDeliveries.ReceivedItem item, Optional<ItemReceiver> own) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index", item.position());
        body.put("url", item.url());
        body.put("hostingCountry", item.hostingCountry());
        body.put("assignedCountry", item.assignedCountry());
        own.ifPresent(receiver -> outcome(body, receiver));
        return body;
    }

    private static void outcome(Map<String, Object> body, ItemReceiver receiver) {
        body.put("status", receiver.status());
        receiver.reason().ifPresent(reason -> body.put("reason", reason));
        receiver.removedAt().ifPresent(removed -> body.put("removedAt", removed.toString()));
    }
}
