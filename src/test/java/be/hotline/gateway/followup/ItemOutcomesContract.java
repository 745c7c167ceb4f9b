package be.hotline.gateway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.simulator.ReceivedMessage;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, items 3 and 5, over real mutual TLS: feedback about some items of a report (by index, by URL), the
 * report following its least advanced item, items the receiver never got refused, the reasons for UNAVAILABLE
 * and NOT_ILLEGAL kept, shown and counted, relays naming their items, and the feedback examples of before
 * (no items, no reason) applying to the whole report. Runs on H2 and on PostgreSQL.
 */
abstract class ItemOutcomesContract extends FollowUpTestSupport {

    static final Duration SOON = Duration.ofSeconds(15);
    static final String PLACEHOLDER = "HX-XXXXXXXXXXXXXXXXXXXX";
    static final Path EXAMPLES = Path.of("docs/api/examples");
    static final List<String> URLS = List.of("http://board.example.de/thread/88412", "https://img.example.de/a/1.jpg",
            "https://img.example.de/a/2.jpg");

    @Test
    void feedbackByIndexAndByUrlMovesThoseItemsOnlyAndTheReportFollowsItsLeastAdvancedItem() throws Exception {
        JsonNode before = takedownStats();
        String reference = threeItemReportDeliveredToDe();
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

        assertThat(postDe(reference, item("ACKNOWLEDGED", t)).statusCode()).isEqualTo(202);
        // The report has no firstSeenAt: its takedown clock starts at our receipt, and this removal is a second after it.
        Instant removedAt = clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        assertThat(postDe(reference, item("CONTENT_REMOVED", t.plusSeconds(60)).put("removedAt", removedAt.toString())
                .set("items", json.createArrayNode().add(0))).statusCode()).isEqualTo(202);
        // Items 1 and 2 are only acknowledged: the report stands where they stand.
        assertThat(readReport(reference).get("status").asText()).isEqualTo("ACKNOWLEDGED");

        JsonNode notFound = item("CONTENT_NOT_FOUND", t.plusSeconds(120)).put("reason", "SITE_DOWN_OR_404")
                .set("items", json.createArrayNode().add(URLS.get(1)));
        assertThat(postDe(reference, notFound).statusCode()).isEqualTo(202);
        // The same item again, naming the same item by its index now: applied before, nothing changes.
        ObjectNode byIndex = notFound.deepCopy();
        byIndex.set("items", json.createArrayNode().add(1));
        assertThat(postDe(reference, byIndex).statusCode()).isEqualTo(200);
        // The same id about another item is another item: refused.
        ObjectNode otherItem = notFound.deepCopy();
        otherItem.set("items", json.createArrayNode().add(2));
        assertProblem(postDe(reference, otherItem), 409, "feedback-id-reused");
        assertThat(readReport(reference).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(postDe(reference, item("NOTICE_SENT_TO_HOSTING_PROVIDER", t.plusSeconds(150))
                .set("items", json.createArrayNode().add(2))).statusCode()).isEqualTo(202);
        assertThat(readReport(reference).get("status").asText()).isEqualTo("NOTICE_SENT_TO_HOSTING_PROVIDER");
        assertThat(postDe(reference, item("NOT_ILLEGAL_IN_HOSTING_COUNTRY", t.plusSeconds(180)).put("reason", "ADULT")
                .set("items", json.createArrayNode().add(2))).statusCode()).isEqualTo(202);
        // Every item has an outcome now; the report reads its lowest item's.
        assertThat(readReport(reference).get("status").asText()).isEqualTo("CONTENT_REMOVED");

        JsonNode internal = readReport(reference);
        assertThat(statuses(internal.get("items"))).containsExactly(Map.entry(0, "CONTENT_REMOVED"),
                Map.entry(1, "CONTENT_NOT_FOUND"), Map.entry(2, "NOT_ILLEGAL_IN_HOSTING_COUNTRY"));
        assertThat(internal.at("/items/1/url").asText()).isEqualTo(URLS.get(1));
        assertThat(internal.at("/items/1/receivers/0/partner").asText()).isEqualTo("de-hotline");
        assertThat(internal.at("/items/1/receivers/0/reason").asText()).isEqualTo("SITE_DOWN_OR_404");
        assertThat(internal.at("/items/2/receivers/0/reason").asText()).isEqualTo("ADULT");
        assertThat(internal.at("/items/0/receivers/0/removedAt").asText()).isEqualTo(removedAt.toString());

        JsonNode asReceiver = json.readTree(demoPartner("de-hotline").get("/api/v1/reports/" + reference).body());
        assertThat(statuses(asReceiver.get("items"))).containsExactly(Map.entry(0, "CONTENT_REMOVED"),
                Map.entry(1, "CONTENT_NOT_FOUND"), Map.entry(2, "NOT_ILLEGAL_IN_HOSTING_COUNTRY"));
        assertThat(asReceiver.at("/items/2/reason").asText()).isEqualTo("ADULT");
        assertThat(asReceiver.get("feedback").findValues("items")).extracting(JsonNode::toString)
                .contains("[0]", "[1]", "[2]", "[0,1,2]");

        JsonNode page = json.readTree(demoPartner("case-management").get("/api/v1/reports?partner=case-management&limit=200").body());
        JsonNode row = null;
        for (JsonNode candidate : page.get("items")) {
            if (candidate.get("reference").asText().equals(reference)) {
                row = candidate;
            }
        }
        assertThat(row).as("the report in the case view").isNotNull();
        assertThat(statuses(row.get("contentItems"))).containsExactly(Map.entry(0, "CONTENT_REMOVED"),
                Map.entry(1, "CONTENT_NOT_FOUND"), Map.entry(2, "NOT_ILLEGAL_IN_HOSTING_COUNTRY"));

        // Other tests share the database: what this report added.
        JsonNode stats = takedownStats();
        assertThat(added(before, stats, "/total/reports")).isEqualTo(1);
        assertThat(added(before, stats, "/total/removed")).isEqualTo(1);
        assertThat(added(before, stats, "/urls/total/urls")).isEqualTo(3);
        assertThat(added(before, stats, "/urls/total/removed")).isEqualTo(1);
        assertThat(added(before, stats, "/urls/total/removedWithin1Day")).isEqualTo(1);
        assertThat(added(before, stats, "/urls/byHostingCountry/DE/urls")).isEqualTo(3);
        assertThat(added(before, stats, "/urls/byPartner/de-hotline/urls")).isEqualTo(3);
        assertThat(added(before, stats, "/reasons/CONTENT_NOT_FOUND/SITE_DOWN_OR_404")).isEqualTo(1);
        assertThat(added(before, stats, "/reasons/NOT_ILLEGAL_IN_HOSTING_COUNTRY/ADULT")).isEqualTo(1);
        assertThat(itemRows(reference)).isEqualTo(3);
    }

    @Test
    void theFeedbackExamplesOfBeforeApplyToEveryItemAndAMissingReasonIsOther() throws Exception {
        JsonNode before = takedownStats();
        String reference = threeItemReportDeliveredToDe();
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String unchanged = Files.readString(EXAMPLES.resolve("feedback-de-acknowledged.json"));
        ObjectNode acknowledged = (ObjectNode) json.readTree(unchanged);
        acknowledged.put("occurredAt", t.minusSeconds(100).toString());
        assertThat(postDe(reference, acknowledged).statusCode()).isEqualTo(202);
        assertThat(statuses(readReport(reference).get("items")).values()).containsOnly("ACKNOWLEDGED");

        String notFound = Files.readString(EXAMPLES.resolve("feedback-de-content-not-found.xml")).replace(PLACEHOLDER, reference)
                .replace("2026-11-22T10:30:00Z", t.minusSeconds(50).toString());
        HttpResponse<String> answer = postFeedback(demoPartner("de-hotline"), reference, "application/xml", notFound);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);

        JsonNode report = readReport(reference);
        assertThat(report.get("status").asText()).isEqualTo("CONTENT_NOT_FOUND");
        assertThat(statuses(report.get("items")).values()).containsOnly("CONTENT_NOT_FOUND");
        for (JsonNode item : report.get("items")) {
            assertThat(item.at("/receivers/0/reason").asText()).isEqualTo("OTHER");
        }
        assertThat(column("select reason from feedback where reference = '" + reference + "' and type = 'CONTENT_NOT_FOUND'"))
                .isEqualTo("OTHER");
        assertThat(added(before, takedownStats(), "/reasons/CONTENT_NOT_FOUND/OTHER")).isEqualTo(3);
    }

