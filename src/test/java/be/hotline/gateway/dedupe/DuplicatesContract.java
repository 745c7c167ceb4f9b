package be.hotline.gateway.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.api.DocumentedAnswerCheck;
import be.hotline.gateway.api.GatewayPaths;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.OffsetClock;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Duplicates across partners (docs/api/routing-and-lifecycle.md, "Duplicates") against the running gateway with the
 * demo partners: linked on both reports, not sent twice to the police, knownItems in the intake answer.
 */
abstract class DuplicatesContract extends GatewayTestSupport {

    static final Path NL_EXAMPLE = Path.of("docs/api/examples/report-nl-hotline.json");
    static final Path DE_DUPLICATE_EXAMPLE = Path.of("docs/api/examples/report-de-hotline-duplicate.json");
    static final String REPORTS = "/api/v1/reports";
    static final String POLICE = "police-fccu";
    /** The demo registry's second domestic police service (config/partners.yaml): it gets its own delivery. */
    static final String SECOND_POLICE = "police-thb";
    final ObjectMapper json = new ObjectMapper();
    private final OffsetClock clock = new OffsetClock();

    @Override
    protected Properties extraProperties() {
        Properties properties = new Properties();
        properties.setProperty("gateway.dedupe.window", "P30D");
        return properties;
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    /** The README round trip (c): the docs/api examples as they are. */
    @Test
    void aDuplicateUrlFromASecondHotlineIsLinkedAndNotSentTwice() throws Exception {
        HttpResponse<String> first = demoPartner("nl-hotline").post(REPORTS, "application/json", Files.readAllBytes(NL_EXAMPLE));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        String nl = json.readTree(first.body()).get("reference").asText();
        assertThat(json.readTree(first.body()).get("knownItems")).isEmpty();

        byte[] duplicate = Files.readAllBytes(DE_DUPLICATE_EXAMPLE);
        HttpResponse<String> second = demoPartner("de-hotline").post(REPORTS, "application/json", duplicate);

        assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
        JsonNode body = json.readTree(second.body());
        String de = body.get("reference").asText();
        // Item 0: the same URL spelled otherwise; item 1: another URL with NL's item 1 SHA-256; item 2 is new.
        assertThat(body.get("knownItems")).isEqualTo(json.readTree(
                "[{\"index\":0,\"reference\":\"" + nl + "\"},{\"index\":1,\"reference\":\"" + nl + "\"}]"));
        assertThat(policePositions(nl)).containsExactly("0,1");
        assertThat(policePositions(de)).containsExactly("2");
        assertThat(eventDetails(nl, "DUPLICATE_LINKED")).containsExactly(
                "item 0 matched by item 0 of " + de + " (URL)", "item 1 matched by item 1 of " + de + " (HASH)");
        assertThat(eventDetails(de, "DUPLICATE_LINKED")).containsExactly(
                "item 0 matches item 0 of " + nl + " (URL); not sent again to " + POLICE + ", " + SECOND_POLICE,
                "item 1 matches item 1 of " + nl + " (HASH); not sent again to " + POLICE + ", " + SECOND_POLICE);
        assertThat(eventDetails(de, "ROUTED")).containsExactly(
                "to " + POLICE + " (DOMESTIC) items [2]", "to " + SECOND_POLICE + " (DOMESTIC) items [2]");

        HttpResponse<String> again = demoPartner("de-hotline").post(REPORTS, "application/json", duplicate);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("knownItems")).isEqualTo(body.get("knownItems"));
        assertThat(database().count("select count(*) from delivery where reference = ?", de)).as("one per police service").isEqualTo(2);

        // Each sender reads the link without the other's identity; the case view shows it both ways.
        String nlView = demoPartner("nl-hotline").get(REPORTS + "/" + nl).body();
        String deView = demoPartner("de-hotline").get(REPORTS + "/" + de).body();
        assertThat(nlView).contains("DUPLICATE_LINKED").doesNotContain("de-hotline", de, POLICE);
        assertThat(deView).contains("DUPLICATE_LINKED").doesNotContain("nl-hotline", POLICE);
        JsonNode cases = json.readTree(demoPartner("case-management").get(REPORTS + "?partner=de-hotline").body());
        assertThat(cases.get("items").get(0).get("duplicates")).isEqualTo(json.readTree("["
                + "{\"index\":0,\"direction\":\"EARLIER\",\"linkedReference\":\"" + nl + "\",\"linkedIndex\":0,\"matchedOn\":\"URL\"},"
                + "{\"index\":1,\"direction\":\"EARLIER\",\"linkedReference\":\"" + nl + "\",\"linkedIndex\":1,\"matchedOn\":\"HASH\"}]"));
        JsonNode nlCase = json.readTree(demoPartner("case-management").get(REPORTS + "?partner=nl-hotline").body());
        assertThat(nlCase.get("items").get(0).get("duplicates").findValuesAsText("direction")).containsExactly("LATER", "LATER");
    }

