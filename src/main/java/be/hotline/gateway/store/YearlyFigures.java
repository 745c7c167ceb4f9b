package be.hotline.gateway.store;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one calendar year in the hotline's time zone, for the whole year and per month. A period's figures
 * are sections (reports, contentUrls, qualified, hosting, outcomes, ...), each a map of key to count, in a fixed
 * order; every figure counts the reports (or content URLs) received in the period.
 */
public record YearlyFigures(int year, ZoneId timeZone, Instant from, Instant to, Map<String, Map<String, Long>> total,
                            List<Month> months) {

    /** @param figures section to key to count, as {@link #total} */
    public record Month(YearMonth month, Instant from, Instant to, Map<String, Map<String, Long>> figures) {
    }

    /** Sections in the order they are shown, each with the keys it always has (zero when nothing was counted). */
    static Map<String, Map<String, Long>> emptySections() {
        Map<String, Map<String, Long>> sections = new LinkedHashMap<>();
        SECTIONS.forEach((section, keys) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            keys.forEach(key -> counts.put(key, 0L));
            sections.put(section, counts);
        });
        return sections;
    }

    private static final List<String> SENDER_KINDS = List.of("INTERNAL", "HOTLINE", "POLICE");
    private static final Map<String, List<String>> SECTIONS = sections();

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("reports", List.of("received"));
        sections.put("reportsBySenderKind", SENDER_KINDS);
        sections.put("reportsByPartner", List.of());
        sections.put("contentUrls", List.of("received", "unique", "duplicates"));
        sections.put("contentUrlsBySenderKind", SENDER_KINDS);
        sections.put("contentUrlsByPartner", List.of());
        sections.put("qualified", List.of("BASELINE", "NATIONAL", "NOT_ILLEGAL"));
        sections.put("hosting", List.of("home", "memberHotline", "orphan"));
        sections.put("contentUrlsByHostingCountry", List.of());
        sections.put("contentUrlsByAssignedCountry", List.of());
        sections.put("outcomes", List.of("removed", "removedWithin1Day", "removedWithin3Days", "removedWithin7Days",
                "caseOpened", "referredToProsecutor", "takedownOrdered", "noFurtherAction", "forwardedToInterpol",
                "unavailable", "notIllegalInHostingCountry", "moved"));
        sections.put("depiction", List.of("REAL_CHILD", "APPEARS_TO_BE_CHILD", "VIRTUAL", "NOT_DETERMINED"));
        return sections;
    }
}
