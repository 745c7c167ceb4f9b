package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.store.OpsActions;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.RawHttpsClient;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Every answer example in docs/api/openapi.yaml is what the real gateway answers in the situation it shows:
 * the test walks the document, brings the gateway (real Jetty, mutual TLS, the demo partners' certificates,
 * partner simulators as receivers) into each example's situation, and compares status, Content-Type and
 * body by {@link DocumentedAnswerRules}. A new example without a situation here fails the test.
 */
class DocumentedAnswersTest extends DeliveryTestSupport {

    private static final Path API_DOCS = Path.of("docs/api");
    private static final String REPORTS = GatewayPaths.REPORTS;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Duration SOON = Duration.ofSeconds(20);
    /** The reference and message id the examples show, used where the answer is about something unknown. */
    private static final String EXAMPLE_REFERENCE = "HX-7K2M9Q4TZ8D1XW0B5N3R";
    private static final String EXAMPLE_MESSAGE_ID = "7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347";

    /**
     * Examples whose situation needs a gateway set up otherwise than this one, and the test that compares them with the
     * real answer: duplicate matching is off here (every situation posts the same example content again).
     */
    static final Map<String, String> SHOWN_ELSEWHERE = Map.of(
            key("post", REPORTS, 202, "already-known"), "be.hotline.gateway.dedupe.DuplicatesContract");

    private final Path databaseFolder = folder.resolve("database");
    private final TestDatabase database = TestDatabase.h2(databaseFolder);
    private int unique;

    /** What the gateway answered. */
    record Answer(int status, String contentType, String body) {
        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        }

