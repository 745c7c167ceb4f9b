package be.hotline.gateway.store;

import java.time.Instant;
import java.util.Map;

/**
 * Takedown figures of the reports received in [from, to): in total, per hosting country (a report once under
 * each distinct country of its items) and per receiving partner (a report once per receiver).
 */
public record TakedownReport(Instant from, Instant to, TakedownFigures total,
                             Map<String, TakedownFigures> byHostingCountry, Map<String, TakedownFigures> byPartner) {

    public TakedownReport {
        byHostingCountry = Map.copyOf(byHostingCountry);
        byPartner = Map.copyOf(byPartner);
    }
}