    @Test
    void anItemTheReceiverNeverGotIsRefusedWith422NamingItAndNothingIsApplied() throws Exception {
        String reference = threeItemReportDeliveredToDe();
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);

        HttpResponse<String> unknown = postDe(reference, item("CONTENT_NOT_FOUND", t)
                .set("items", json.createArrayNode().add(1).add(7).add("https://elsewhere.example/x.jpg")));
        assertProblem(unknown, 422, "invalid-feedback");
        Map<String, String> errors = errors(unknown);
        assertThat(errors).containsOnlyKeys("/items/1", "/items/2");
        assertThat(errors.get("/items/1")).contains("item 7").contains("[0, 1, 2]");
        assertThat(errors.get("/items/2")).contains("https://elsewhere.example/x.jpg");
        assertThat(column("select count(*) from feedback where reference = '" + reference + "'")).isEqualTo("0");

        HttpResponse<String> inXml = postFeedback(demoPartner("de-hotline"), reference, "application/xml",
                "<feedback xmlns=\"urn:inhope:exchange:feedback:1.0\"><feedbackId>DE-FB-" + UUID.randomUUID() + "</feedbackId>"
                        + "<partnerReference>" + reference + "</partnerReference><type>UNAVAILABLE</type><occurredAt>" + t
                        + "</occurredAt><reason>PASSWORD_PROTECTED</reason><items><index>3</index></items></feedback>");
        assertProblem(inXml, 422, "invalid-feedback");
        assertThat(errors(inXml)).containsOnlyKeys("/items/0");