    @Test
    void whenEveryItemIsKnownToTheReceiverNoDeliveryIsMade() throws Exception {
        String host = uniqueHost();
        String nl = accepted("nl-hotline", report("NL-all", item("https://" + host + "/a.jpg", null), item("https://" + host + "/b.jpg", null)));
        HttpResponse<String> response = post("de-hotline", report("DE-all",
                item("https://" + host.toUpperCase() + ":443/b.jpg#frag", null), item("HTTPS://" + host + "/a.jpg", null)));
        JsonNode answer = json.readTree(response.body());
        assertThat(DocumentedAnswerCheck.differences("post", GatewayPaths.REPORTS, 202, "already-known", response))
                .as("the answer is docs/api's example of it").isEmpty();

        assertThat(answer.get("knownItems").findValuesAsText("reference")).containsExactly(nl, nl);
        assertThat(answer.get("knownItems").findValuesAsText("index")).containsExactly("0", "1");
        assertThat(database().count("select count(*) from delivery where reference = ?", answer.get("reference").asText())).isZero();
        assertThat(database().count("select count(*) from content_link where earlier_reference = ?", nl)).isEqualTo(2);
    }

    @Test
    void aHashMatchLinksItemsAtDifferentUrls() throws Exception {
        String md5 = UUID.randomUUID().toString().replace("-", "");
        String nl = accepted("nl-hotline", report("NL-hash", item("https://" + uniqueHost() + "/x.jpg", md5)));
        JsonNode answer = json.readTree(post("case-management", report("INT-hash",
                item("https://" + uniqueHost() + "/y.jpg", md5.toUpperCase()))).body());

        assertThat(answer.get("knownItems")).isEqualTo(json.readTree("[{\"index\":0,\"reference\":\"" + nl + "\"}]"));
        assertThat(database().count("select count(*) from content_link where reference = ? and matched_on = 'HASH'",
                answer.get("reference").asText())).isEqualTo(1);
        assertThat(database().count("select count(*) from delivery where reference = ?", answer.get("reference").asText())).isZero();
    }

    @Test
    void aCancelledDeliveryDoesNotCountAsHavingTheItem() throws Exception {
        String url = "https://" + uniqueHost() + "/c.jpg";
        String nl = accepted("nl-hotline", report("NL-cancelled", item(url, null)));
        // What ops' cancel leaves behind (OpsActions): the delivery CANCELLED.
        try (Connection connection = database().connect();
             PreparedStatement cancel = connection.prepareStatement("update delivery set status = 'CANCELLED' where reference = ?")) {
            cancel.setString(1, nl);
            assertThat(cancel.executeUpdate()).as("both police services' deliveries").isEqualTo(2);
        }
        JsonNode answer = json.readTree(post("de-hotline", report("DE-cancelled", item(url, null))).body());

        assertThat(answer.get("knownItems").findValuesAsText("reference")).containsExactly(nl);
        assertThat(policePositions(answer.get("reference").asText())).containsExactly("0");
    }

    @Test
    void anItemReceivedBeforeTheWindowIsNotLinked() throws Exception {
        String url = "https://" + uniqueHost() + "/old.jpg";
        accepted("nl-hotline", report("NL-old", item(url, null)));
        clock.advance(Duration.ofDays(30).plusMinutes(1));

        JsonNode answer = json.readTree(post("de-hotline", report("DE-old", item(url, null))).body());

        assertThat(answer.get("knownItems")).isEmpty();
        assertThat(policePositions(answer.get("reference").asText())).containsExactly("0");
        assertThat(database().count("select count(*) from content_link where reference = ?", answer.get("reference").asText())).isZero();
    }

