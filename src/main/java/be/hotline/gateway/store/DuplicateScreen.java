package be.hotline.gateway.store;

import java.time.Instant;
import java.util.List;

/**
 * What intake gives the store to screen a report for duplicates inside the transaction that stores it: the store
 * locks the keys, finds the earlier items, and lets the screen decide what to store given them.
 */
public interface DuplicateScreen {

    /** The keys of each content item, by position. */
    List<List<DuplicateKey>> keysByPosition();

    /** Items received at or after this instant are matched; null: none are (matching off). */
    Instant windowStart();

    /** The report to store (deliveries trimmed, link events added) and its links, given what matched. */
    Screened screen(List<EarlierItem> earlier);

    record Screened(NewReport report, List<DuplicateLink> links) {

        public Screened {
            links = List.copyOf(links);
        }
    }
}
