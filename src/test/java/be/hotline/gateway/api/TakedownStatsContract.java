package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/stats/takedown against the running gateway over mutual TLS. Removal is set up in the database
 * (report.removed_at, report.takedown_seconds), as the feedback flow will write it; the reports are moved into
 * March 2025 so that no other test's report falls in the range. Runs on H2 and on PostgreSQL.
 */
abstract class TakedownStatsContract extends InternalReadsContract {

    static final String STATS = GatewayPaths.TAKEDOWN_STATS;
    static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2025-04-01T00:00:00Z");
    static final long DAY = Duration.ofDays(1).toSeconds();

    @Test
    void countsTotalsPerHostingCountryAndPerReceiverExactly() throws Exception {
        String oneDay = report(FROM, DAY, "DE");                       // from is inclusive; exactly 1 day is within 1 day
        String justOverOneDay = report(FROM.plusSeconds(60), DAY + 1, "DE");
        String threeDays = report(FROM.plusSeconds(120), 3 * DAY, "FR");   // FR has no hotline: the police receive it
        String sevenDays = report(FROM.plusSeconds(180), 7 * DAY, "FR");
        String overSevenDays = report(FROM.plusSeconds(240), 7 * DAY + 1, "DE", "FR", "DE");
        String notRemoved = report(TO.minusNanos(1000), null, "DE");
        report(TO, 60L, "DE");                                         // to is exclusive
        report(FROM.minusNanos(1000), 60L, "FR");                      // before the range
        // Neither a second delivery to the same receiver nor a relay of feedback to another partner counts again.
        delivery(oneDay, "de-hotline", null);
        delivery(oneDay, "nl-hotline", feedback(oneDay));
        assertThat(List.of(oneDay, justOverOneDay, threeDays, sevenDays, overSevenDays, notRemoved)).doesNotHaveDuplicates();

        JsonNode stats = getJson(internal(), STATS + "?from=" + encoded(FROM) + "&to=" + encoded(TO), 200);

        assertThat(Instant.parse(stats.get("from").asText())).isEqualTo(FROM);
        assertThat(Instant.parse(stats.get("to").asText())).isEqualTo(TO);
        assertFigures(stats.get("total"), 6, 5, 1, 3, 4, "0.1667", "0.5000", "0.6667");
        assertThat(fieldNames(stats.get("byHostingCountry"))).containsExactlyInAnyOrder("DE", "FR");
        assertFigures(stats.at("/byHostingCountry/DE"), 4, 3, 1, 2, 2, "0.2500", "0.5000", "0.5000");
        assertFigures(stats.at("/byHostingCountry/FR"), 3, 3, 0, 1, 2, "0.0000", "0.3333", "0.6667");
        assertThat(fieldNames(stats.get("byPartner"))).containsExactlyInAnyOrder("de-hotline", "police-fccu");
        assertFigures(stats.at("/byPartner/de-hotline"), 4, 3, 1, 2, 2, "0.2500", "0.5000", "0.5000");
        assertFigures(stats.at("/byPartner/police-fccu"), 3, 3, 0, 1, 2, "0.0000", "0.3333", "0.6667");
    }

    @Test
    void aRangeWithoutReportsCountsZeros() throws Exception {
        JsonNode stats = getJson(internal(), STATS + "?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00%2B01:00", 200);

        assertThat(Instant.parse(stats.get("to").asText())).isEqualTo(Instant.parse("2020-01-31T23:00:00Z"));
        assertFigures(stats.get("total"), 0, 0, 0, 0, 0, "0", "0", "0");
        assertThat(stats.get("byHostingCountry").isEmpty()).isTrue();
        assertThat(stats.get("byPartner").isEmpty()).isTrue();
    }

    @Test
    void otherPartnersAreRefusedWith403() throws Exception {
        for (String partner : List.of("nl-hotline", "police-fccu")) {
            assertInternalOnly(partner, STATS + "?from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z");
        }
    }

    @Test
    void everyBadParameterIsNamedInA400() throws Exception {
        assertInvalidQuery(STATS, "from", "to");
        assertInvalidQuery(STATS + "?from=2025-03-01T00:00:00Z", "to");
        assertInvalidQuery(STATS + "?from=2025-03-01&to=2025-04-01T00:00:00Z", "from");
        assertInvalidQuery(STATS + "?from=2025-03-01T00:00:00Z&to=2025-03-01T00:00:00Z", "to");
        assertInvalidQuery(STATS + "?from=2025-03-01T00:00:00Z&to=2025-02-01T00:00:00Z", "to");
        assertInvalidQuery(STATS + "?from=2025-01-01T00:00:00Z&to=2026-01-02T00:00:00.000001Z", "to");
        assertInvalidQuery(STATS + "?from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z&country=DE", "country");
        // 366 days exactly is allowed (a leap year)
        getJson(internal(), STATS + "?from=2024-01-01T00:00:00Z&to=2025-01-01T00:00:00Z", 200);
    }

    /** A report received at {@code receivedAt}, removed after {@code takedownSeconds} (null: not removed). */
    private String report(Instant receivedAt, Long takedownSeconds, String... countries) throws Exception {
        String reference = postInternal(countries);
        receivedAt(reference, receivedAt);
        if (takedownSeconds != null) {
            removed(reference, receivedAt.plusSeconds(takedownSeconds), takedownSeconds);
        }
        return reference;
    }

    private long feedback(String reference) throws Exception {
        String id = "fb-" + UUID.randomUUID();
        update("insert into feedback (reference, partner_id, feedback_id, type, occurred_at, received_at)"
                + " values (?, 'de-hotline', ?, 'REMOVED', ?, ?)", reference, id, FROM, FROM);
        return database().count("select id from feedback where feedback_id = ?", id);
    }

    private void delivery(String reference, String partner, Long feedbackId) throws Exception {
        update("insert into delivery (message_id, reference, partner_id, purpose, format, item_positions, status, attempts,"
                        + " created_at, due_at, feedback_id) values (?, ?, ?, 'TEST', 'JSON', '[]', 'PENDING', 0, ?, ?, ?)",
                UUID.randomUUID().toString(), reference, partner, FROM, FROM, feedbackId);
    }

    private static void assertFigures(JsonNode figures, long reports, long removed, long within1, long within3, long within7,
                                      String share1, String share3, String share7) {
        assertThat(fieldNames(figures)).containsExactlyInAnyOrder("reports", "removed", "removedWithin1Day",
                "removedWithin3Days", "removedWithin7Days", "shareRemovedWithin1Day", "shareRemovedWithin3Days",
                "shareRemovedWithin7Days");
        assertThat(figures.get("reports").asLong()).isEqualTo(reports);
        assertThat(figures.get("removed").asLong()).isEqualTo(removed);
        assertThat(figures.get("removedWithin1Day").asLong()).isEqualTo(within1);
        assertThat(figures.get("removedWithin3Days").asLong()).isEqualTo(within3);
        assertThat(figures.get("removedWithin7Days").asLong()).isEqualTo(within7);
        assertThat(figures.get("shareRemovedWithin1Day").decimalValue()).isEqualByComparingTo(new BigDecimal(share1));
        assertThat(figures.get("shareRemovedWithin3Days").decimalValue()).isEqualByComparingTo(new BigDecimal(share3));
        assertThat(figures.get("shareRemovedWithin7Days").decimalValue()).isEqualByComparingTo(new BigDecimal(share7));
    }
}