    /** Two hotlines posting the same URL at the same moment: one of them first, the other linked, the police sent it once. */
    @Test
    void simultaneousPostsOfTheSameUrlEndLinkedAndThePoliceGetItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String url = "https://" + uniqueHost() + "/same.jpg";
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String sender : List.of("nl-hotline", "de-hotline")) {
                    PartnerClient client = demoPartner(sender);
                    byte[] body = report(sender + "-race-" + round, item(url, null));
                    answers.add(pool.submit(() -> {
                        start.await();
                        return client.post(REPORTS, "application/json", body);
                    }));
                }
                start.countDown();
                List<String> references = new ArrayList<>();
                int known = 0;
                for (Future<HttpResponse<String>> answer : answers) {
                    assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(202);
                    JsonNode body = json.readTree(answer.get().body());
                    references.add(body.get("reference").asText());
                    known += body.get("knownItems").size();
                }
                assertThat(known).as("round %d", round).isEqualTo(1);
                assertThat(database().count("select count(*) from delivery where partner_id = ? and reference in (?, ?)",
                        POLICE, references.get(0), references.get(1))).as("round %d", round).isEqualTo(1);
                assertThat(database().count("select count(*) from content_link where reference in (?, ?) and earlier_reference in (?, ?)",
                        references.get(0), references.get(1), references.get(0), references.get(1))).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTakedownStatisticsCountUniqueUrlsAndDuplicates() throws Exception {
        String host = uniqueHost();
        // Intake stamps reports in microseconds from the same clock: nothing posted before this line is in the period.
        Instant from = clock.instant().truncatedTo(ChronoUnit.MICROS);
        accepted("nl-hotline", report("NL-figures", item("https://" + host + "/1.jpg", null), item("https://" + host + "/2.jpg", null)));
        accepted("de-hotline", report("DE-figures", item("https://" + host.toUpperCase() + "/1.jpg", null)));
        Instant to = clock.instant().plusMillis(1);

        JsonNode figures = json.readTree(demoPartner("case-management")
                .get("/api/v1/stats/takedown?from=" + from + "&to=" + to).body()).get("contentUrls");

        assertThat(figures.get("received").asLong()).isEqualTo(3);
        assertThat(figures.get("unique").asLong()).isEqualTo(2);
        assertThat(figures.get("duplicates").asLong()).isEqualTo(1);
    }

    private List<String> policePositions(String reference) throws Exception {
        return column("select item_positions from delivery where reference = ? and partner_id = ? order by id", reference, POLICE);
    }

    private List<String> eventDetails(String reference, String type) throws Exception {
        return column("select detail from report_event where reference = ? and event_type = ? order by id", reference, type);
    }

    private List<String> column(String sql, String... parameters) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private String accepted(String partner, byte[] report) throws Exception {
        HttpResponse<String> response = post(partner, report);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("reference").asText();
    }

    private HttpResponse<String> post(String partner, byte[] report) throws Exception {
        HttpResponse<String> response = demoPartner(partner).post(REPORTS, "application/json", report);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response;
    }

    private static String uniqueHost() {
        return "h" + UUID.randomUUID().toString().substring(0, 8) + ".example.be";
    }

    private static String item(String url, String md5) {
        String hashes = md5 == null ? "" : ", \"hashes\": [{\"algorithm\": \"MD5\", \"value\": \"" + md5 + "\"}]";
        return "{\"url\": \"" + url + "\", \"contentType\": \"IMAGE\", \"hostingCountry\": \"BE\"" + hashes + "}";
    }

    private static byte[] report(String partnerReference, String... items) {
        return ("{\"partnerReference\": \"" + partnerReference + "-" + UUID.randomUUID() + "\", \"contentItems\": ["
                + String.join(", ", items) + "], \"assessment\": {\"classification\": \"BASELINE\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
