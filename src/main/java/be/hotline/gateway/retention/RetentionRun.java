package be.hotline.gateway.retention;

import be.hotline.gateway.stats.PublishedFigures;
import be.hotline.gateway.store.ContentPurge;
import be.hotline.gateway.store.ReporterContactPurge;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One retention run (the daily route, {@code gateway retention run}): reporter contacts, then content data, each in
 * bounded batches of one transaction. Before any content of a year goes, that year's figures are frozen (aggregate
 * first). A dry run lists what would go, per data class, counts and references, and changes nothing. Several nodes
 * may run at once: the rows a run purges are locked with SKIP LOCKED, so each goes once. Logs counts, never values.
 */
public final class RetentionRun {

    public static final String REPORTER_CONTACT = "reporter-contact";
    public static final String CONTENT = "content";
    /** At most this many references are listed per data class in an answer. */
    static final int LISTED = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(RetentionRun.class);

    private final RetentionSettings settings;
    private final ReporterContactPurge contacts;
    private final ContentPurge content;
    private final PublishedFigures figures;
    private final Clock clock;
    private final ObjIntConsumer<String> purgedCounter;

    /** @param purgedCounter counts purged rows per data class (a metric) */
    public RetentionRun(RetentionSettings settings, ReporterContactPurge contacts, ContentPurge content, PublishedFigures figures,
                        Clock clock, ObjIntConsumer<String> purgedCounter) {
        this.settings = settings;
        this.contacts = contacts;
        this.content = content;
        this.figures = figures;
        this.clock = clock;
        this.purgedCounter = purgedCounter;
    }

    /** The daily route's entry: a real run. */
    public Map<String, Object> run() throws SQLException {
        return run(false);
    }

    /** What went (or, for a dry run, would go): per data class, the cut-off, the count and the references. */
    public Map<String, Object> run(boolean dryRun) throws SQLException {
        Instant now = clock.instant();
        Instant contactMaxAge = before(now, settings.reporterContactMax());
        Instant closedBefore = before(now, settings.reporterContact());
        Instant contentBefore = before(now, settings.content());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dryRun", dryRun);
        answer.put("at", now.toString());
        List<Map<String, Object>> classes = new ArrayList<>();
        classes.add(dryRun ? contactsDue(contactMaxAge, closedBefore) : purgeContacts(contactMaxAge, closedBefore, now));
        classes.add(dryRun ? contentDue(contentBefore) : purgeContent(contentBefore, now));
        answer.put("dataClasses", classes);
        return answer;
    }

    private Map<String, Object> contactsDue(Instant maxAge, Instant closedBefore) {
        Map<String, Object> section = contactSection(maxAge, closedBefore);
        section.put("count", contacts.countDue(maxAge, closedBefore));
        section.put("references", List.copyOf(contacts.due(maxAge, closedBefore, LISTED).keySet()));
        return section;
    }

    private Map<String, Object> purgeContacts(Instant maxAge, Instant closedBefore, Instant now) throws SQLException {
        Map<String, String> rules = Map.of(
                ReporterContactPurge.AFTER_CLOSING, settings.reporterContact() + " after the report was closed"
                        + " (gateway.retention.reporter-contact)",
                ReporterContactPurge.AFTER_RECEIPT, settings.reporterContactMax() + " after receipt"
                        + " (gateway.retention.reporter-contact-max)");
        List<String> purged = new ArrayList<>();
        while (true) {
            Map<String, String> due = contacts.due(maxAge, closedBefore, settings.batchSize());
            List<String> batch = contacts.purge(due, rules, now);
            // Nothing due, or all of it held by another run (which purges it): done.
            if (batch.isEmpty()) {
                break;
            }
            purged.addAll(batch);
        }
        return purged(contactSection(maxAge, closedBefore), REPORTER_CONTACT, purged);
    }

    private Map<String, Object> contentDue(Instant before) {
        Map<String, Object> section = contentSection(before);
        section.put("count", content.countDue(before));
        section.put("references", content.due(before, LISTED));
        section.put("yearsToFreeze", unfrozenYears(before));
        return section;
    }

    private Map<String, Object> purgeContent(Instant before, Instant now) throws SQLException {
        Map<String, Object> section = contentSection(before);
        List<Integer> frozen = new ArrayList<>();
        for (int year : years(before)) {
            if (figures.freeze(year, now)) {
                frozen.add(year);
            }
        }
        List<String> purged = new ArrayList<>();
        List<String> batch;
        while (!(batch = content.purgeBatch(before, settings.batchSize(), now)).isEmpty()) {
            purged.addAll(batch);
        }
        section.put("yearsFrozen", frozen);
        return purged(section, CONTENT, purged);
    }

    private Map<String, Object> purged(Map<String, Object> section, String dataClass, List<String> references) {
        section.put("count", references.size());
        section.put("references", references.subList(0, Math.min(LISTED, references.size())));
        purgedCounter.accept(dataClass, references.size());
        if (!references.isEmpty()) {
            LOG.info("retention: {} purged for {} reports", dataClass, references.size());
        }
        return section;
    }

    /** The calendar years (the figures' time zone) with reports whose content is due, oldest first. */
    private List<Integer> years(Instant before) {
        Optional<Instant> oldest = content.oldestDue(before);
        List<Integer> years = new ArrayList<>();
        if (oldest.isPresent()) {
            ZoneId zone = figures.timeZone();
            int last = before.minusNanos(1).atZone(zone).getYear();
            for (int year = oldest.get().atZone(zone).getYear(); year <= last; year++) {
                Instant start = Year.of(year).atDay(1).atStartOfDay(zone).toInstant();
                Instant end = Year.of(year + 1).atDay(1).atStartOfDay(zone).toInstant();
                if (content.anyHeld(start, end.isBefore(before) ? end : before)) {
                    years.add(year);
                }
            }
        }
        return years;
    }

    private List<Integer> unfrozenYears(Instant before) {
        return years(before).stream().filter(year -> !figures.isFrozen(year)).toList();
    }

    private Map<String, Object> contactSection(Instant maxAge, Instant closedBefore) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("dataClass", REPORTER_CONTACT);
        section.put("removes", "the reporter's name, e-mail and phone (the whole reporter_contact row)");
        section.put("closedBefore", closedBefore.toString());
        section.put("receivedBefore", maxAge.toString());
        return section;
    }

    private static Map<String, Object> contentSection(Instant before) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("dataClass", CONTENT);
        section.put("removes", "URLs, hashes, hosting IP/provider/ASN, feedback notes");
        section.put("receivedBefore", before.toString());
        return section;
    }

    private static Instant before(Instant now, Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }
}
