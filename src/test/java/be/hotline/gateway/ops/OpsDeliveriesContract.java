package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The ops API against the real gateway delivering to partner simulators: metrics, partner health, retry and
 * cancel with their events and audit rows. Run on H2 and on PostgreSQL.
 */
abstract class OpsDeliveriesContract extends DeliveryTestSupport {

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        properties.putAll(OpsUsersForTests.properties());
        return properties;
    }

    protected OpsHttpClient ops() {
        return new OpsHttpClient(opsPort, OpsUsersForTests.USER, OpsUsersForTests.PASSWORD);
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = ops().get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private long deliveryId(String reference, String partner) throws Exception {
        return Long.parseLong(deliveryColumn(reference, partner, "id"));
    }

    @Test
    void metricsHaveTheNamedSeriesOnceAReportIsPostedAndDelivered() throws Exception {
        String reference = internalReportHostedIn("NL");
        awaitDelivery(reference, "nl-hotline", "ACKNOWLEDGED", Duration.ofSeconds(20));

        String metrics = ops().get("/ops/metrics").body();
        assertThat(metrics).contains(
                "hotline_reports_received_total{format=\"JSON\",outcome=\"accepted\",partner=\"case-management\"}",
                "hotline_delivery_attempts_total{partner=\"nl-hotline\",result=\"success\"}",
                "hotline_deliveries_total{outcome=\"acknowledged\",partner=\"nl-hotline\"}",
                "hotline_delivery_latency_seconds_bucket{partner=\"nl-hotline\"",
                "hotline_outbox_deliveries{state=\"due\"}", "hotline_outbox_deliveries{state=\"in_flight\"}",
                "hotline_outbox_deliveries{state=\"dead\"}", "hotline_ack_overdue_deliveries",
                "hotline_certificate_days_to_expiry{owner=\"gateway (partner API)\"",
                "hotline_partner_healthy{partner=\"nl-hotline\"}", "jvm_memory_used_bytes", "process_cpu_usage");
        assertThat(metrics).doesNotContain(reference);
    }

    @Test
    void theOverviewShowsAPartnerUnhealthyWhileItsServerFails() throws Exception {
        String reference = internalReportHostedIn("AT"); // nothing listens where at-hotline receives
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode at = null;
        while (System.nanoTime() < deadline) {
            at = partner(getJson("/ops/api/overview"), "at-hotline");
            if (at.get("consecutiveFailures").asInt() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(at.get("healthy").asBoolean()).as(at.toString()).isFalse();
        assertThat(at.get("pending").asInt()).isPositive();
        assertThat(at.get("oldestPendingAgeSeconds").isNumber()).isTrue();
        assertThat(at.get("kind").asText()).isEqualTo("HOTLINE");

        JsonNode overview = getJson("/ops/api/overview");
        assertThat(overview.get("routes").toString()).contains("delivery-dispatch", "Started");
        assertThat(overview.get("outbox").has("due")).isTrue();
        assertThat(overview.get("certificates").toString()).contains("gateway (partner API)", "de-hotline (client CA)");
        assertThat(overview.get("generatedAt").isTextual()).isTrue();
        // cleanup for the other tests: the delivery goes nowhere
        ops().post("/ops/api/deliveries/" + deliveryId(reference, "at-hotline") + "/cancel", "{\"reason\":\"test over\"}");
    }

    @Test
    void aRetriedDeadDeliveryIsDelivered() throws Exception {
        pl.rejectsPermanently(422);
        String reference = internalReportHostedIn("PL");
        awaitDelivery(reference, "pl-hotline", "DEAD", Duration.ofSeconds(20));
        long id = deliveryId(reference, "pl-hotline");
        JsonNode dead = getJson("/ops/api/deliveries?status=DEAD&partner=pl-hotline");
        assertThat(dead.get("items").toString()).contains("\"id\":" + id, "\"lastStatusCode\":422");
        assertThat(partner(getJson("/ops/api/overview"), "pl-hotline").get("healthy").asBoolean()).isFalse();

        pl.succeeds();
        HttpResponse<String> retry = ops().post("/ops/api/deliveries/" + id + "/retry", "{\"reason\":\"PL fixed their schema\"}");
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(json.readTree(retry.body()).get("status").asText()).isEqualTo("PENDING");
        assertThat(json.readTree(retry.body()).get("id").asLong()).isEqualTo(id);
        awaitDelivery(reference, "pl-hotline", "ACKNOWLEDGED", Duration.ofSeconds(20));
        assertThat(Integer.parseInt(deliveryColumn(reference, "pl-hotline", "attempts"))).isEqualTo(2);

        HttpResponse<String> again = ops().post("/ops/api/deliveries/" + id + "/retry", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ops().post("/ops/api/deliveries/987654/retry", "{}").statusCode()).isEqualTo(404);

        JsonNode report = getJson("/ops/api/reports?reference=" + reference).get("items").get(0);
        assertThat(report.get("events").toString()).contains("\"type\":\"OPS_RETRY\"", "\"actor\":\"ops:alice\"",
                "PL fixed their schema");
        assertThat(report.get("deliveries").toString()).contains("pl-hotline");
        assertThat(report.toString()).doesNotContain("reporter", "@");
        assertThat(getJson("/ops/api/audit?limit=50").get("items").toString()).contains("\"action\":\"RETRY\"",
                "\"target\":\"delivery/" + id + "\"", "PL fixed their schema", "\"user\":\"alice\"");
    }

    @Test
    void cancellingNeedsAReasonAndMovesTheReport() throws Exception {
        String reference = internalReportHostedIn("AT");
        long id = deliveryId(reference, "at-hotline");
        assertThat(ops().post("/ops/api/deliveries/" + id + "/cancel", "{}").statusCode()).isEqualTo(422);
        assertThat(ops().post("/ops/api/deliveries/" + id + "/cancel", "{\"reason\":\"  \"}").statusCode()).isEqualTo(422);
        HttpResponse<String> cancel = ops().post("/ops/api/deliveries/" + id + "/cancel",
                "{\"reason\":\"AT hotline closed; sent by e-mail\"}");
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        assertThat(json.readTree(cancel.body()).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(ops().post("/ops/api/deliveries/" + id + "/cancel", "{\"reason\":\"again\"}").statusCode()).isEqualTo(409);
        assertThat(ops().post("/ops/api/deliveries/" + id + "/retry", "{}").statusCode()).isEqualTo(409);

        JsonNode report = getJson("/ops/api/reports?reference=" + reference).get("items").get(0);
        assertThat(report.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(report.get("events").toString()).contains("\"type\":\"OPS_CANCELLED\"", "\"actor\":\"ops:alice\"",
                "AT hotline closed; sent by e-mail", "\"type\":\"STATUS_CHANGED\"");
        String partnerReference = report.get("partnerReference").asText();
        assertThat(getJson("/ops/api/reports?partnerReference=" + partnerReference).get("items").get(0)
                .get("reference").asText()).isEqualTo(reference);
        assertThat(getJson("/ops/api/audit").get("items").toString()).contains("\"action\":\"CANCEL\"");
    }

    @Test
    void deliveriesArePagedNewestFirstWithACursor() throws Exception {
        internalReportHostedIn("NL");
        internalReportHostedIn("NL");
        internalReportHostedIn("NL");
        JsonNode first = getJson("/ops/api/deliveries?partner=nl-hotline&limit=2");
        assertThat(first.get("items")).hasSize(2);
        long newest = first.get("items").get(0).get("id").asLong();
        long second = first.get("items").get(1).get("id").asLong();
        assertThat(newest).isGreaterThan(second);
        JsonNode next = getJson("/ops/api/deliveries?partner=nl-hotline&limit=2&cursor=" + first.get("next").asText());
        assertThat(next.get("items").get(0).get("id").asLong()).isLessThan(second);
        assertThat(ops().get("/ops/api/deliveries?limit=0").statusCode()).isEqualTo(400);
        assertThat(ops().get("/ops/api/deliveries?status=LOST").statusCode()).isEqualTo(400);
        assertThat(ops().get("/ops/api/reports?partnerReference=NL-%00-1").statusCode()).as("NUL, on both databases").isEqualTo(400);
    }

    @Test
    void readinessIsUp() throws Exception {
        JsonNode ready = getJson("/ops/health/ready");
        assertThat(ready.get("status").asText()).isEqualTo("UP");
        assertThat(ready.get("checks").toString()).contains("\"name\":\"database\"", "\"name\":\"routes\"",
                "\"name\":\"outbox\"", "\"name\":\"disk-space\"");
    }

    private static JsonNode partner(JsonNode overview, String id) {
        for (JsonNode partner : overview.get("partners")) {
            if (partner.get("id").asText().equals(id)) {
                return partner;
            }
        }
        throw new AssertionError("no partner " + id + " in " + overview);
    }
}