        static Answer of(RawHttpsClient.Response response) {
            return new Answer(response.status(), response.headers().getOrDefault("content-type", ""), response.body());
        }
    }

    /** Brings the gateway into an example's situation and returns its answer. */
    interface Situation {
        Answer answer() throws Exception;
    }

    @Override
    protected TestDatabase database() {
        return database;
    }

    /**
     * The simulators' registry, with the demo partners' names from config/partners.yaml (answers quote them), their
     * feedback URLs and the police's confidential case number as there,
     * and one concurrent request for de-hotline, so that a second one in flight is refused with 429; case-management
     * also trusts the CA of the simulators' gateway client certificate, which identifies no partner.
     */
    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        try {
            Path registry = Path.of(properties.getProperty("gateway.partners.file"));
            String yaml = Files.readString(registry);
            for (JsonNode partner : YAML.readTree(Path.of("config/partners.yaml").toFile()).path("partners")) {
                String id = partner.path("id").asText();
                yaml = yaml.replace("{id: " + id + ", name: " + id + ",",
                        "{id: " + id + ", name: \"" + partner.path("name").asText() + "\","
                                + (id.equals("de-hotline") ? " limits: {concurrentRequests: 1}," : "")
                                + (id.equals("police-fccu") ? " confidentialFeedback: [caseNumber]," : ""));
            }
            // The hotlines take relays of feedback on the reports they sent, as in config/partners.yaml.
            for (var hotline : List.of(nl, de)) {
                yaml = yaml.replace("url: \"" + hotline.url() + "\"",
                        "url: \"" + hotline.url() + "\", feedbackUrl: \"" + hotline.feedbackUrl() + "\""
                                + (hotline == de ? ", ackDeadline: PT2S" : ""));
            }
            // A CA trusted for a partner's callers, whose client certificate no partner registers: a 403.
            yaml = yaml.replace("kind: INTERNAL, country: BE, trustedCas: [\"",
                    "kind: INTERNAL, country: BE, trustedCas: [\"" + pki.gatewayCaPem().toAbsolutePath() + "\", \"");
            Files.writeString(registry, yaml);
            // Overdue acknowledgements flagged soon after DE's 2 s deadline, not once a minute.
            properties.setProperty("gateway.ack.check-interval-ms", "200");
            // 3 s instead of 20: a raw client's read gives up after 15 s. The answer quotes the setting.
            properties.setProperty("gateway.partner-api.body-read-timeout", "PT3S");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    @Test
    void everyDocumentedAnswerIsWhatTheGatewayAnswers() throws Exception {
        Map<String, DocumentedAnswerExamples.Example> examples = DocumentedAnswerExamples.in(YAML.readTree(API_DOCS.resolve("openapi.yaml").toFile()));
        Map<String, Situation> situations = situations();
        List<String> differences = new ArrayList<>();
        examples.keySet().stream().filter(key -> !situations.containsKey(key) && !SHOWN_ELSEWHERE.containsKey(key))
                .forEach(key -> differences.add(key + ": no situation brings the gateway to this example"));
        situations.keySet().stream().filter(key -> !examples.containsKey(key))
                .forEach(key -> differences.add(key + ": a situation for an example that is not documented"));
        for (Map.Entry<String, Situation> situation : situations.entrySet()) {
            DocumentedAnswerExamples.Example example = examples.get(situation.getKey());
            if (example != null) {
                differences.addAll(DocumentedAnswerExamples.differences(situation.getKey(), example, situation.getValue().answer()));
            }
        }
        assertThat(examples).as("answer examples found in openapi.yaml").hasSizeGreaterThan(40);
        assertThat(differences).as("answers that differ from their documented example").isEmpty();
    }

    private Map<String, Situation> situations() {
        Map<String, Situation> situations = new LinkedHashMap<>();
        String feedback = REPORTS + "/{reference}/feedback";
        String report = REPORTS + "/{reference}";
        String redeliver = "/api/v1/deliveries/{messageId}/redeliver";

        // Reports in
        situations.put(key("post", REPORTS, 202, "accepted"), () -> Answer.of(post(nl(), REPORTS, nlReport(fresh("NL")))));
        situations.put(key("post", REPORTS, 202, "notForwarded"), () -> Answer.of(post(nl(), REPORTS,
                nlReport(fresh("NL")).replace("\"classification\": \"BASELINE\"", "\"classification\": \"NOT_ILLEGAL\""))));
        situations.put(key("post", REPORTS, 409, "conflict"), () -> {
            String partnerReference = fresh("NL");
            String first = nlReport(partnerReference);
            assertThat(post(nl(), REPORTS, first).statusCode()).isEqualTo(202);
            return Answer.of(post(nl(), REPORTS, first.replace("img-0042.jpg", "img-0043.jpg")));
        });
        situations.put(key("post", REPORTS, 413, "tooLarge"), () -> tooLarge(REPORTS));
        situations.put(key("post", REPORTS, 415, "unsupported"), () -> Answer.of(nl().post(REPORTS, "text/plain",
                bytes(nlReport(fresh("NL"))))));
        situations.put(key("post", REPORTS, 415, "encoded"), () -> gzipped(REPORTS, nlReport(fresh("NL"))));
        situations.put(key("post", REPORTS, 422, "invalid"), () -> {
            ObjectNode body = internalReport("DE");
            ((ObjectNode) body.withArray("contentItems").get(0)).put("hostingCountry", "de");
            body.withObject("assessment").remove("classification");
            return Answer.of(post(internal(), REPORTS, body.toString()));
        });
        situations.put(key("post", REPORTS, 422, "misdirected"), () -> Answer.of(post(nl(), REPORTS,
                nlReport(fresh("NL")).replaceFirst("\"hostingCountry\": \"BE\"", "\"hostingCountry\": \"DE\""))));
        situations.put(key("post", REPORTS, 422, "reporterFromOutside"), () -> {
            ObjectNode body = (ObjectNode) json.readTree(nlReport(fresh("NL")));
            body.set("reporter", internalReport("DE").get("reporter"));
            return Answer.of(post(nl(), REPORTS, body.toString()));
        });

        // Reports read
        situations.put(key("get", REPORTS, 200, "page"), this::reportsPage);
        situations.put(key("get", report, 200, "delivered"), () -> {
            police.succeedsWithoutReceipt();
            String reference = deliveredToPolice();
            return Answer.of(nl().get(REPORTS + "/" + reference));
        });
        situations.put(key("get", report, 200, "caseManagementsOwn"), () -> {
            police.succeedsWithoutReceipt();
            String reference = post(internal(), bytes(internalReport("BE").toString()));
            awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
            return Answer.of(internal().get(REPORTS + "/" + reference));
        });
        situations.put(key("get", report, 200, "contentRemoved"), this::contentRemoved);
        situations.put(key("get", report, 200, "opsRetried"), this::opsRetried);
        situations.put(key("get", report, 200, "receiver"), () -> {
            police.succeedsWithoutReceipt();
            String reference = deliveredToPolice();
            assertThat(policeFeedback(reference, "feedback-police-case-opened.xml").statusCode()).isEqualTo(202);
            return Answer.of(demoPartner("police-fccu").get(REPORTS + "/" + reference));
        });
        situations.put(key("get", report, 404, "notFound"), () -> Answer.of(nl().get(REPORTS + "/" + EXAMPLE_REFERENCE)));

        // Feedback
        situations.put(key("post", feedback, 202, "applied"), () -> {
            police.succeedsWithoutReceipt();
            return Answer.of(policeFeedback(deliveredToPolice(), "feedback-police-case-opened.xml"));
        });
        situations.put(key("post", feedback, 404, "notDelivered"), () -> Answer.of(post(nl(), feedbackPath(EXAMPLE_REFERENCE),
                Files.readString(API_DOCS.resolve("examples/feedback-de-acknowledged.json")))));
        situations.put(key("post", feedback, 409, "afterClosed"), () -> {
            police.succeedsWithoutReceipt();
            String reference = deliveredToPolice();
            assertThat(post(police(), feedbackPath(reference), feedbackJson(fresh("FCCU-CF"), "CLOSED", 120)).statusCode())
                    .isEqualTo(202);
            return Answer.of(post(police(), feedbackPath(reference), feedbackJson(fresh("FCCU-CF"), "TAKEDOWN_ORDERED", 60)));
        });
        situations.put(key("post", feedback, 409, "idReused"), () -> {
            police.succeedsWithoutReceipt();
            String first = deliveredToPolice();
            String second = deliveredToPolice();
            String feedbackId = fresh("FCCU-CF");
            assertThat(post(police(), feedbackPath(first), feedbackJson(feedbackId, "CASE_OPENED", 60)).statusCode()).isEqualTo(202);
            return Answer.of(post(police(), feedbackPath(second), feedbackJson(feedbackId, "CASE_OPENED", 60)));
        });
        situations.put(key("post", feedback, 413, "tooLarge"), () -> tooLarge(feedbackPath(EXAMPLE_REFERENCE)));
        situations.put(key("post", feedback, 415, "unsupported"), () -> Answer.of(police().post(feedbackPath(EXAMPLE_REFERENCE),
                "text/plain", bytes(feedbackJson(fresh("FCCU-CF"), "CASE_OPENED", 60)))));
        situations.put(key("post", feedback, 415, "encoded"), () -> gzipped(feedbackPath(EXAMPLE_REFERENCE),
                feedbackJson(fresh("FCCU-CF"), "CASE_OPENED", 60)));
        situations.put(key("post", feedback, 422, "invalid"), () -> {
            ObjectNode removal = deFeedback("feedback-de-content-removed.json");
            removal.remove("removedAt");
            return Answer.of(post(de(), feedbackPath(deliveredToDe()), removal.toString()));
        });
        situations.put(key("post", feedback, 422, "notYourType"), () -> Answer.of(post(de(), feedbackPath(deliveredToDe()),
                feedbackJson(fresh("DE-FB"), "CASE_OPENED", 60))));
        situations.put(key("post", feedback, 422, "removedTooEarly"), () -> {
            ObjectNode removal = deFeedback("feedback-de-content-removed.json");
            removal.put("removedAt", "2026-11-17T07:40:00Z");
            return Answer.of(post(de(), feedbackPath(deliveredToDe()), removal.toString()));
        });

        // Statistics
        situations.put(key("get", "/api/v1/stats/takedown", 200, "year"), () -> {
            de.succeedsWithoutReceipt();
            String reference = deliveredToDe();
            assertThat(post(de(), feedbackPath(reference), deFeedback("feedback-de-content-removed.json").toString())
                    .statusCode()).isEqualTo(202);
            // an outcome with a reason, for the figures by reason
            assertThat(post(de(), feedbackPath(deliveredToDe()), deFeedback("feedback-de-item-site-down.json").toString())
                    .statusCode()).isEqualTo(202);
            return Answer.of(internal().get("/api/v1/stats/takedown?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z"));
        });

        situations.put(key("get", GatewayPaths.YEARLY_STATS, 200, "year"), () -> Answer.of(yearlyFigures("application/json")));
        situations.put(key("get", GatewayPaths.YEARLY_STATS, 200, "yearAsCsv"), () -> Answer.of(yearlyFigures("text/csv")));

        // Deliveries, for their receiver
        situations.put(key("get", "/api/v1/deliveries", 200, "page"), this::deliveriesPage);
        situations.put(key("get", "/api/v1/deliveries", 200, "caughtUp"), () -> Answer.of(police().get(
                "/api/v1/deliveries?since=" + caughtUpCursor(police()))));
        situations.put(key("post", redeliver, 202, "queued"), () -> {
            police.succeedsWithoutReceipt();
            String reference = deliveredToPolice();
            return Answer.of(redeliver(police(), deliveryColumn(reference, "police-fccu", "message_id")));
        });
        situations.put(key("post", redeliver, 404, "notFound"), () -> Answer.of(redeliver(police(), EXAMPLE_MESSAGE_ID)));
        situations.put(key("post", redeliver, 409, "cancelled"), () -> {
            police.unavailableWithRetryAfter("60");
            String reference = post(nl(), nlReport(fresh("NL")).getBytes(StandardCharsets.UTF_8));
            awaitDelivery(reference, "police-fccu", "PENDING", SOON);
            long id = Long.parseLong(deliveryColumn(reference, "police-fccu", "id"));
            assertThat(opsActions().cancel(id, "alice", "sent by mail instead", Instant.now()))
                    .isInstanceOf(OpsActions.Outcome.Done.class);
            police.succeeds();
            return Answer.of(redeliver(police(), deliveryColumn(reference, "police-fccu", "message_id")));
        });
        situations.put(key("post", redeliver, 415, "unsupportedMediaType"), () -> Answer.of(police().post(
                "/api/v1/deliveries/" + EXAMPLE_MESSAGE_ID + "/redeliver", "multipart/form-data",
                bytes("--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--\r\n"))));

        // Shared answers (components/responses), shown on POST or GET /api/v1/reports
        situations.put(component("TooManyRequests", "overLimit"), this::overLimit);
        situations.put(component("RequestTimeout", "tooSlow"), this::tooSlow);
        situations.put(component("MalformedRequest", "malformed"), () -> Answer.of(post(nl(), REPORTS,
                "{\"partnerReference\": \"x\",")));
        situations.put(component("Unauthorized", "invalidSignature"), () -> Answer.of(nl().send(request(REPORTS)
                .POST(HttpRequest.BodyPublishers.ofString(nlReport(fresh("NL")))).header("Content-Type", "application/json")
                .header("X-Message-Signature", "bm90IGEgc2lnbmF0dXJl"))));
        situations.put(component("Forbidden", "forbidden"), this::unregistered);
        situations.put(component("InvalidQuery", "invalidQuery"), () -> Answer.of(internal().get(REPORTS + "?limit=0&sort=x")));
        situations.put(component("InternalOnly", "internalOnly"), () -> Answer.of(nl().get(REPORTS)));
        situations.put(component("InternalOnly", "forbidden"), this::unregistered);
        situations.put(component("MethodNotAllowed", "wrongMethod"), () -> Answer.of(nl().send(request(REPORTS)
                .method("PUT", HttpRequest.BodyPublishers.ofString(nlReport(fresh("NL")))).header("Content-Type", "application/json"))));
        // Last: the database broken, then out of reach
        situations.put(component("InternalError", "internal"), this::internalError);
        situations.put(component("Unavailable", "unavailable"), () -> {
            try (HeldH2File held = HeldH2File.closeAndHold(database, databaseFolder.resolve("gateway.mv.db"))) {
                return Answer.of(post(nl(), REPORTS, nlReport(fresh("NL"))));
            }
        });
        return situations;
    }

    // --- situations that take more than a line -------------------------------------------------------

    /**
     * Our case management's reports since a moment, newest first, two a page: one to DE and NL whose content DE
     * removed while NL does not answer, then one delivered to DE whose acknowledgement is overdue (DE's deadline
     * is 2 s here); an older one makes a next page.
     */
    private Answer reportsPage() throws Exception {
        String since = Instant.now().minusSeconds(1).toString();
        post(internal(), bytes(internalReport("DE").toString()));
        nl.unavailableWithRetryAfter("60");
        de.succeedsWithoutReceipt();
        ObjectNode twoCountries = internalReport("DE");
        ObjectNode nlItem = ((ObjectNode) twoCountries.withArray("contentItems").get(0)).deepCopy();
        twoCountries.withArray("contentItems").add(nlItem.put("hostingCountry", "NL").put("url", "https://images.example.nl/1.jpg"));
        String removed = post(internal(), bytes(twoCountries.toString()));
        awaitDelivery(removed, "de-hotline", "DELIVERED", SOON);
        assertThat(post(de(), feedbackPath(removed), deFeedback("feedback-de-content-removed.json").toString()).statusCode())
                .isEqualTo(202);
        String overdue = post(internal(), bytes(internalReport("DE").toString()));
        awaitDelivery(overdue, "de-hotline", "DELIVERED", SOON);
        awaitAckOverdue(overdue);
        nl.succeeds();
        return Answer.of(internal().get(REPORTS + "?partner=case-management&limit=2&receivedFrom=" + since));
    }

    private Answer contentRemoved() throws Exception {
        police.succeedsWithoutReceipt();
        nl.succeeds();
        String reference = deliveredToPolice();
        assertThat(policeFeedback(reference, "feedback-police-case-opened.xml").statusCode()).isEqualTo(202);
        awaitSendersEvents(reference, "DELIVERED", "nl-hotline", 1); // the relay of CASE_OPENED
        assertThat(policeFeedback(reference, "feedback-police-takedown-ordered.xml").statusCode()).isEqualTo(202);
        awaitSendersEvents(reference, "DELIVERED", "nl-hotline", 2);
        assertThat(policeFeedback(reference, "feedback-police-content-removed.xml").statusCode()).isEqualTo(202);
        awaitSendersEvents(reference, "DELIVERED", "nl-hotline", 3);
        return Answer.of(nl().get(REPORTS + "/" + reference));
    }

    private void awaitAckOverdue(String reference) throws Exception {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (!json.readTree(internal().get(REPORTS + "/" + reference).body()).path("ackOverdue").asBoolean()) {
            assertThat(System.nanoTime()).as("%s flagged overdue within %s", reference, SOON).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Waits (bounded) until the NL sender's view of its report shows that many of these events. */
    private void awaitSendersEvents(String reference, String type, String actor, int count) throws Exception {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (System.nanoTime() < deadline) {
            int seen = 0;
            for (JsonNode event : json.readTree(nl().get(REPORTS + "/" + reference).body()).path("events")) {
                if (event.path("type").asText().equals(type) && event.path("actor").asText().equals(actor)) {
                    seen++;
                }
            }
            if (seen >= count) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not " + count + " " + type + " events by " + actor + " on " + reference + " within " + SOON);
    }

    private Answer opsRetried() throws Exception {
        police.rejectsPermanently(422);
        String reference = post(nl(), nlReport(fresh("NL")).getBytes(StandardCharsets.UTF_8));
        awaitDelivery(reference, "police-fccu", "DEAD", SOON);
        police.succeeds();
        long id = Long.parseLong(deliveryColumn(reference, "police-fccu", "id"));
        assertThat(opsActions().retry(id, "alice", "FCCU fixed their XSD", Instant.now())).isInstanceOf(OpsActions.Outcome.Done.class);
        awaitDelivery(reference, "police-fccu", "ACKNOWLEDGED", SOON);
        return Answer.of(nl().get(REPORTS + "/" + reference));
    }

    /**
     * Two messages to the police since a cursor, and a third: a referral acknowledged at once, one for Interpol
     * (hosted where no member hotline is) still waiting while the police answer 503, then one more.
     */
    private Answer deliveriesPage() throws Exception {
        String since = caughtUpCursor(police());
        police.succeeds();
        String acknowledged = post(nl(), nlReport(fresh("NL")).getBytes(StandardCharsets.UTF_8));
        awaitDelivery(acknowledged, "police-fccu", "ACKNOWLEDGED", SOON);
        police.unavailableWithRetryAfter("60");
        for (int i = 0; i < 2; i++) {
            String waiting = post(internal(), bytes(internalReport("US").toString()));
            awaitDelivery(waiting, "police-fccu", "PENDING", SOON);
        }
        return Answer.of(police().get("/api/v1/deliveries?limit=2&since=" + since));
    }

    /** A second request while de-hotline's one permitted request waits for its body. */
    private Answer overLimit() throws Exception {
        try (RawHttpsClient slow = raw("de-hotline")) {
            slow.send(rawPost(REPORTS, "application/json", 100) + "{");
            Thread.sleep(300);
            Answer refused = Answer.of(post(de(), REPORTS, internalReport("DE").toString()));
            slow.close();
            for (int i = 0; i < 25 && de().get("/api/v1/deliveries?limit=1").statusCode() == 429; i++) {
                Thread.sleep(200); // the gateway frees the permit once it notices the closed connection
            }
            return refused;
        }
    }

    /** A body that trickles in, a byte a second (never idle), for longer than the body read timeout. */
    private Answer tooSlow() throws Exception {
        try (RawHttpsClient client = raw("nl-hotline")) {
            client.send(rawPost(REPORTS, "application/json", 1000));
            CompletableFuture<RawHttpsClient.Response> answer = client.responseInBackground();
            for (int i = 0; i < 30 && !answer.isDone(); i++) {
                client.send(" ");
                Thread.sleep(1000);
            }
            return Answer.of(answer.get());
        }
    }

    /** A table intake writes, gone for a moment (as after an operator's mistake): an error nobody foresaw. */
    private Answer internalError() throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("alter table reporter_contact rename to reporter_contact_hidden");
            try {
                return Answer.of(post(internal(), REPORTS, internalReport("DE").toString()));
            } finally {
                statement.execute("alter table reporter_contact_hidden rename to reporter_contact");
            }
        }
    }

    private Answer unregistered() throws Exception {
        PartnerClient stranger = PartnerClient.withCertificate(pki.gatewayClientP12(), DEMO_ROOT_CA, partnerPort);
        return Answer.of(stranger.get(REPORTS));
    }

    private Answer tooLarge(String path) throws Exception {
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        try (RawHttpsClient client = raw("nl-hotline")) {
            client.send(rawPost(path, "application/json", huge.length));
            CompletableFuture<RawHttpsClient.Response> answer = client.responseInBackground();
            try {
                client.send(huge);
            } catch (IOException closedByTheGateway) {
                // the gateway answered and closed the connection before taking the body
            }
            return Answer.of(answer.get());
        }
    }

    private Answer gzipped(String path, String body) throws Exception {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(bytes(body));
        }
        return Answer.of(nl().send(request(path).header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip.toByteArray()))));
    }

    /**
     * The figures of 2026, the year the examples show, as JSON or CSV: with a report of case management moved into
     * it, so that every section keyed by partner or country has a member whatever year the test runs in.
     */
    private HttpResponse<String> yearlyFigures(String accept) throws Exception {
        String reference = deliveredToDe();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update report set received_at = timestamp with time zone '2026-06-15 10:00:00+00'"
                    + " where reference = '" + reference + "'");
        }
        return internal().send(request(GatewayPaths.YEARLY_STATS + "?year=2026").header("Accept", accept).GET());
    }

    // --- reports and feedback as the docs/api examples show them --------------------------------------

    /** The NL example report (hosted in BE: to the police) under a partner reference of its own. */
    private static String nlReport(String partnerReference) throws IOException {
        return Files.readString(API_DOCS.resolve("examples/report-nl-hotline.json")).replace("NL-2026-004711", partnerReference);
    }

    private ObjectNode internalReport(String country) throws IOException {
        ObjectNode report = (ObjectNode) json.readTree(API_DOCS.resolve("examples/report-internal.json").toFile());
        report.put("partnerReference", fresh("CM"));
        ((ObjectNode) report.withArray("contentItems").get(0)).put("hostingCountry", country);
        return report;
    }

    private String deliveredToPolice() throws Exception {
        String reference = post(nl(), nlReport(fresh("NL")).getBytes(StandardCharsets.UTF_8));
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        return reference;
    }

    private String deliveredToDe() throws Exception {
        de.succeedsWithoutReceipt();
        String reference = post(internal(), internalReport("DE").toString().getBytes(StandardCharsets.UTF_8));
        awaitDelivery(reference, "de-hotline", "DELIVERED", SOON);
        return reference;
    }

    /** A police example file about the report, with a feedback id of its own. */
    private HttpResponse<String> policeFeedback(String reference, String example) throws Exception {
        String xml = Files.readString(API_DOCS.resolve("examples/" + example)).replace("HX-XXXXXXXXXXXXXXXXXXXX", reference);
        xml = xml.replaceFirst("<FeedbackId>([^<]+)</FeedbackId>", "<FeedbackId>$1-" + (++unique) + "</FeedbackId>");
        return police().post(feedbackPath(reference), "application/xml", bytes(xml));
    }

    private ObjectNode deFeedback(String example) throws IOException {
        ObjectNode feedback = (ObjectNode) json.readTree(API_DOCS.resolve("examples/" + example).toFile());
        feedback.put("feedbackId", fresh("DE-FB"));
        return feedback;
    }

    private static String feedbackJson(String feedbackId, String type, int secondsAgo) {
        return "{\"feedbackId\":\"" + feedbackId + "\",\"type\":\"" + type + "\",\"occurredAt\":\""
                + Instant.now().minusSeconds(secondsAgo).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}";
    }

    private static String feedbackPath(String reference) {
        return REPORTS + "/" + reference + "/feedback";
    }

    /** The cursor after everything the partner has been sent so far. */
    private String caughtUpCursor(PartnerClient partner) throws Exception {
        String cursor = null;
        String path = "/api/v1/deliveries?limit=500";
        while (true) {
            JsonNode page = json.readTree(partner.get(path).body());
            cursor = page.path("last").asText(cursor);
            if (!page.has("next")) {
                return cursor;
            }
            path = "/api/v1/deliveries?limit=500&since=" + page.get("next").asText();
        }
    }

    // --- clients ---------------------------------------------------------------------------------------

    private PartnerClient nl() {
        return demoPartner("nl-hotline");
    }

    private PartnerClient de() {
        return demoPartner("de-hotline");
    }

    private PartnerClient police() {
        return demoPartner("police-fccu");
    }

    private PartnerClient internal() {
        return demoPartner("case-management");
    }

    private RawHttpsClient raw(String partner) throws IOException {
        return RawHttpsClient.connect(DEMO_CERTS.resolve("partners/" + partner + ".p12"), DEMO_ROOT_CA, partnerPort);
    }

    private static HttpResponse<String> post(PartnerClient partner, String path, String json) throws Exception {
        return partner.post(path, "application/json", bytes(json));
    }

    private HttpResponse<String> redeliver(PartnerClient partner, String messageId) throws Exception {
        return partner.send(request("/api/v1/deliveries/" + messageId + "/redeliver").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + partnerPort + path));
    }

    private static String rawPost(String path, String contentType, int length) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + length + "\r\n\r\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String fresh(String prefix) {
        return prefix + "-ANSWERS-" + (++unique) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String key(String method, String path, int status, String example) {
        return DocumentedAnswerExamples.operationKey(method, path, Integer.toString(status), example);
    }

    private static String component(String response, String example) {
        return DocumentedAnswerExamples.componentKey(response, example);
    }
}