        HttpResponse<String> wrongReasons = postDe(reference, item("ACKNOWLEDGED", t).put("reason", "ADULT"));
        assertProblem(wrongReasons, 422, "invalid-feedback");
        assertThat(errors(wrongReasons)).containsOnlyKeys("/reason");
        HttpResponse<String> reasonOfTheOtherType = postDe(reference, item("CONTENT_NOT_FOUND", t).put("reason", "ADULT"));
        assertThat(errors(reasonOfTheOtherType).get("/reason")).contains("does not go with CONTENT_NOT_FOUND");
        HttpResponse<String> badItems = postDe(reference, item("CLOSED", t).set("items", json.createArrayNode().add(-1).add(true)));
        assertThat(errors(badItems)).containsOnlyKeys("/items/0", "/items/1");
        HttpResponse<String> noItems = postDe(reference, item("CLOSED", t).set("items", json.createArrayNode()));
        assertThat(errors(noItems)).containsOnlyKeys("/items");
        assertThat(column("select count(*) from feedback where reference = '" + reference + "'")).isEqualTo("0");

        HttpResponse<String> inXmlWithReason = postFeedback(demoPartner("de-hotline"), reference, "application/xml",
                "<feedback xmlns=\"urn:inhope:exchange:feedback:1.0\"><feedbackId>DE-FB-" + UUID.randomUUID() + "</feedbackId>"
                        + "<partnerReference>" + reference + "</partnerReference><type>UNAVAILABLE</type><occurredAt>" + t
                        + "</occurredAt><reason>PASSWORD_PROTECTED</reason><items><url>" + URLS.get(2) + "</url></items></feedback>");
        assertThat(inXmlWithReason.statusCode()).as(inXmlWithReason.body()).isEqualTo(202);
        assertThat(readReport(reference).at("/items/2/receivers/0/reason").asText()).isEqualTo("PASSWORD_PROTECTED");
        // Any feedback acknowledges the delivery: the items it said nothing about stand at ACKNOWLEDGED.
        assertThat(readReport(reference).at("/items/1/status").asText()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void policeFeedbackOnSomeItemsIsRelayedNamingThemAndAClosedItemLeavesTheOthersOpen() throws Exception {
        police.succeedsWithoutReceipt();
        String report = Files.readString(EXAMPLES.resolve("report-nl-hotline.json"))
                .replace("NL-2026-004711", "NL-IT-" + UUID.randomUUID());
        JsonNode tree = json.readTree(report);
        ArrayNode items = (ArrayNode) tree.get("contentItems");
        ObjectNode second = items.get(0).deepCopy();
        second.put("url", "https://files.example.be/b/2.jpg");
        items.add(second);
        String reference = post(demoPartner("nl-hotline"), json.writeValueAsBytes(tree));
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

        postPolice(reference, "PV_OPENED", t, "<Items><Index>1</Index></Items>");
        postPolice(reference, "CASE_CLOSED", t.plusSeconds(60), "<Items><Url>https://files.example.be/b/2.jpg</Url></Items>");
        // Item 2 (the one added to NL's two) is closed; item 0 is only acknowledged (by that feedback), and may still move on.
        assertThat(readReport(reference).get("status").asText()).isEqualTo("ACKNOWLEDGED");
        postPolice(reference, "SENT_TO_PUBLIC_PROSECUTOR", t.plusSeconds(120), "<Items><Index>0</Index></Items>");
        JsonNode read = readReport(reference);
        assertThat(statuses(read.get("items"))).containsExactly(Map.entry(0, "REFERRED_TO_PROSECUTOR"), Map.entry(1, "CASE_OPENED"),
                Map.entry(2, "CLOSED"));
        // Items 0 and 1 are both in action: the report reads the lower-indexed one's step.
        assertThat(read.get("status").asText()).isEqualTo("REFERRED_TO_PROSECUTOR");
        // Nothing follows CLOSED on item 2.
        HttpResponse<String> afterClosed = postPoliceRaw(reference, "PV_OPENED", t.plusSeconds(180), "<Items><Index>2</Index></Items>");
        assertThat(afterClosed.statusCode()).as(afterClosed.body()).isEqualTo(409);

        // The sender (NL) reads each item's status, never who acted on it.
        HttpResponse<String> asSender = demoPartner("nl-hotline").get("/api/v1/reports/" + reference);
        JsonNode senderView = json.readTree(asSender.body());
        assertThat(statuses(senderView.get("items"))).containsExactly(Map.entry(0, "REFERRED_TO_PROSECUTOR"),
                Map.entry(1, "CASE_OPENED"), Map.entry(2, "CLOSED"));
        assertThat(senderView.get("items").findValues("receivers")).isEmpty();
        assertThat(asSender.body()).doesNotContain("police-fccu");

        String theirs = read.get("partnerReference").asText();
        long deadline = System.nanoTime() + SOON.toNanos();
        while (relaysAbout(theirs).size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        List<String> relays = relaysAbout(theirs);
        assertThat(relays).hasSize(3)
                .anySatisfy(body -> assertThat(body).contains("<type>LEA_CASE_OPENED</type>").contains("<items><index>1</index></items>"))
                .anySatisfy(body -> assertThat(body).contains("<type>CLOSED</type>").contains("<items><index>2</index></items>"))
                .anySatisfy(body -> assertThat(body).contains("<type>LEA_REFERRED_TO_PROSECUTOR</type>")
                        .contains("<items><index>0</index></items>"));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private String threeItemReportDeliveredToDe() throws Exception {
        de.succeedsWithoutReceipt();
        ObjectNode report = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve("report-internal.json")));
        report.put("partnerReference", "CM-" + UUID.randomUUID());
        report.remove("firstSeenAt");
        ArrayNode items = (ArrayNode) report.get("contentItems");
        ((ObjectNode) items.get(0)).remove("firstSeenAt");
        for (String url : URLS.subList(1, URLS.size())) {
            items.add(((ObjectNode) items.get(0).deepCopy()).put("url", url));
        }
        String reference = post(demoPartner("case-management"), json.writeValueAsBytes(report));
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        return reference;
    }

    private ObjectNode item(String type, Instant occurredAt) {
        return json.createObjectNode().put("feedbackId", "DE-FB-" + UUID.randomUUID()).put("type", type)
                .put("occurredAt", occurredAt.toString());
    }

    private HttpResponse<String> postDe(String reference, JsonNode body) throws Exception {
        return postFeedback(demoPartner("de-hotline"), reference, "application/json", body.toString());
    }

    private void postPolice(String reference, String status, Instant at, String items) throws Exception {
        HttpResponse<String> response = postPoliceRaw(reference, status, at, items);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    /** The takedown-ordered example with another status and time, and the Items element added after Remark. */
    private HttpResponse<String> postPoliceRaw(String reference, String status, Instant at, String items) throws Exception {
        String local = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(ZoneId.of("Europe/Brussels")));
        String body = Files.readString(EXAMPLES.resolve("feedback-police-takedown-ordered.xml")).replace(PLACEHOLDER, reference)
                .replace("<CaseStatus>TAKEDOWN_ORDER_ISSUED</CaseStatus>", "<CaseStatus>" + status + "</CaseStatus>")
                .replaceAll("<FeedbackId>[^<]+</FeedbackId>", "<FeedbackId>FCCU-" + UUID.randomUUID() + "</FeedbackId>")
                .replaceAll("<StatusDateLocal>[^<]+</StatusDateLocal>", "<StatusDateLocal>" + local + "</StatusDateLocal>")
                .replace("</CaseFeedback>", items + "</CaseFeedback>");
        return postFeedback(demoPartner("police-fccu"), reference, "application/xml", body);
    }

    private List<String> relaysAbout(String theirReference) {
        return nl.relays().stream().map(ReceivedMessage::bodyAsString).filter(body -> body.contains(theirReference))
                .map(body -> body.replaceAll(">\\s+<", "><")).toList();
    }

    private HttpResponse<String> postFeedback(PartnerClient client, String reference, String mediaType, String body) throws Exception {
        return client.post("/api/v1/reports/" + reference + "/feedback", mediaType, body.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode readReport(String reference) throws Exception {
        HttpResponse<String> response = demoPartner("case-management").get("/api/v1/reports/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode takedownStats() throws Exception {
        Instant now = clock.instant();
        HttpResponse<String> response = demoPartner("case-management").get("/api/v1/stats/takedown?from="
                + now.minus(Duration.ofDays(1)) + "&to=" + now.plus(Duration.ofDays(1)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static long added(JsonNode before, JsonNode after, String pointer) {
        return after.at(pointer).asLong() - before.at(pointer).asLong();
    }

    private static Map<Integer, String> statuses(JsonNode items) {
        Map<Integer, String> statuses = new LinkedHashMap<>();
        items.forEach(item -> statuses.put(item.get("index").asInt(), item.get("status").asText()));
        return statuses;
    }

    private Map<String, String> errors(HttpResponse<String> problem) throws Exception {
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(problem.body()).get("errors").forEach(e -> errors.merge(e.get("pointer").asText(), e.get("detail").asText(),
                (a, b) -> a + " | " + b));
        return errors;
    }

    private void assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:" + type);
    }

    private long itemRows(String reference) throws Exception {
        return Long.parseLong(column("select count(*) from item_status where reference = '" + reference + "'"));
    }

    private String column(String sql) throws Exception {
        try (var connection = database().connect(); var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
