package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.support.OffsetClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Silent partners and stalled reports against the real gateway, its real partner API (receivers answer over
 * mutual TLS) and a clock the test moves: the ops API lists them and the metrics count them from the moment the
 * setting has passed, and a receiver's word ends it. Each test has its own receiver (nl: silence, de: stalls), so
 * their clock moves do not disturb each other. Run on H2 and on PostgreSQL.
 */
abstract class FollowUpWatchContract extends DeliveryTestSupport {

    static final Duration SOON = Duration.ofSeconds(20);
    static final Duration SILENT_AFTER = Duration.ofHours(48);
    static final Duration STALLED_AFTER = Duration.ofDays(7);
    /** Margin either side of "exactly": the clock is real time plus an offset, so it moves while the test runs. */
    static final Duration MARGIN = Duration.ofSeconds(3);
    final OffsetClock clock = new OffsetClock();

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        properties.putAll(OpsUsersForTests.properties());
        // The defaults, written out: the test asserts them against the documented values.
        properties.setProperty("gateway.watch.partner-silent-after", "PT48H");
        properties.setProperty("gateway.watch.stalled-after", "P7D");
        return properties;
    }

    private OpsHttpClient ops() {
        return new OpsHttpClient(opsPort, OpsUsersForTests.USER, OpsUsersForTests.PASSWORD);
    }

    @Test
    void aReceiverIsSilentFromTheMomentTheSettingHasPassedAndAnAcknowledgementEndsIt() throws Exception {
        nl.succeedsWithoutReceipt();
        String first = internalReportHostedIn("NL");
        awaitDelivery(first, "nl-hotline", "DELIVERED", SOON);
        String second = internalReportHostedIn("NL");
        awaitDelivery(second, "nl-hotline", "DELIVERED", SOON);
        Instant firstDelivered = instant(first, "nl-hotline", "delivered_at");

        moveClockTo(firstDelivered.plus(SILENT_AFTER).minus(MARGIN));
        assertThat(silent("nl-hotline")).as("just before the setting has passed").isNull();
        assertThat(metric("hotline_partner_silent{partner=\"nl-hotline\"}")).isEqualTo(0.0);

        moveClockTo(firstDelivered.plus(SILENT_AFTER).plus(MARGIN));
        JsonNode silent = silent("nl-hotline");
        assertThat(silent).as("just after the setting has passed").isNotNull();
        assertThat(silent.get("waiting").asInt()).isEqualTo(2);
        assertThat(silent.get("kind").asText()).isEqualTo("HOTLINE");
        assertThat(silent.get("lastHeardAt").isNull()).isTrue();
        assertThat(Instant.parse(silent.get("oldestWaitingSince").asText())).isEqualTo(firstDelivered);
        assertThat(Instant.parse(silent.get("silentSince").asText())).isEqualTo(firstDelivered);
        assertThat(metric("hotline_partner_silent{partner=\"nl-hotline\"}")).isEqualTo(1.0);
        assertThat(metric("hotline_partners_silent")).isGreaterThanOrEqualTo(1.0);
        assertThat(metric("hotline_partner_silent{partner=\"it-hotline\"}")).as("no deliveries, never silent").isEqualTo(0.0);

        // NL acknowledges one report: it has spoken, though the other still waits.
        Instant spoke = clock.instant();
        assertThat(postFeedback("nl-hotline", first, "ACKNOWLEDGED", spoke, null).statusCode()).isEqualTo(202);
        assertThat(silent("nl-hotline")).as("after its acknowledgement").isNull();
        assertThat(metric("hotline_partner_silent{partner=\"nl-hotline\"}")).isEqualTo(0.0);

        // And falls silent again once the setting has passed since it last spoke.
        Instant heard = instant(first, "nl-hotline", "acknowledged_at");
        moveClockTo(heard.plus(SILENT_AFTER).minus(MARGIN));
        assertThat(silent("nl-hotline")).isNull();
        moveClockTo(heard.plus(SILENT_AFTER).plus(MARGIN));
        JsonNode again = silent("nl-hotline");
        assertThat(again).isNotNull();
        assertThat(again.get("waiting").asInt()).isEqualTo(1);
        assertThat(Instant.parse(again.get("lastHeardAt").asText())).isEqualTo(heard);
        assertThat(Instant.parse(again.get("silentSince").asText())).isEqualTo(heard);

        JsonNode list = getJson("/ops/api/watch/silent-partners");
        assertThat(list.get("silentAfter").asText()).isEqualTo("PT48H");
        assertThat(list.toString()).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void anAcknowledgedReportStallsWithoutAnOutcomeAndAnOutcomeEndsIt() throws Exception {
        de.succeeds(); // the 2xx answer carries DE's reference: acknowledged at delivery
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);
        Instant acknowledged = instant(reference, "de-hotline", "acknowledged_at");

        moveClockTo(acknowledged.plus(STALLED_AFTER).minus(MARGIN));
        assertThat(stalled(reference)).as("just before the setting has passed").isNull();
        // Action is no outcome: the report still stalls once the setting has passed.
        assertThat(postFeedback("de-hotline", reference, "FORWARDED_TO_LAW_ENFORCEMENT", clock.instant(), null).statusCode())
                .isEqualTo(202);

        moveClockTo(acknowledged.plus(STALLED_AFTER).plus(MARGIN));
        JsonNode stalled = stalled(reference);
        assertThat(stalled).as("just after the setting has passed").isNotNull();
        assertThat(stalled.get("partner").asText()).isEqualTo("de-hotline");
        assertThat(stalled.get("furthestFeedback").asText()).isEqualTo("FORWARDED_TO_LAW_ENFORCEMENT");
        assertThat(Instant.parse(stalled.get("acknowledgedAt").asText())).isEqualTo(acknowledged);
        assertThat(Instant.parse(stalled.get("stalledSince").asText())).isEqualTo(acknowledged.plus(STALLED_AFTER));
        assertThat(metric("hotline_partner_stalled_deliveries{partner=\"de-hotline\"}")).isEqualTo(1.0);
        assertThat(metric("hotline_stalled_deliveries")).isGreaterThanOrEqualTo(1.0);
        JsonNode list = getJson("/ops/api/watch/stalled-reports");
        assertThat(list.get("stalledAfter").asText()).isEqualTo("PT168H"); // Duration's own ISO-8601 form of P7D
        assertThat(list.get("total").asInt()).isGreaterThanOrEqualTo(1);

        Instant now = clock.instant();
        assertThat(postFeedback("de-hotline", reference, "CONTENT_REMOVED", now, now.minusSeconds(60)).statusCode()).isEqualTo(202);
        assertThat(stalled(reference)).as("after an outcome").isNull();
        assertThat(metric("hotline_partner_stalled_deliveries{partner=\"de-hotline\"}")).isEqualTo(0.0);
    }

    @Test
    void theStalledListIsOldestFirstAndItsLimitIsChecked() throws Exception {
        assertThat(ops().get("/ops/api/watch/stalled-reports?limit=0").statusCode()).isEqualTo(400);
        assertThat(ops().get("/ops/api/watch/stalled-reports?limit=201").statusCode()).isEqualTo(400);
        HttpResponse<String> bad = ops().get("/ops/api/watch/stalled-reports?limit=many");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(ops().anonymous().get("/ops/api/watch/silent-partners").statusCode()).isEqualTo(401);
        assertThat(ops().anonymous().get("/ops/api/watch/stalled-reports").statusCode()).isEqualTo(401);

        it.succeeds();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            references.add(internalReportHostedIn("IT"));
            awaitDelivery(references.get(i), "it-hotline", "ACKNOWLEDGED", SOON);
        }
        moveClockTo(instant(references.get(2), "it-hotline", "acknowledged_at").plus(STALLED_AFTER).plus(MARGIN));
        JsonNode page = getJson("/ops/api/watch/stalled-reports?limit=200");
        List<String> order = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (references.contains(item.get("reference").asText())) {
                order.add(item.get("reference").asText());
            }
        });
        assertThat(order).containsExactlyElementsOf(references);
        JsonNode one = getJson("/ops/api/watch/stalled-reports?limit=1");
        assertThat(one.get("items")).hasSize(1);
        assertThat(one.get("total").asInt()).isGreaterThanOrEqualTo(3);
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private JsonNode silent(String partner) throws Exception {
        for (JsonNode item : getJson("/ops/api/watch/silent-partners").get("items")) {
            if (item.get("partner").asText().equals(partner)) {
                return item;
            }
        }
        return null;
    }

    private JsonNode stalled(String reference) throws Exception {
        for (JsonNode item : getJson("/ops/api/watch/stalled-reports?limit=200").get("items")) {
            if (item.get("reference").asText().equals(reference)) {
                return item;
            }
        }
        return null;
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = ops().get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The value of one series in the Prometheus text, or fails when it is absent. */
    private double metric(String series) throws Exception {
        String text = ops().get("/ops/metrics").body();
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        throw new AssertionError("no series " + series + " in the metrics");
    }

    private HttpResponse<String> postFeedback(String partner, String reference, String type, Instant occurredAt, Instant removedAt)
            throws Exception {
        ObjectNode body = json.createObjectNode().put("feedbackId", partner + "-" + UUID.randomUUID()).put("type", type)
                .put("occurredAt", occurredAt.toString());
        if (removedAt != null) {
            body.put("removedAt", removedAt.toString());
        }
        HttpResponse<String> response = demoPartner(partner).post("/api/v1/reports/" + reference + "/feedback", "application/json",
                body.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
        return response;
    }

    private Instant instant(String reference, String partner, String column) throws Exception {
        try (var connection = database().connect(); var statement = connection.prepareStatement(
                "select " + column + " from delivery where reference = ? and partner_id = ?")) {
            statement.setString(1, reference);
            statement.setString(2, partner);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }
}
