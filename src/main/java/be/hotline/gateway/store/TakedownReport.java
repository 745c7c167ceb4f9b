package be.hotline.gateway.store;

import java.time.Instant;
import java.util.Map;

/**
 * Takedown figures of the reports received in [from, to): in total, per hosting country (a report once under
 * each distinct country of its items) and per receiving partner (a report once per receiver); the same per content URL;
 * and, per outcome type (CONTENT_NOT_FOUND, NOT_ILLEGAL_IN_HOSTING_COUNTRY), how often each reason was given.
 */
public record TakedownReport(Instant from, Instant to, TakedownFigures total,
                             Map<String, TakedownFigures> byHostingCountry, Map<String, TakedownFigures> byPartner,
                             Urls urls, Map<String, Map<String, Long>> reasons) {

    public TakedownReport {
        byHostingCountry = Map.copyOf(byHostingCountry);
        byPartner = Map.copyOf(byPartner);
        reasons = Map.copyOf(reasons);
    }

    /**
     * The same figures counted per content URL (in a TakedownFigures, "reports" reads "URLs"): in total, per hosting
     * country, and per receiver over the items it has reported on.
     */
    public record Urls(TakedownFigures total, Map<String, TakedownFigures> byHostingCountry, Map<String, TakedownFigures> byPartner) {

        public Urls {
            byHostingCountry = Map.copyOf(byHostingCountry);
            byPartner = Map.copyOf(byPartner);
        }
    }
}
