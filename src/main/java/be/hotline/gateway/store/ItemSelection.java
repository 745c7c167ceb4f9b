package be.hotline.gateway.store;

import be.hotline.gateway.feedback.ItemRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which of the items a receiver got a feedback item is about: the items it names, or all of them when it names none. */
public final class ItemSelection {

    private ItemSelection() {
    }

    /** An item named that the receiver never got, with the canonical pointer it was named at (e.g. /items/1). */
    public record Unknown(String pointer, String reason) {
    }

    /** @param positions the report positions the feedback is about @param unknown the items named it never got */
    record Resolved(Set<Integer> positions, List<Unknown> unknown) {
    }

    /** @param received report position to URL, for the items the receiver got */
    static Resolved resolve(List<ItemRef> named, Map<Integer, String> received) {
        if (named.isEmpty()) {
            return new Resolved(new TreeSet<>(received.keySet()), List.of());
        }
        Set<Integer> positions = new TreeSet<>();
        List<Unknown> unknown = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            ItemRef item = named.get(i);
            Optional<Integer> position = item.index().filter(received::containsKey)
                    .or(() -> item.url().flatMap(url -> received.entrySet().stream()
                            .filter(entry -> entry.getValue().equals(url)).map(Map.Entry::getKey).findFirst()));
            if (position.isPresent()) {
                positions.add(position.get());
            } else {
                unknown.add(new Unknown("/items/" + i, (item.index().isPresent() ? "item " + item : "no item with URL " + item)
                        + " was sent to you in this report; you got " + (received.isEmpty() ? "none"
                        : "items " + received.keySet())));
            }
        }
        return new Resolved(positions, unknown);
    }
}
