package be.hotline.gateway.feedback;

import java.util.Objects;
import java.util.Optional;

/**
 * One content item a feedback item is about, as the receiver named it: by its index (the item's position in our
 * report, 0-based, as the receiver's status read shows it) or by its URL, exactly as we sent it.
 */
public record ItemRef(Optional<Integer> index, Optional<String> url) {

    public ItemRef {
        Objects.requireNonNull(index);
        Objects.requireNonNull(url);
        if (index.isPresent() == url.isPresent()) {
            throw new IllegalArgumentException("an item is named by its index or by its URL, not both");
        }
    }

    public static ItemRef ofIndex(int index) {
        return new ItemRef(Optional.of(index), Optional.empty());
    }

    public static ItemRef ofUrl(String url) {
        return new ItemRef(Optional.empty(), Optional.of(url));
    }

    @Override
    public String toString() {
        return index.map(String::valueOf).orElseGet(url::get);
    }
}
