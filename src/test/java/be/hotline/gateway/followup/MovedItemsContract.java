package be.hotline.gateway.followup;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.dispatch.TestRegistry;
import be.hotline.gateway.ops.PasswordHash;
import be.hotline.gateway.simulator.PartnerSimulator;
import be.hotline.gateway.simulator.ReceivedMessage;
import be.hotline.gateway.support.OffsetClock;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 4, over real mutual TLS with partner simulators: an item a receiver reports MOVED goes, in the same
 * transaction, to whoever the routing rules name for its new country (a hotline; at home every domestic police
 * service; an orphan the Interpol contact), rendered where it is now; the old receiver's part ends as MOVED; the whole
 * path is in the history; a country that routes back to the mover is refused; the move beyond
 * gateway.routing.max-moves is kept but not sent, and flagged for the analysts (event, ops API, metric). Runs on H2
 * and on PostgreSQL.
 */
abstract class MovedItemsContract extends DeliveryTestSupport {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final Path EXAMPLES = Path.of("docs/api/examples");
    private static final String PLACEHOLDER = "HX-XXXXXXXXXXXXXXXXXXXX";
    private static final String OPS_USER = "olga";
    private static final String OPS_PASSWORD = "olga-test-password";
    private static final List<String> URLS = List.of("http://board.example.de/thread/88412", "https://img.example.de/a/1.jpg");

    private final OffsetClock clock = new OffsetClock();
    private final PartnerSimulator trafficking = PartnerSimulator.start("thb", pki, "/thb/v1/reports");

    @Override
    protected Clock clock() {
        return clock;
    }

