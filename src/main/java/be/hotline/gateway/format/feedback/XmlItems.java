package be.hotline.gateway.format.feedback;

import java.util.ArrayList;
import java.util.List;

/** An XML format's items element as the list the rules read: the indexes first, then the URLs, as the schemas order them. */
final class XmlItems {

    private XmlItems() {
    }

    /** @return null when the element is absent (every item), so the rules tell absent from empty */
    static List<Object> of(boolean present, List<? extends Number> indexes, List<String> urls) {
        if (!present) {
            return null;
        }
        List<Object> items = new ArrayList<>(indexes);
        items.addAll(urls);
        return items;
    }
}
