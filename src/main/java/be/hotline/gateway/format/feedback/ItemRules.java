package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.ItemRef;
import be.hotline.gateway.report.DeliverableText.Lines;
import be.hotline.gateway.report.FieldErrors;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The items a feedback item names, by itself: each a non-negative index or an http(s) URL, at most {@link #MAX_ITEMS},
 * none twice. Whether the receiver got them is for whoever applies the feedback: that needs the stored report.
 */
final class ItemRules {

    static final int MAX_ITEMS = 1000;
    private static final int MAX_URL = 2048;

    private ItemRules() {
    }

    /** @param raw null: not given (every item the receiver got); else the values as read */
    static List<ItemRef> items(FieldErrors errors, FieldNames at, List<Object> raw) {
        if (raw == null) {
            return List.of();
        }
        if (raw.isEmpty()) {
            errors.add(at.items(), "must name at least one item; leave it out to mean every item you got");
            return List.of();
        }
        if (raw.size() > MAX_ITEMS) {
            errors.add(at.items(), "names " + raw.size() + " items; at most " + MAX_ITEMS);
            return List.of();
        }
        Set<ItemRef> items = new LinkedHashSet<>();
        List<ItemRef> refs = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String pointer = at.items() + "/" + i;
            ItemRef ref = item(errors, pointer, raw.get(i));
            if (ref != null && !items.add(ref)) {
                errors.add(pointer, "names item " + ref + " a second time");
            } else if (ref != null) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private static ItemRef item(FieldErrors errors, String pointer, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            BigInteger index = new BigInteger(value.toString());
            if (index.signum() < 0 || index.bitLength() > 31) {
                errors.add(pointer, "must be an item index from 0 (the item's position in the report, as your status read shows it)");
                return null;
            }
            return ItemRef.ofIndex(index.intValue());
        }
        if (value instanceof String url) {
            errors.deliverable(pointer, url, Lines.SINGLE);
            if (url.length() > MAX_URL || !(url.startsWith("http://") || url.startsWith("https://"))) {
                errors.add(pointer, "must be an item index or the item's http(s) URL as we sent it, at most " + MAX_URL + " characters");
                return null;
            }
            return ItemRef.ofUrl(url);
        }
        errors.add(pointer, "must be an item index (integer from 0) or the item's URL (string)");
        return null;
    }
}