    /** Two domestic police services (FCCU the Interpol contact), our case management, NL (XML), DE and IT (JSON). */
    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        Path registry = folder.resolve("partners-moved.yaml");
        String serverCa = pki.partnersCaPem().toAbsolutePath().toString();
        write(registry, new TestRegistry(DEMO_ROOT_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", serverCa, "", TestRegistry.ONLY_POLICE_SERVICE)
                .receiver("police-thb", "POLICE", "BE", "CN=thb.police.demo,O=DEMO Central Human Trafficking Service,C=BE",
                        trafficking.url(), "POLICE_XML", serverCa, "", ", receives: [DOMESTIC]")
                .caller("case-management", "INTERNAL", "BE", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE")
                .receiver("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", nl.url(), "INHOPE_XML",
                        serverCa, ", feedbackUrl: \"" + nl.feedbackUrl() + "\"")
                .receiver("de-hotline", "HOTLINE", "DE", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", de.url(), "JSON", serverCa, "")
                .receiver("it-hotline", "HOTLINE", "IT", "CN=it.demo,C=IT", it.url(), "JSON", serverCa, "")
                .yaml());
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.ops.user-password", OPS_USER + ":" + PasswordHash.hash(OPS_PASSWORD.toCharArray(), 1000));
        return properties;
    }

    @AfterAll
    void stopTraffickingSimulator() {
        trafficking.close();
    }

    @Test
    void anItemMovedAbroadGoesToThatCountrysHotlineWhereItIsNowAndTheOldPartEndsAsMoved() throws Exception {
        nl.succeedsWithoutReceipt();
        JsonNode before = takedownStats();
        String reference = twoItemReportDeliveredToDe();
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        String example = Files.readString(EXAMPLES.resolve("feedback-de-item-moved.json"));
        ObjectNode moved = (ObjectNode) json.readTree(example);
        moved.put("feedbackId", "DE-FB-" + UUID.randomUUID()).put("occurredAt", t.toString());

        HttpResponse<String> answer = postDe(reference, moved);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        // Item 0 has a new receiver that has not got it yet: the report is not finished, whatever DE's part says.
        assertThat(json.readTree(answer.body()).get("reportStatus").asText()).isEqualTo("ROUTED");
        assertThat(postDe(reference, moved).statusCode()).as("the same item again").isEqualTo(200);

        awaitDelivery(reference, "nl-hotline", "DELIVERED", SOON);
        String toNl = onlyMessageAbout(nl, reference);
        assertThat(toNl).contains("<url>" + URLS.get(0) + "</url>").doesNotContain(URLS.get(1))
                .contains("<hostingCountry>NL</hostingCountry>").contains("<hostingIp>198.51.100.23</hostingIp>")
                .contains("<hostingProvider>Voorbeeld Hosting BV</hostingProvider>")
                .doesNotContain("Beispiel Rechenzentrum", "2001:db8:4:12::7", "AS64510", "Example Reporter", "Board moved");

        JsonNode read = readReport(reference);
        assertThat(read.at("/items/0/hostingCountry").asText()).isEqualTo("NL");
        assertThat(receiverStatus(read.at("/items/0"), "de-hotline")).isEqualTo("MOVED");
        assertThat(receiverStatus(read.at("/items/0"), "nl-hotline")).isEqualTo("DELIVERED");
        assertThat(read.at("/items/0/status").asText()).isEqualTo("DELIVERED");
        assertThat(read.at("/items/1/hostingCountry").asText()).isEqualTo("DE");
        assertThat(read.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(column("select assigned_country from report_content_item where reference = '" + reference + "' and position = 0"))
                .isEqualTo("NL");
        assertThat(events(read, "ITEM_MOVED")).containsExactly(
                "item 0 moved from DE to NL (move 1 of at most 3); to nl-hotline");
        assertThat(events(read, "ROUTED")).contains("to nl-hotline (HOTLINE_EXCHANGE) items [0]");
        // The figures count the item where it is now: one URL in NL, one in DE; DE's MOVED part carries no reason.
        JsonNode stats = takedownStats();
        assertThat(added(before, stats, "/urls/total/urls")).isEqualTo(2);
        assertThat(added(before, stats, "/urls/byHostingCountry/NL/urls")).isEqualTo(1);
        assertThat(added(before, stats, "/urls/byHostingCountry/DE/urls")).isEqualTo(1);
        assertThat(stats.at("/reasons/MOVED").isMissingNode()).isTrue();

        // Nothing follows DE's MOVED on item 0; item 1 is still DE's.
        HttpResponse<String> late = postDe(reference, item("CONTENT_REMOVED", t.plusSeconds(60)).put("removedAt", t.toString())
                .set("items", json.createArrayNode().add(0)));
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(late.body()).contains("nothing can follow MOVED");
        assertThat(postDe(reference, item("NOTICE_SENT_TO_HOSTING_PROVIDER", t.plusSeconds(60))
                .set("items", json.createArrayNode().add(1))).statusCode()).isEqualTo(202);

        // The new receiver acts on it like on any report; closing it (and DE closing item 1) closes the report.
        HttpResponse<String> nlClosed = postFeedback(demoPartner("nl-hotline"), reference, "application/xml", inhopeXml(reference,
                "CLOSED", t.plusSeconds(120), ""));
        assertThat(nlClosed.statusCode()).as(nlClosed.body()).isEqualTo(202);
        assertThat(readReport(reference).get("status").asText()).isEqualTo("NOTICE_SENT_TO_HOSTING_PROVIDER");
        assertThat(postDe(reference, item("CLOSED", t.plusSeconds(180)).set("items", json.createArrayNode().add(1)))
                .statusCode()).isEqualTo(202);
        assertThat(readReport(reference).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void contentMovedHomeGoesToEveryDomesticPoliceServiceAndAMoveBackToTheMoverIsRefused() throws Exception {
        police.succeedsWithoutReceipt();
        trafficking.succeedsWithoutReceipt();
        String reference = twoItemReportDeliveredToDe();
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);

        HttpResponse<String> stillThere = postDe(reference, moved(t, "DE", 1));
        assertThat(stillThere.statusCode()).as(stillThere.body()).isEqualTo(422);
        assertThat(json.readTree(stillThere.body()).at("/errors/0/pointer").asText()).isEqualTo("/newHostingCountry");
        assertThat(json.readTree(stillThere.body()).at("/errors/0/detail").asText()).contains("routed to you");
        HttpResponse<String> noCountry = postDe(reference, moved(t, null, 1));
        assertThat(noCountry.statusCode()).isEqualTo(422);
        assertThat(noCountry.body()).contains("/newHostingCountry").contains("is required");
        HttpResponse<String> badValues = postDe(reference, moved(t, "XX", 1).put("newHostingIp", "not-an-ip"));
        assertThat(errorPointers(badValues)).containsExactlyInAnyOrder("/newHostingCountry", "/newHostingIp");
        HttpResponse<String> notMoved = postDe(reference, item("CONTENT_REMOVED", t).put("removedAt", t.toString())
                .put("newHostingCountry", "NL"));
        assertThat(errorPointers(notMoved)).containsExactly("/newHostingCountry");
        assertThat(column("select count(*) from feedback where reference = '" + reference + "'")).isEqualTo("0");

        HttpResponse<String> home = postDe(reference, moved(t, "BE", 1));
        assertThat(home.statusCode()).as(home.body()).isEqualTo(202);
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        awaitDelivery(reference, "police-thb", "DELIVERED", SOON);
        for (PartnerSimulator service : List.of(police, trafficking)) {
            assertThat(onlyMessageAbout(service, reference)).contains(URLS.get(1)).doesNotContain(URLS.get(0))
                    .contains("<HostingCountryCode>BE</HostingCountryCode>");
        }
        assertThat(deliveryColumn(reference, "police-fccu", "purpose")).isEqualTo("DOMESTIC");
        JsonNode read = readReport(reference);
        assertThat(read.at("/items/1/hostingCountry").asText()).isEqualTo("BE");
        assertThat(receiverStatus(read.at("/items/1"), "de-hotline")).isEqualTo("MOVED");
        assertThat(events(read, "ITEM_MOVED")).containsExactly(
                "item 1 moved from DE to BE (move 1 of at most 3); to police-fccu, police-thb");

        // A police service that reports it moved on takes its own part out; the other service keeps its own.
        HttpResponse<String> fromPolice = postFeedback(demoPartner("police-thb"), reference, "application/xml",
                policeXml(reference, t.plusSeconds(60), "<Items><Index>1</Index></Items><NewHostingCountry>BE</NewHostingCountry>"));
        assertThat(fromPolice.statusCode()).as("home is routed to the police service itself").isEqualTo(422);
        assertThat(errorPointers(fromPolice)).containsExactly("/NewHostingCountry");
    }

    @Test
    void thePathThroughAnOrphanCountryIsInTheHistoryAndTheMoveBeyondTheLimitIsFlaggedNotSent() throws Exception {
        nl.succeedsWithoutReceipt();
        police.succeedsWithoutReceipt();
        trafficking.succeedsWithoutReceipt();
        it.succeedsWithoutReceipt();
        String reference = twoItemReportDeliveredToDe();
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(900);
        int flaggedBefore = opsJson("/ops/api/watch/moved-too-often").get("total").asInt();

        HttpResponse<String> fromDe = postDe(reference, moved(t, "US", 0).put("newHostingProvider", "Example Cloud Inc."));
        assertThat(fromDe.statusCode()).as(fromDe.body()).isEqualTo(202);                                          // move 1
        // No member hotline in US: the orphan goes to the Interpol contact, without the old IP address.
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        assertThat(deliveryColumn(reference, "police-fccu", "purpose")).isEqualTo("INTERPOL_COOPERATION");
        assertThat(onlyMessageAbout(police, reference)).contains("<HostingCountryCode>US</HostingCountryCode>")
                .contains("Example Cloud Inc.").doesNotContain("2001:db8:4:12::7", "Beispiel Rechenzentrum");
        assertThat(column("select hosting_country || assigned_country from report_content_item where reference = '"
                + reference + "' and position = 0")).isEqualTo("USBE");

        HttpResponse<String> fromPolice = postFeedback(demoPartner("police-fccu"), reference, "application/xml",
                policeXml(reference, t.plusSeconds(60), "<Items><Index>0</Index></Items><NewHostingCountry>NL</NewHostingCountry>"
                        + "<NewHostingIp>203.0.113.9</NewHostingIp>"));
        assertThat(fromPolice.statusCode()).as(fromPolice.body()).isEqualTo(202);                                  // move 2
        awaitDelivery(reference, "nl-hotline", "DELIVERED", SOON);
        assertThat(onlyMessageAbout(nl, reference)).contains("<hostingCountry>NL</hostingCountry>").contains("203.0.113.9");

        HttpResponse<String> fromNl = postFeedback(demoPartner("nl-hotline"), reference, "application/xml", inhopeXml(reference,
                "MOVED", t.plusSeconds(120), "<items><index>0</index></items><newHostingCountry>BE</newHostingCountry>"));
        assertThat(fromNl.statusCode()).as(fromNl.body()).isEqualTo(202);                                          // move 3
        // Home: every domestic police service, but FCCU had the item already and is not sent it again.
        awaitDelivery(reference, "police-thb", "DELIVERED", SOON);
        assertThat(onlyMessageAbout(trafficking, reference)).contains("<HostingCountryCode>BE</HostingCountryCode>");
        assertThat(messagesAbout(police, reference)).hasSize(1);

        HttpResponse<String> fromThb = postFeedback(demoPartner("police-thb"), reference, "application/xml",
                policeXml(reference, t.plusSeconds(180), "<Items><Index>0</Index></Items><NewHostingCountry>IT</NewHostingCountry>"));
        assertThat(fromThb.statusCode()).as(fromThb.body()).isEqualTo(202);                                        // move 4: flagged
        JsonNode read = readReport(reference);
        assertThat(events(read, "ITEM_MOVED")).containsExactly(
                "item 0 moved from DE to US (move 1 of at most 3); to police-fccu",
                "item 0 moved from US to NL (move 2 of at most 3); to nl-hotline",
                "item 0 moved from NL to BE (move 3 of at most 3); to police-thb");
        assertThat(events(read, "MOVE_LIMIT_REACHED")).containsExactly(
                "item 0 moved from BE to IT (move 4, more than 3); not sent again, flagged for the analysts");
        assertThat(read.at("/items/0/hostingCountry").asText()).isEqualTo("IT");
        assertThat(read.at("/items/0/status").asText()).as("moved by every receiver, sent to nobody").isEqualTo("MOVED");
        Thread.sleep(300); // a few polls of the outbox: nothing goes to IT
        assertThat(messagesAbout(it, reference)).isEmpty();
        assertThat(column("select count(*) from delivery where reference = '" + reference + "' and partner_id = 'it-hotline'"))
                .isEqualTo("0");
        assertThat(column("select count(*) from item_move where reference = '" + reference + "'")).isEqualTo("4");
        assertThat(column("select new_hosting_ip from item_move where reference = '" + reference + "' and move_number = 2"))
                .isEqualTo("203.0.113.9");

        JsonNode watch = opsJson("/ops/api/watch/moved-too-often");
        assertThat(watch.get("total").asInt()).isEqualTo(flaggedBefore + 1);
        JsonNode flagged = null;
        for (JsonNode candidate : watch.get("items")) {
            if (candidate.get("reference").asText().equals(reference)) {
                flagged = candidate;
            }
        }
        assertThat(flagged).as("the item on the watch list").isNotNull();
        assertThat(flagged.get("position").asInt()).isZero();
        assertThat(flagged.get("moves").asInt()).isEqualTo(4);
        assertThat(flagged.get("lastMovedBy").asText()).isEqualTo("police-thb");
        assertThat(flagged.get("fromCountry").asText()).isEqualTo("BE");
        assertThat(flagged.get("hostingCountry").asText()).isEqualTo("IT");
        assertThat(opsText("/ops/metrics")).containsPattern("(?m)^hotline_items_moved_too_often(\\{[^}]*\\})? "
                + (flaggedBefore + 1) + "\\.0$");
    }

    @Test
    void aMoveIsRelayedToTheSendingHotlineWhichReadsWhereItWentButNotWhoHasItNow() throws Exception {
        police.succeedsWithoutReceipt();
        trafficking.succeedsWithoutReceipt();
        de.succeedsWithoutReceipt();
        String theirs = "NL-MV-" + UUID.randomUUID();
        String report = Files.readString(EXAMPLES.resolve("report-nl-hotline.json")).replace("NL-2026-004711", theirs);
        String reference = post(demoPartner("nl-hotline"), report.getBytes(StandardCharsets.UTF_8));
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        Instant t = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);

        HttpResponse<String> moved = postFeedback(demoPartner("police-fccu"), reference, "application/xml",
                policeXml(reference, t, "<NewHostingCountry>DE</NewHostingCountry>"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(202);
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);

        long deadline = System.nanoTime() + SOON.toNanos();
        while (relaysAbout(theirs).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(25);
        }
        assertThat(relaysAbout(theirs)).singleElement().satisfies(relay -> assertThat(relay)
                .contains("<type>MOVED</type>").contains("<actedBy>POLICE</actedBy>").contains("<newHostingCountry>DE</newHostingCountry>")
                .doesNotContain("de-hotline"));

        HttpResponse<String> asSender = demoPartner("nl-hotline").get("/api/v1/reports/" + reference);
        assertThat(asSender.body()).doesNotContain("police-fccu", "police-thb", "de-hotline");
        JsonNode senderView = json.readTree(asSender.body());
        // Both of NL's items: the police's feedback named none.
        assertThat(events(senderView, "ITEM_MOVED")).containsExactly("item 0 moved from BE to DE (move 1)",
                "item 1 moved from BE to DE (move 1)");
        assertThat(events(senderView, "ROUTED")).contains("HOTLINE_EXCHANGE items [0, 1]");
        // THB still has its part of the item: the report waits for it.
        assertThat(senderView.get("status").asText()).isEqualTo("DELIVERED");
        assertThat(senderView.at("/items/0/hostingCountry").asText()).isEqualTo("DE");
        assertThat(senderView.at("/items/1/hostingCountry").asText()).isEqualTo("DE");
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private String twoItemReportDeliveredToDe() throws Exception {
        de.succeedsWithoutReceipt();
        ObjectNode report = (ObjectNode) json.readTree(Files.readString(EXAMPLES.resolve("report-internal.json")));
        report.put("partnerReference", "CM-" + UUID.randomUUID());
        ArrayNode items = (ArrayNode) report.get("contentItems");
        items.add(((ObjectNode) items.get(0).deepCopy()).put("url", URLS.get(1)));
        String reference = post(demoPartner("case-management"), json.writeValueAsBytes(report));
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        return reference;
    }

    private ObjectNode item(String type, Instant occurredAt) {
        return json.createObjectNode().put("feedbackId", "DE-FB-" + UUID.randomUUID()).put("type", type)
                .put("occurredAt", occurredAt.toString());
    }

    private ObjectNode moved(Instant at, String country, int index) {
        ObjectNode moved = item("MOVED", at);
        moved.set("items", json.createArrayNode().add(index));
        return country == null ? moved : moved.put("newHostingCountry", country);
    }

    private HttpResponse<String> postDe(String reference, JsonNode body) throws Exception {
        return postFeedback(demoPartner("de-hotline"), reference, "application/json", body.toString());
    }

    private static String inhopeXml(String reference, String type, Instant at, String more) {
        return "<feedback xmlns=\"urn:inhope:exchange:feedback:1.0\"><feedbackId>NL-FB-" + UUID.randomUUID() + "</feedbackId>"
                + "<partnerReference>" + reference + "</partnerReference><type>" + type + "</type><occurredAt>" + at
                + "</occurredAt>" + more + "</feedback>";
    }

    /** The takedown-ordered example as CONTENT_MOVED at another time, with what follows Remark. */
    private static String policeXml(String reference, Instant at, String more) throws Exception {
        String local = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(ZoneId.of("Europe/Brussels")));
        return Files.readString(EXAMPLES.resolve("feedback-police-takedown-ordered.xml")).replace(PLACEHOLDER, reference)
                .replace("<CaseStatus>TAKEDOWN_ORDER_ISSUED</CaseStatus>", "<CaseStatus>CONTENT_MOVED</CaseStatus>")
                .replaceAll("<FeedbackId>[^<]+</FeedbackId>", "<FeedbackId>FCCU-" + UUID.randomUUID() + "</FeedbackId>")
                .replaceAll("<StatusDateLocal>[^<]+</StatusDateLocal>", "<StatusDateLocal>" + local + "</StatusDateLocal>")
                .replace("</CaseFeedback>", more + "</CaseFeedback>");
    }

    private HttpResponse<String> postFeedback(PartnerClient client, String reference, String mediaType, String body) throws Exception {
        return client.post("/api/v1/reports/" + reference + "/feedback", mediaType, body.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> messagesAbout(PartnerSimulator partner, String reference) {
        return partner.received().stream().filter(message -> !message.path().startsWith("/feedback"))
                .filter(message -> message.header("X-Hotline-Reference").map(reference::equals).orElse(false))
                .map(ReceivedMessage::bodyAsString).map(body -> body.replaceAll(">\\s+<", "><")).toList();
    }

    private String onlyMessageAbout(PartnerSimulator partner, String reference) {
        List<String> messages = messagesAbout(partner, reference);
        assertThat(messages).as("messages to %s about %s", partner.name(), reference).hasSize(1);
        return messages.get(0);
    }

    private List<String> relaysAbout(String theirReference) {
        return nl.relays().stream().map(ReceivedMessage::bodyAsString).filter(body -> body.contains(theirReference))
                .map(body -> body.replaceAll(">\\s+<", "><")).toList();
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

    private static String receiverStatus(JsonNode item, String partnerId) {
        for (JsonNode receiver : item.get("receivers")) {
            if (receiver.get("partner").asText().equals(partnerId)) {
                return receiver.get("status").asText();
            }
        }
        throw new AssertionError(partnerId + " has no part in " + item);
    }

    private static List<String> events(JsonNode report, String type) {
        List<String> details = new java.util.ArrayList<>();
        report.get("events").forEach(event -> {
            if (event.get("type").asText().equals(type)) {
                details.add(event.path("detail").asText());
            }
        });
        return details;
    }

    private List<String> errorPointers(HttpResponse<String> problem) throws Exception {
        assertThat(problem.statusCode()).as(problem.body()).isEqualTo(422);
        List<String> pointers = new java.util.ArrayList<>();
        json.readTree(problem.body()).get("errors").forEach(error -> pointers.add(error.get("pointer").asText()));
        return pointers;
    }

    private String column(String sql) throws Exception {
        try (var connection = database().connect(); var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private HttpResponse<String> opsGet(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((OPS_USER + ":" + OPS_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode opsJson(String path) throws Exception {
        HttpResponse<String> response = opsGet(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String opsText(String path) throws Exception {
        HttpResponse<String> response = opsGet(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
