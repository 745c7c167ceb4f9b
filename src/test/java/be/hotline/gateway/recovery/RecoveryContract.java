package be.hotline.gateway.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.simulator.ReceivedMessage;
import be.hotline.gateway.store.OpsActions;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Receivers see and recover what was sent to them, and a sender's view carries nothing internal: the real
 * gateway over mutual TLS, delivering to partner simulators. Run on H2 and on PostgreSQL.
 */
abstract class RecoveryContract extends DeliveryTestSupport {

    private static final Duration SOON = Duration.ofSeconds(20);

    @Test
    void aReceiverReadsOnlyWhatItGot() throws Exception {
        de.succeedsWithoutReceipt();
        police.succeeds();
        String reference = internalReportHostedIn("DE", "BE");
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        awaitDelivery(reference, "police-fccu", "ACKNOWLEDGED", SOON);
        String deMessageId = deliveryColumn(reference, "de-hotline", "message_id");
        String policeMessageId = deliveryColumn(reference, "police-fccu", "message_id");
        HttpResponse<String> feedback = demoPartner("de-hotline").post("/api/v1/reports/" + reference + "/feedback",
                "application/json", ("{\"feedbackId\":\"DE-REC-" + UUID.randomUUID() + "\",\"type\":\"ACKNOWLEDGED\","
                        + "\"occurredAt\":\"" + Instant.now().minusSeconds(1) + "\",\"receiverReference\":\"DE-2026-777\","
                        + "\"note\":\"for the BE analysts only\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(feedback.statusCode()).as(feedback.body()).isEqualTo(202);

        HttpResponse<String> response = demoPartner("de-hotline").get("/api/v1/reports/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = json.readTree(response.body());
        assertThat(view.get("reference").asText()).isEqualTo(reference);
        assertThat(view.get("items")).hasSize(1);
        assertThat(view.get("items").get(0).get("url").asText()).isEqualTo("http://board.example.de/thread/88412");
        assertThat(view.get("items").get(0).get("hostingCountry").asText()).isEqualTo("DE");
        JsonNode delivery = view.get("deliveries").get(0);
        assertThat(view.get("deliveries")).hasSize(1);
        assertThat(delivery.get("messageId").asText()).isEqualTo(deMessageId).isEqualTo(messageIdsAt(de, reference).get(0));
        assertThat(delivery.get("purpose").asText()).isEqualTo("HOTLINE_EXCHANGE");
        assertThat(delivery.get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(delivery.get("receiverReference").asText()).isEqualTo("DE-2026-777");
        assertThat(delivery.has("deliveredAt")).isTrue();
        assertThat(delivery.has("acknowledgedAt")).isTrue();
        assertThat(delivery.get("ackOverdue").asBoolean()).isFalse();
        assertThat(view.get("feedback")).hasSize(1);
        assertThat(view.get("feedback").get(0).get("type").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(response.body()).doesNotContain("police-fccu", policeMessageId, "images.example.be", "case-management",
                "CM-", "Example Reporter", "reporter@example.org", "+32 2 555", "for the BE analysts only", "\"events\"",
                "\"status\":\"" + reportStatus(reference) + "\",\"receivedAt\"");
        assertThat(view.has("partnerReference")).isFalse();
        assertThat(view.has("status")).isFalse();

        JsonNode police = json.readTree(demoPartner("police-fccu").get("/api/v1/reports/" + reference).body());
        assertThat(police.get("items")).hasSize(1);
        assertThat(police.get("items").get(0).get("hostingCountry").asText()).isEqualTo("BE");
        assertThat(police.get("deliveries").get(0).get("messageId").asText()).isEqualTo(policeMessageId);
        assertThat(police.get("feedback")).isEmpty();
        assertThat(police.toString()).doesNotContain("de-hotline", deMessageId, "DE-2026-777");

        assertNotFound(demoPartner("nl-hotline").get("/api/v1/reports/" + reference));
        assertNotFound(demoPartner("de-hotline").get("/api/v1/reports/HX-00000000000000000000"));
        JsonNode internal = json.readTree(demoPartner("case-management").get("/api/v1/reports/" + reference).body());
        assertThat(internal.get("deliveries").toString()).contains("de-hotline", "police-fccu");
    }

    @Test
    void aSendersHistoryCarriesNoOperatorWordsInternalIdsOrReceiverIds() throws Exception {
        police.rejectsPermanently(422);
        String reference = nlReportHostedInBelgium();
        awaitDelivery(reference, "police-fccu", "DEAD", SOON);
        long deliveryId = Long.parseLong(deliveryColumn(reference, "police-fccu", "id"));
        String policeMessageId = deliveryColumn(reference, "police-fccu", "message_id");
        police.succeeds();
        OpsActions.Outcome retried = opsActions().retry(deliveryId, "alice", "FCCU fixed their XSD, ticket 4711", Instant.now());
        assertThat(retried).isInstanceOf(OpsActions.Outcome.Done.class);
        awaitDelivery(reference, "police-fccu", "ACKNOWLEDGED", SOON);

        HttpResponse<String> response = demoPartner("nl-hotline").get("/api/v1/reports/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = json.readTree(response.body());
        assertThat(view.has("deliveries")).isFalse();
        JsonNode opsRetry = eventOf(view, "OPS_RETRY").orElseThrow();
        assertThat(opsRetry.get("actor").asText()).isEqualTo("hotline-ops");
        assertThat(opsRetry.get("detail").asText()).isEqualTo("a delivery was queued again by the hotline's operations team");
        assertThat(eventOf(view, "ROUTED").orElseThrow().get("detail").asText()).isEqualTo("DOMESTIC items [0, 1]");
        assertThat(eventOf(view, "DELIVERED").orElseThrow().get("actor").asText()).isEqualTo("receiver");
        assertThat(eventOf(view, "RECEIVED").orElseThrow().get("actor").asText()).isEqualTo("nl-hotline");
        assertThat(response.body()).doesNotContain("FCCU fixed", "ticket 4711", "alice", "ops:", "police-fccu",
                policeMessageId, "delivery " + deliveryId);

        String internal = demoPartner("case-management").get("/api/v1/reports/" + reference).body();
        assertThat(internal).contains("FCCU fixed their XSD, ticket 4711", "police-fccu delivery " + deliveryId, "ops:alice",
                "\"deliveries\"");
    }

    @Test
    void aPartnerListsItsDeliveriesAPageAtATime() throws Exception {
        de.succeeds();
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String reference = internalReportHostedIn("DE");
            awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);
            mine.add(deliveryColumn(reference, "de-hotline", "message_id"));
        }

        List<JsonNode> listed = new ArrayList<>();
        String path = "/api/v1/deliveries?limit=2";
        int pages = 0;
        String last = null;
        while (path != null) {
            HttpResponse<String> page = demoPartner("de-hotline").get(path);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = json.readTree(page.body());
            assertThat(body.get("items").size()).isBetween(1, 2);
            body.get("items").forEach(listed::add);
            last = body.get("last").asText();
            Optional<String> link = page.headers().firstValue("Link");
            if (body.has("next")) {
                assertThat(link).contains("</api/v1/deliveries?limit=2&since="
                        + URLEncoder.encode(body.get("next").asText(), StandardCharsets.UTF_8) + ">; rel=\"next\"");
                path = link.orElseThrow().substring(1, link.orElseThrow().indexOf('>'));
            } else {
                assertThat(link).isEmpty();
                path = null;
            }
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(3);
        List<String> ids = listed.stream().map(item -> item.get("messageId").asText()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsSubsequence(mine)
                .containsAll(de.distinctMessageIds("X-Message-Id"));
        for (int i = 1; i < listed.size(); i++) {
            assertThat(Instant.parse(listed.get(i).get("createdAt").asText()))
                    .isAfterOrEqualTo(Instant.parse(listed.get(i - 1).get("createdAt").asText()));
        }
        JsonNode item = listed.get(ids.indexOf(mine.get(0)));
        assertThat(item.get("purpose").asText()).isEqualTo("HOTLINE_EXCHANGE");
        assertThat(item.get("format").asText()).isEqualTo("INHOPE_XML");
        assertThat(item.get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(item.get("reference").asText()).startsWith("HX-");
        assertThat(item.has("deliveredAt")).isTrue();
        assertThat(item.has("acknowledgedAt")).isTrue();

        JsonNode caughtUp = json.readTree(demoPartner("de-hotline").get("/api/v1/deliveries?since=" + last).body());
        assertThat(caughtUp.get("items")).isEmpty();
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);
        JsonNode news = json.readTree(demoPartner("de-hotline").get("/api/v1/deliveries?since=" + last).body());
        assertThat(news.get("items")).hasSize(1);
        assertThat(news.get("items").get(0).get("reference").asText()).isEqualTo(reference);

        String nlList = demoPartner("nl-hotline").get("/api/v1/deliveries?limit=500").body();
        assertThat(nlList).doesNotContain(mine.toArray(String[]::new));
    }

    @Test
    void aBadCursorOrLimitIsA400NamingTheParameter() throws Exception {
        PartnerClient de = demoPartner("de-hotline");
        assertInvalidQuery(de.get("/api/v1/deliveries?since=not-a-cursor"), "since");
        String caseViewCursor = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "2026-11-21T10:00:00Z HX-00000000000000000000".getBytes(StandardCharsets.UTF_8));
        assertInvalidQuery(de.get("/api/v1/deliveries?since=" + caseViewCursor), "since");
        assertInvalidQuery(de.get("/api/v1/deliveries?limit=0"), "limit");
        assertInvalidQuery(de.get("/api/v1/deliveries?limit=501"), "limit");
        assertInvalidQuery(de.get("/api/v1/deliveries?cursor=x"), "cursor");
    }

    @Test
    void aReceiverGetsItsMessageAgainWithTheSameMessageId() throws Exception {
        de.succeeds();
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);
        String messageId = deliveryColumn(reference, "de-hotline", "message_id");
        assertThat(messagesWithId(de, messageId)).hasSize(1);

        HttpResponse<String> asked = redeliver(demoPartner("de-hotline"), messageId);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        assertThat(json.readTree(asked.body()).get("messageId").asText()).isEqualTo(messageId);
        awaitMessages(messageId, 2);
        List<ReceivedMessage> both = messagesWithId(de, messageId);
        assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);
        assertThat(deliveryColumn(reference, "de-hotline", "acknowledged_at")).isNotNull();
        assertThat(database().count("select count(*) from report_event where reference = ? and event_type = ?",
                reference, "REDELIVERY_REQUESTED")).isEqualTo(1);
        JsonNode internal = json.readTree(demoPartner("case-management").get("/api/v1/reports/" + reference).body());
        assertThat(eventOf(internal, "REDELIVERY_REQUESTED").orElseThrow().get("actor").asText()).isEqualTo("de-hotline");

        assertNotFound(redeliver(demoPartner("nl-hotline"), messageId));
        assertNotFound(redeliver(demoPartner("case-management"), messageId));
        assertNotFound(redeliver(demoPartner("de-hotline"), UUID.randomUUID().toString()));
        assertThat(messagesWithId(de, messageId)).hasSize(2);
    }

    @Test
    void anAcknowledgementSurvivesARefusedReSend() throws Exception {
        de.succeeds();
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);
        String messageId = deliveryColumn(reference, "de-hotline", "message_id");
        String receiverReference = deliveryColumn(reference, "de-hotline", "receiver_reference");
        String acknowledgedAt = deliveryColumn(reference, "de-hotline", "acknowledged_at");
        assertThat(receiverReference).startsWith("DE-");

        de.rejectsPermanently(400);
        assertThat(redeliver(demoPartner("de-hotline"), messageId).statusCode()).isEqualTo(202);
        awaitMessages(messageId, 2);
        awaitDelivery(reference, "de-hotline", "ACKNOWLEDGED", SOON);
        assertThat(attempts(reference, "de-hotline")).hasSize(2).last().asString().startsWith("FAILURE 400");
        assertThat(deliveryColumn(reference, "de-hotline", "receiver_reference")).isEqualTo(receiverReference);
        assertThat(deliveryColumn(reference, "de-hotline", "acknowledged_at")).isEqualTo(acknowledgedAt);
        assertThat(deliveryColumn(reference, "de-hotline", "ack_due_at")).isNull();
        assertThat(reportStatus(reference)).isEqualTo("ACKNOWLEDGED");
        de.succeeds();
    }

    @Test
    void aDeliveredMessageReSentWithoutReceiptGetsANewDeadline() throws Exception {
        de.succeedsWithoutReceipt();
        String reference = internalReportHostedIn("DE");
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        String messageId = deliveryColumn(reference, "de-hotline", "message_id");
        String firstDue = deliveryColumn(reference, "de-hotline", "ack_due_at");

        assertThat(redeliver(demoPartner("de-hotline"), messageId).statusCode()).isEqualTo(202);
        awaitMessages(messageId, 2);
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        assertThat(deliveryColumn(reference, "de-hotline", "acknowledged_at")).isNull();
        assertThat(deliveryColumn(reference, "de-hotline", "ack_due_at")).isNotNull().isNotEqualTo(firstDue);
        JsonNode view = json.readTree(demoPartner("de-hotline").get("/api/v1/reports/" + reference).body());
        assertThat(view.get("deliveries").get(0).get("status").asText()).isEqualTo("DELIVERED");
        assertThat(view.get("deliveries").get(0).has("ackDueAt")).isTrue();
        de.succeeds();
    }

    @Test
    void aQueuedMessageStaysQueuedAndACancelledOneIsNotSentAgain() throws Exception {
        de.unavailableWithRetryAfter("60");
        String reference = internalReportHostedIn("DE");
        awaitAttempt(reference);
        String messageId = deliveryColumn(reference, "de-hotline", "message_id");
        assertThat(redeliver(demoPartner("de-hotline"), messageId).statusCode()).isEqualTo(202);
        assertThat(database().count("select count(*) from report_event where reference = ? and event_type = ?",
                reference, "REDELIVERY_REQUESTED")).as("already queued: nothing to record").isZero();

        long id = Long.parseLong(deliveryColumn(reference, "de-hotline", "id"));
        assertThat(opsActions().cancel(id, "alice", "sent by mail instead", Instant.now())).isInstanceOf(OpsActions.Outcome.Done.class);
        HttpResponse<String> cancelled = redeliver(demoPartner("de-hotline"), messageId);
        assertProblem(cancelled, 409, "delivery-cancelled");
        assertThat(deliveryColumn(reference, "de-hotline", "status")).isEqualTo("CANCELLED");
        de.succeeds();
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** Our case management reports one item per country, in that order. */
    private String internalReportHostedIn(String... countries) throws Exception {
        ObjectNode report = (ObjectNode) json.readTree(Files.readString(Path.of("docs/api/examples/report-internal.json")));
        report.put("partnerReference", "CM-" + UUID.randomUUID());
        ArrayNode items = (ArrayNode) report.get("contentItems");
        ObjectNode template = (ObjectNode) items.get(0);
        items.removeAll();
        for (String country : countries) {
            ObjectNode item = template.deepCopy();
            item.put("hostingCountry", country);
            if (!country.equals("DE")) {
                item.put("url", "https://images.example.be/" + country.toLowerCase() + "/1.jpg");
            }
            items.add(item);
        }
        return post(demoPartner("case-management"), report.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String nlReportHostedInBelgium() throws Exception {
        String report = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                .replace("NL-2026-004711", "NL-REC-" + UUID.randomUUID());
        return post(demoPartner("nl-hotline"), report.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> redeliver(PartnerClient client, String messageId) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + partnerPort + "/api/v1/deliveries/"
                + messageId + "/redeliver")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String reportStatus(String reference) throws Exception {
        return json.readTree(demoPartner("case-management").get("/api/v1/reports/" + reference).body()).get("status").asText();
    }

    private static Optional<JsonNode> eventOf(JsonNode view, String type) {
        for (JsonNode event : view.get("events")) {
            if (event.get("type").asText().equals(type)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    private static List<String> messageIdsAt(be.hotline.gateway.simulator.PartnerSimulator simulator, String reference) {
        return simulator.received().stream().filter(message -> message.header("X-Hotline-Reference").orElse("").equals(reference))
                .map(message -> message.header("X-Message-Id").orElseThrow()).toList();
    }

    private static List<ReceivedMessage> messagesWithId(be.hotline.gateway.simulator.PartnerSimulator simulator, String messageId) {
        return simulator.received().stream().filter(message -> message.header("X-Message-Id").orElse("").equals(messageId)).toList();
    }

    private void awaitMessages(String messageId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (messagesWithId(de, messageId).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(messagesWithId(de, messageId)).hasSize(count);
    }

    private void awaitAttempt(String reference) throws Exception {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (attempts(reference, "de-hotline").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(attempts(reference, "de-hotline")).isNotEmpty();
        assertThat(deliveryColumn(reference, "de-hotline", "status")).isEqualTo("PENDING");
    }

    private void assertNotFound(HttpResponse<String> response) throws Exception {
        assertProblem(response, 404, "not-found");
    }

    private void assertInvalidQuery(HttpResponse<String> response, String parameter) throws Exception {
        assertProblem(response, 400, "invalid-query");
        assertThat(json.readTree(response.body()).get("errors").get(0).get("parameter").asText()).isEqualTo(parameter);
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(value ->
                assertThat(value).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:" + type);
    }
}
