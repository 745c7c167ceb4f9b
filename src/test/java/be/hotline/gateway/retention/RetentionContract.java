package be.hotline.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.api.GatewayPaths;
import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.ops.cli.OpsCli;
import be.hotline.gateway.stats.FiguresFixture;
import be.hotline.gateway.support.OffsetClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention by data class against the running gateway (docs/ops/README.md, "Retention"), on a clock the tests move
 * forward: reporter contacts P90D after closing and P1Y after receipt, content data P5Y after receipt with the year's
 * figures frozen first, dry runs, repeated and concurrent runs. Each report here carries values of its own (URL, hash,
 * hosting IP, provider, ASN, reporter), so "gone from every table" is checked by scanning every text column.
 * Every test works relative to the clock: the order they run in does not matter. Runs on H2 and on PostgreSQL.
 */
abstract class RetentionContract extends DeliveryTestSupport {

    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("ops:demo-ops-password".getBytes(StandardCharsets.UTF_8));
    private final OffsetClock clock = new OffsetClock();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random();
    private FiguresFixture fixture;

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        Path registry = folder.resolve("partners-retention.yaml");
        write(registry, policeCaseManagementNlDeRegistry());
        properties.setProperty("gateway.partners.file", registry.toString());
        // URL and hash keys are indexed and matched: they are content data retention must remove.
        properties.setProperty("gateway.dedupe.window", "P30D");
        // The tests run retention themselves; a small batch makes a run take several transactions.
        properties.setProperty("gateway.retention.enabled", "false");
        properties.setProperty("gateway.retention.batch-size", "2");
        return properties;
    }

    @BeforeEach
    void receiversAnswer() {
        police.succeeds();
        nl.succeeds();
        de.succeeds();
        fixture = new FiguresFixture(this, this::demoPartner, database());
    }

    @Test
    void aClosedReportsContactGoesNinetyDaysAfterClosingNotBefore() throws Exception {
        Report report = report("BASELINE", "DE");
        fixture.awaitDelivered(report.reference, "de-hotline");
        closeByDe(report.reference);
        awaitStatus(report.reference, "CLOSED");

        runAfter(Duration.ofDays(89));
        assertThat(contactRows(report.reference)).as("89 days after closing").isEqualTo(1);

        JsonNode answer = runAfter(Duration.ofDays(91));
        assertThat(contactRows(report.reference)).isZero();
        assertThat(references(answer, "reporter-contact")).contains(report.reference);
        assertThat(events(report.reference, "REPORTER_CONTACT_PURGED")).singleElement().asString()
                .contains("P90D after the report was closed").doesNotContain(report.email).doesNotContain(report.name);
        assertNowhere(report.email, report.name, report.phone);
        // The report itself is untouched: its content stays for five years.
        assertThat(database().count("select count(*) from report_content_item where reference = ? and url = ?",
                report.reference, report.url)).isEqualTo(1);
    }

    @Test
    void aNotForwardedReportsContactGoesNinetyDaysAfterItsNotForwardedEvent() throws Exception {
        Report report = report("NOT_ILLEGAL", "DE");
        awaitStatus(report.reference, "NOT_FORWARDED");

        runAfter(Duration.ofDays(89));
        assertThat(contactRows(report.reference)).isEqualTo(1);

        runAfter(Duration.ofDays(91));
        assertThat(contactRows(report.reference)).isZero();
        assertThat(events(report.reference, "REPORTER_CONTACT_PURGED")).hasSize(1);
        assertNowhere(report.email, report.name, report.phone);
    }

    @Test
    void anOpenReportsContactGoesOneYearAfterReceipt() throws Exception {
        Report report = report("BASELINE", "DE");
        fixture.awaitDelivered(report.reference, "de-hotline");

        runAfter(Duration.ofDays(364));
        assertThat(contactRows(report.reference)).as("open, 364 days after receipt").isEqualTo(1);

        runAfter(Duration.ofDays(366));
        assertThat(contactRows(report.reference)).isZero();
        assertThat(events(report.reference, "REPORTER_CONTACT_PURGED")).singleElement().asString()
                .contains("P1Y after receipt");
        assertThat(status(report.reference)).isNotIn("CLOSED", "NOT_FORWARDED");
    }

    @Test
    void contentGoesFromEveryTableAfterFiveYearsAndTheReportStaysReadable() throws Exception {
        Report report = report("BASELINE", "DE");
        fixture.awaitDelivered(report.reference, "de-hotline");
        // The DE hotline reports the item moved to the Netherlands: a new IP and provider, a note quoting the URL.
        String movedIp = "2001:db8:ffff::" + Integer.toHexString(1 + random.nextInt(0xfffe));
        String movedProvider = "Moved provider " + UUID.randomUUID();
        ObjectNode moved = json.createObjectNode().put("feedbackId", "FB-" + UUID.randomUUID()).put("type", "MOVED")
                .put("occurredAt", clock.instant().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
                .put("newHostingCountry", "NL").put("newHostingIp", movedIp).put("newHostingProvider", movedProvider)
                .put("note", "moved away from " + report.url);
        moved.putArray("items").add(0);
        HttpResponse<String> feedback = demoPartner("de-hotline").post("/api/v1/reports/" + report.reference + "/feedback",
                "application/json", json.writeValueAsBytes(moved));
        assertThat(feedback.statusCode()).as(feedback.body()).isIn(200, 202);
        assertThat(database().count("select count(*) from item_move where reference = ? and new_hosting_ip = ?",
                report.reference, movedIp)).isEqualTo(1);
        fixture.awaitDelivered(report.reference, "nl-hotline");
        String statusBefore = status(report.reference);
        assertThat(database().count("select count(*) from content_key where reference = ?", report.reference)).isPositive();

        Instant now = clock.instant();
        Duration fiveYears = Duration.between(now, now.atOffset(ZoneOffset.UTC).plus(Period.ofYears(5)).toInstant());
        runAfter(fiveYears.minusDays(1));
        assertThat(database().count("select count(*) from report_content_item where reference = ? and url = ?",
                report.reference, report.url)).as("a day before five years").isEqualTo(1);

        JsonNode answer = runAfter(fiveYears.plusDays(1));
        assertThat(references(answer, "content")).contains(report.reference);
        assertNowhere(report.url, report.hash, report.ip, report.provider, report.asn, movedIp, movedProvider);
        assertThat(database().count("select count(*) from content_key where reference = ?", report.reference)).isZero();
        assertThat(database().count("select count(*) from item_move where reference = ?", report.reference)).as("moves stay")
                .isEqualTo(1);
        assertThat(database().count("select count(*) from report where reference = ? and content_purged_at is not null",
                report.reference)).isEqualTo(1);

        // Still there by its reference: status, classification, countries (NL since the move), the whole history.
        HttpResponse<String> read = demoPartner("case-management").get("/api/v1/reports/" + report.reference);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode body = json.readTree(read.body());
        assertThat(body.toString()).contains(statusBefore).doesNotContain(report.url);
        assertThat(body.findValuesAsText("type")).contains("RECEIVED", "ROUTED", "CONTENT_PURGED");
        assertThat(database().count("select count(*) from report_content_item where reference = ? and hosting_country = 'NL'",
                report.reference)).isEqualTo(1);
        // Nothing left to send: the DE hotline's redelivery request is refused, nothing is queued.
        String messageId = deliveryColumn(report.reference, "de-hotline", "message_id");
        HttpResponse<String> again = demoPartner("de-hotline").send(HttpRequest.newBuilder(URI.create("https://localhost:"
                + partnerPort + "/api/v1/deliveries/" + messageId + "/redeliver")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(410);
        assertThat(json.readTree(again.body()).get("type").asText()).isEqualTo("urn:hotline-gateway:problem:content-purged");
        assertThat(events(report.reference, "REDELIVERY_REQUESTED")).isEmpty();
        String detail = events(report.reference, "CONTENT_PURGED").get(0);
        assertThat(detail).containsPattern("sha256 [0-9a-f]{64}").doesNotContain(report.url).doesNotContain(report.hash);
        assertTheAuditChainStillVerifies();
    }

    /** Its entries hold hashes, not the purged values: once the purge's own entries are sealed, it verifies. */
    private void assertTheAuditChainStillVerifies() throws Exception {
        JsonNode chain = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort
                    + "/ops/api/audit/chain")).header("Authorization", BASIC).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            chain = json.readTree(response.body());
            if (chain.get("unsealed").asLong() == 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(chain.get("unsealed").asLong()).as(chain.toString()).isZero();
        assertThat(chain.get("status").asText()).as(chain.toString()).isEqualTo("INTACT");
        assertThat(chain.get("headPosition").asLong()).isPositive();
    }

    @Test
    void theFiguresOfAPurgedYearStayExactlyAsTheyWereInJsonAndCsv() throws Exception {
        // Reports of 2019 (due: the clock is years past 2024): hosted abroad, here, an orphan, a duplicate, feedback.
        String first = fixture.internal("BASELINE", "VIRTUAL", "DE", "JP");
        String second = fixture.duplicateOf(fixture.firstUrl(first), "NATIONAL", "REAL_CHILD", "BE");
        String fromNl = fixture.fromNlHotline();
        fixture.awaitDelivered(first, "de-hotline");
        fixture.awaitDelivered(second, "police-fccu");
        closeByDe(first);
        fixture.receivedAt(first, Instant.parse("2019-03-10T12:00:00Z"));
        fixture.receivedAt(second, Instant.parse("2019-06-30T22:30:00Z"));
        fixture.receivedAt(fromNl, Instant.parse("2019-12-31T22:59:59Z"));
        JsonNode jsonBefore = yearly(2019, "application/json");
        String csvBefore = yearly(2019, "text/csv").asText();
        assertThat(jsonBefore.at("/figures/reports/received/total").asLong()).isEqualTo(3);
        assertThat(jsonBefore.at("/figures/contentUrls/duplicates/total").asLong()).isEqualTo(1);

        JsonNode answer = run(false);
        assertThat(references(answer, "content")).contains(first, second, fromNl);
        assertThat(answer.at("/dataClasses/1/yearsFrozen").toString()).contains("2019");
        // Counted now, the URLs would be gone (their keys are): the answer is the frozen figures.
        assertThat(database().count("select count(*) from content_key where reference in (?, ?, ?)", first, second, fromNl)).isZero();
        assertThat(yearly(2019, "application/json")).isEqualTo(jsonBefore);
        assertThat(yearly(2019, "text/csv").asText()).isEqualTo(csvBefore);
        assertThat(opsYearly(2019, "")).isEqualTo(jsonBefore.toString());
        assertThat(opsYearly(2019, "&format=csv")).isEqualTo(csvBefore);
    }

    @Test
    void aDryRunListsWhatWouldGoAndChangesNothingAndASecondRunPurgesNothingMore() throws Exception {
        Report report = report("NOT_ILLEGAL", "DE");
        fixture.receivedAt(report.reference, Instant.parse("2018-05-01T10:00:00Z"));

        JsonNode dry = run(true);
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(references(dry, "reporter-contact")).contains(report.reference);
        assertThat(references(dry, "content")).contains(report.reference);
        assertThat(dry.at("/dataClasses/1/yearsToFreeze").toString()).contains("2018");
        assertThat(dry.toString()).doesNotContain(report.url).doesNotContain(report.email);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = OpsCli.run("retention", new String[] {"run", "--dry-run"}, Map.of("GATEWAY_OPS_URL", "http://127.0.0.1:" + opsPort,
                "GATEWAY_OPS_USER", "ops", "GATEWAY_OPS_PASSWORD", "demo-ops-password"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("dry run: nothing was changed", "  " + report.reference);
        assertThat(contactRows(report.reference)).isEqualTo(1);
        assertThat(database().count("select count(*) from report_content_item where reference = ? and url = ?",
                report.reference, report.url)).isEqualTo(1);
        assertThat(database().count("select count(*) from yearly_figures where figures_year = 2018")).isZero();
        assertThat(database().count("select count(*) from report_event where reference = ? and event_type like '%PURGED'",
                report.reference)).isZero();

        run(false);
        assertThat(events(report.reference, "REPORTER_CONTACT_PURGED")).hasSize(1);
        assertThat(events(report.reference, "CONTENT_PURGED")).hasSize(1);
        long events = database().count("select count(*) from report_event");
        JsonNode again = run(false);
        assertThat(again.at("/dataClasses/0/count").asLong()).isZero();
        assertThat(again.at("/dataClasses/1/count").asLong()).isZero();
        assertThat(database().count("select count(*) from report_event")).isEqualTo(events);
        assertThat(database().count("select count(*) from ops_audit where action = 'RETENTION_RUN'")).isPositive();
        assertThat(opsPost("/ops/api/retention/run?dryRun=maybe").statusCode()).isEqualTo(400);
    }

    @Test
    void twoRunsAtOncePurgeEachReportOnce() throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Report report = report("NOT_ILLEGAL", "DE");
            fixture.receivedAt(report.reference, Instant.parse("2017-0" + (i + 1) + "-01T10:00:00Z"));
            references.add(report.reference);
        }
        RetentionRun retention = context().getRegistry().lookupByNameAndType("retentionRun", RetentionRun.class);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Map<String, Object>> runner = () -> {
            start.await();
            return retention.run(false);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Map<String, Object>> one = threads.submit(runner);
            Future<Map<String, Object>> two = threads.submit(runner);
            start.countDown();
            List<Object> purged = new ArrayList<>();
            for (Future<Map<String, Object>> run : List.of(one, two)) {
                JsonNode answer = json.valueToTree(run.get());
                answer.at("/dataClasses/1/references").forEach(reference -> purged.add(reference.asText()));
            }
            assertThat(purged).containsAll(references).doesNotHaveDuplicates();
        } finally {
            threads.shutdownNow();
        }
        for (String reference : references) {
            assertThat(events(reference, "CONTENT_PURGED")).as(reference).hasSize(1);
            assertThat(events(reference, "REPORTER_CONTACT_PURGED")).as(reference).hasSize(1);
        }
        assertThat(database().count("select count(*) from yearly_figures where figures_year = 2017")).isEqualTo(1);
    }

    /** A report of our case management with values of its own everywhere, so a scan can find each of them. */
    private record Report(String reference, String url, String hash, String ip, String provider, String asn, String name,
                          String email, String phone) {
    }

    private Report report(String classification, String country) throws Exception {
        String id = UUID.randomUUID().toString().replace("-", "");
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        String url = "http://board.example.de/retention/" + id;
        String hex = HexFormat.of().formatHex(hash);
        String ip = "2001:db8:" + Integer.toHexString(random.nextInt(0xffff)) + "::" + Integer.toHexString(1 + random.nextInt(0xfffe));
        String provider = "Provider " + id;
        String asn = "AS" + (4200000000L + random.nextInt(90000000));
        String name = "Reporter " + id;
        String email = "r" + id + "@example.org";
        String phone = "+32 2 " + (100 + random.nextInt(899)) + " " + (1000 + random.nextInt(8999));
        ObjectNode body = (ObjectNode) json.readTree(FiguresFixture.INTERNAL_EXAMPLE.toFile());
        body.put("partnerReference", "CM-" + id);
        body.with("assessment").put("classification", classification);
        ObjectNode item = (ObjectNode) body.get("contentItems").get(0);
        item.put("url", url).put("hostingCountry", country).put("hostingIp", ip).put("hostingProvider", provider).put("asn", asn);
        ArrayNode hashes = item.putArray("hashes");
        hashes.addObject().put("algorithm", "SHA256").put("value", hex);
        body.with("reporter").put("name", name).put("email", email).put("phone", phone);
        String reference = post(demoPartner("case-management"), json.writeValueAsBytes(body));
        return new Report(reference, url, hex, ip, provider, asn, name, email, phone);
    }

    /** The DE hotline closes the report (JSON feedback), at the gateway's time. */
    private void closeByDe(String reference) throws Exception {
        ObjectNode feedback = json.createObjectNode().put("feedbackId", "FB-" + UUID.randomUUID()).put("type", "CLOSED")
                .put("occurredAt", clock.instant().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        HttpResponse<String> response = demoPartner("de-hotline").post("/api/v1/reports/" + reference + "/feedback",
                "application/json", json.writeValueAsBytes(feedback));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
    }

    /**
     * A retention run with the gateway's clock this much later, then the clock back: the demo certificates of the
     * partner API are checked on the same clock, and would have expired years ahead.
     */
    private JsonNode runAfter(Duration later) throws Exception {
        clock.advance(later);
        try {
            return run(false);
        } finally {
            clock.advance(later.negated());
        }
    }

    private JsonNode run(boolean dryRun) throws Exception {
        HttpResponse<String> response = opsPost("/ops/api/retention/run" + (dryRun ? "?dryRun=true" : ""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> opsPost(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path)).header("Authorization", BASIC)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String opsYearly(int year, String format) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort
                + "/ops/api/stats/yearly?year=" + year + format)).header("Authorization", BASIC).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return format.isEmpty() ? json.readTree(response.body()).toString() : response.body();
    }

    /** The partner API's yearly figures: JSON as a tree, CSV as a text node. */
    private JsonNode yearly(int year, String accept) throws Exception {
        HttpResponse<String> response = demoPartner("case-management").send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + partnerPort + GatewayPaths.YEARLY_STATS + "?year=" + year)).header("Accept", accept).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return accept.equals("text/csv") ? json.getNodeFactory().textNode(response.body()) : json.readTree(response.body());
    }

    private static List<String> references(JsonNode answer, String dataClass) {
        List<String> references = new ArrayList<>();
        for (JsonNode section : answer.get("dataClasses")) {
            if (section.get("dataClass").asText().equals(dataClass)) {
                section.get("references").forEach(reference -> references.add(reference.asText()));
            }
        }
        return references;
    }

    private long contactRows(String reference) throws Exception {
        return database().count("select count(*) from reporter_contact where reference = ?", reference);
    }

    private String status(String reference) throws Exception {
        try (Connection connection = database().connect();
             PreparedStatement statement = connection.prepareStatement("select status from report where reference = ?")) {
            statement.setString(1, reference);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void awaitStatus(String reference, String wanted) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!status(reference).equals(wanted) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(status(reference)).isEqualTo(wanted);
    }

    private List<String> events(String reference, String type) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(
                "select detail from report_event where reference = ? and event_type = ? order by id")) {
            statement.setString(1, reference);
            statement.setString(2, type);
            List<String> details = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    details.add(rows.getString(1));
                }
            }
            return details;
        }
    }

    /** No text column of any table of the gateway's schema holds any of these values (case-insensitive). */
    private void assertNowhere(String... values) throws Exception {
        try (Connection connection = database().connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rows.next()) {
                    String type = rows.getString("TYPE_NAME").toLowerCase();
                    if (type.contains("char") || type.contains("text") || type.contains("clob")) {
                        columns.add(new String[] {rows.getString("TABLE_NAME"), rows.getString("COLUMN_NAME")});
                    }
                }
            }
            assertThat(columns).extracting(column -> column[0].toLowerCase()).contains("report", "reporter_contact", "feedback");
            for (String[] column : columns) {
                for (String value : values) {
                    try (PreparedStatement statement = connection.prepareStatement("select count(*) from \"" + column[0]
                            + "\" where lower(\"" + column[1] + "\") like ?")) {
                        statement.setString(1, "%" + value.toLowerCase() + "%");
                        try (ResultSet rows = statement.executeQuery()) {
                            rows.next();
                            assertThat(rows.getLong(1)).as(column[0] + "." + column[1] + " holds " + value).isZero();
                        }
                    }
                }
            }
        }
    }
}
