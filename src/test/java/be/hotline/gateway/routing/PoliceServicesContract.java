package be.hotline.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.dispatch.TestRegistry;
import be.hotline.gateway.ops.PasswordHash;
import be.hotline.gateway.simulator.PartnerSimulator;
import be.hotline.gateway.support.PartnerClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The routing rules over real mutual TLS with partner simulators: a report classified NOT_ILLEGAL is kept but
 * delivered to nobody; two domestic police services each get their own delivery of home-hosted content and
 * acknowledge and give feedback on their own; the one Interpol contact alone gets the orphans; a reloaded registry
 * that breaks the police rules is refused and the previous one stays in force. Runs on H2 and on PostgreSQL.
 */
abstract class PoliceServicesContract extends DeliveryTestSupport {

    private static final Duration SOON = Duration.ofSeconds(15);
    private static final Path EXAMPLES = Path.of("docs/api/examples");
    private static final String PLACEHOLDER = "HX-XXXXXXXXXXXXXXXXXXXX";
    private static final String OPS_USER = "olga";
    private static final String OPS_PASSWORD = "olga-test-password";
    private static final String FCCU = "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE";
    private static final String THB = "CN=thb.police.demo,O=DEMO Central Human Trafficking Service,C=BE";

    private final PartnerSimulator trafficking = PartnerSimulator.start("thb", pki, "/thb/v1/reports");
    private final Path registry = folder.resolve("partners-police-services.yaml");

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        write(registry, registryYaml(", receives: [DOMESTIC], interpolContact: true", ", receives: [DOMESTIC]"));
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.partners.reload-check-interval-ms", "200");
        properties.setProperty("gateway.ops.user-password", OPS_USER + ":" + PasswordHash.hash(OPS_PASSWORD.toCharArray(), 1000));
        return properties;
    }

    /** Both demo police services with the given roles, our case management, and the NL and DE hotlines. */
    private String registryYaml(String fccuRoles, String thbRoles) {
        String serverCa = pki.partnersCaPem().toAbsolutePath().toString();
        return new TestRegistry(DEMO_ROOT_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", FCCU, police.url(), "POLICE_XML", serverCa, "", fccuRoles)
                .receiver("police-thb", "POLICE", "BE", THB, trafficking.url(), "POLICE_XML", serverCa, "", thbRoles)
                .caller("case-management", "INTERNAL", "BE", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE")
                .receiver("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", nl.url(), "INHOPE_XML",
                        serverCa, "")
                .receiver("de-hotline", "HOTLINE", "DE", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", de.url(), "INHOPE_XML",
                        serverCa, "")
                .yaml();
    }

    @AfterAll
    void stopTraffickingSimulator() {
        trafficking.close();
    }

    // --- classification gate ------------------------------------------------------------------------

    @Test
    void aReportClassifiedNotIllegalIsKeptAndCountedButDeliveredToNobody() throws Exception {
        byte[] report = internalReport("BE", "NOT_ILLEGAL");
        HttpResponse<String> accepted = demoPartner("case-management").post("/api/v1/reports", "application/json", report);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode answer = json.readTree(accepted.body());
        assertThat(answer.get("status").asText()).isEqualTo("NOT_FORWARDED");
        String reference = answer.get("reference").asText();
        // Deliveries are written in the report's own transaction: none now means none ever.
        assertThat(deliveryPartners(reference)).isEmpty();

        JsonNode stored = readReport(reference);
        assertThat(stored.get("status").asText()).isEqualTo("NOT_FORWARDED");
        assertThat(stored.get("events").findValuesAsText("type")).containsExactly("RECEIVED", "VALIDATED", "NOT_FORWARDED");
        assertThat(stored.get("events").get(2).get("detail").asText())
                .isEqualTo("classified NOT_ILLEGAL: stored and counted, delivered to nobody");
        assertThat(demoPartner("case-management").get("/api/v1/reports?status=NOT_FORWARDED&limit=200").body()).contains(reference);
        // Not a receiver: the police do not see it.
        assertThat(demoPartner("police-fccu").get("/api/v1/reports/" + reference).statusCode()).isEqualTo(404);
        assertThat(demoPartner("police-thb").get("/api/v1/reports/" + reference).statusCode()).isEqualTo(404);

        HttpResponse<String> again = demoPartner("case-management").post("/api/v1/reports", "application/json", report);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("reference").asText()).isEqualTo(reference);
        assertThat(json.readTree(again.body()).get("status").asText()).isEqualTo("NOT_FORWARDED");
        assertThat(deliveryPartners(reference)).isEmpty();
    }

    @Test
    void aForeignHotlinesNotIllegalReportIsNotForwardedAndItsSenderReadsWhy() throws Exception {
        String report = Files.readString(EXAMPLES.resolve("report-nl-hotline.json"))
                .replace("NL-2026-004711", "NL-GATE-" + UUID.randomUUID()).replace("BASELINE", "NOT_ILLEGAL");
        PartnerClient nlClient = demoPartner("nl-hotline");
        HttpResponse<String> accepted = nlClient.post("/api/v1/reports", "application/json", report.getBytes(StandardCharsets.UTF_8));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String reference = json.readTree(accepted.body()).get("reference").asText();
        assertThat(json.readTree(accepted.body()).get("status").asText()).isEqualTo("NOT_FORWARDED");
        JsonNode seenBySender = json.readTree(nlClient.get("/api/v1/reports/" + reference).body());
        assertThat(seenBySender.get("status").asText()).isEqualTo("NOT_FORWARDED");
        assertThat(seenBySender.get("events").findValuesAsText("type")).containsExactly("RECEIVED", "VALIDATED", "NOT_FORWARDED");
        assertThat(seenBySender.get("events").get(2).get("detail").asText())
                .isEqualTo("classified NOT_ILLEGAL: stored and counted, delivered to nobody");
        assertThat(deliveryPartners(reference)).isEmpty();
    }

    // --- several police services ----------------------------------------------------------------------

    @Test
    void twoDomesticPoliceServicesEachGetTheirOwnDeliveryAndTheReportFollowsBoth() throws Exception {
        police.succeedsWithoutReceipt();
        trafficking.succeedsWithoutReceipt();
        String reference = post(demoPartner("case-management"), internalReport("BE", "BASELINE"));
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        awaitDelivery(reference, "police-thb", "DELIVERED", SOON);

        assertThat(deliveryPartners(reference)).containsExactlyInAnyOrder("police-fccu/DOMESTIC", "police-thb/DOMESTIC");
        assertThat(deliveryColumn(reference, "police-fccu", "message_id"))
                .isNotEqualTo(deliveryColumn(reference, "police-thb", "message_id"));
        assertThat(police.received()).anySatisfy(message -> assertThat(message.bodyAsString()).contains(reference));
        assertThat(trafficking.received()).anySatisfy(message -> assertThat(message.bodyAsString()).contains(reference));
        assertThat(demoPartner("police-thb").get("/api/v1/reports/" + reference).statusCode()).isEqualTo(200);
        assertThat(reportStatus(reference)).isEqualTo("DELIVERED");

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        postPolice("police-fccu", reference, "feedback-police-case-opened.xml", now.minusSeconds(400), null);
        assertThat(deliveryColumn(reference, "police-fccu", "status")).isEqualTo("ACKNOWLEDGED");
        assertThat(deliveryColumn(reference, "police-thb", "status")).as("the other service's part").isEqualTo("DELIVERED");
        assertThat(reportStatus(reference)).as("the least advanced receiver").isEqualTo("DELIVERED");

        postPolice("police-thb", reference, "feedback-police-case-opened.xml", now.minusSeconds(300), null);
        assertThat(reportStatus(reference)).isEqualTo("CASE_OPENED");

        postPolice("police-thb", reference, "feedback-police-content-removed.xml", now.minusSeconds(200), now.minusSeconds(250));
        assertThat(deliveryColumn(reference, "police-thb", "furthest_feedback")).isEqualTo("CONTENT_REMOVED");
        assertThat(deliveryColumn(reference, "police-fccu", "furthest_feedback")).isEqualTo("CASE_OPENED");
        assertThat(reportStatus(reference)).isEqualTo("CASE_OPENED");

        postPolice("police-fccu", reference, "feedback-police-content-removed.xml", now.minusSeconds(100), now.minusSeconds(250));
        assertThat(reportStatus(reference)).isEqualTo("CONTENT_REMOVED");
        List<String> feedbackActors = new ArrayList<>();
        readReport(reference).get("events").forEach(event -> {
            if (event.get("type").asText().equals("FEEDBACK")) {
                feedbackActors.add(event.get("actor").asText());
            }
        });
        assertThat(feedbackActors).containsExactlyInAnyOrder("police-fccu", "police-fccu", "police-thb", "police-thb");
    }

    @Test
    void eachPoliceServiceHasItsOwnAcknowledgementDeadline() throws Exception {
        police.succeedsWithoutReceipt();
        trafficking.succeedsWithoutReceipt();
        String reference = post(demoPartner("case-management"), internalReport("BE", "NATIONAL"));
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);
        awaitDelivery(reference, "police-thb", "DELIVERED", SOON);
        assertThat(deliveryColumn(reference, "police-fccu", "ack_due_at")).isNotNull();
        assertThat(deliveryColumn(reference, "police-thb", "ack_due_at")).isNotNull();

        postPolice("police-thb", reference, "feedback-police-case-opened.xml", Instant.now().minusSeconds(60), null);
        assertThat(deliveryColumn(reference, "police-thb", "status")).isEqualTo("ACKNOWLEDGED");
        assertThat(deliveryColumn(reference, "police-fccu", "status")).isEqualTo("DELIVERED");
        assertThat(deliveryColumn(reference, "police-fccu", "ack_due_at")).isNotNull();
    }

    @Test
    void theInterpolContactAloneGetsTheOrphans() throws Exception {
        police.succeedsWithoutReceipt();
        trafficking.succeedsWithoutReceipt();
        // JP has no member hotline in this registry: an orphan.
        String reference = post(demoPartner("case-management"), internalReport("JP", "BASELINE"));
        awaitDelivery(reference, "police-fccu", "DELIVERED", SOON);

        assertThat(deliveryPartners(reference)).containsExactly("police-fccu/INTERPOL_COOPERATION");
        assertThat(demoPartner("police-thb").get("/api/v1/reports/" + reference).statusCode()).isEqualTo(404);
        assertThat(trafficking.received()).noneSatisfy(message -> assertThat(message.bodyAsString()).contains(reference));
    }

    @Test
    void aReloadedRegistryBreakingThePoliceRulesIsRefusedNamingWhyAndThePreviousOneStays() throws Exception {
        try {
            write(registry, registryYaml(", receives: [DOMESTIC], interpolContact: true", ", interpolContact: true"));
            awaitReadiness("exactly one enabled POLICE partner with interpolContact: true", "found 2 [police-fccu, police-thb]");

            write(registry, registryYaml("", ", interpolContact: true"));
            awaitReadiness("at least one enabled POLICE partner with receives: [DOMESTIC]", "found none");

            // The previous registry is in force: both police services still get home-hosted content.
            String reference = post(demoPartner("case-management"), internalReport("BE", "BASELINE"));
            assertThat(deliveryPartners(reference)).containsExactlyInAnyOrder("police-fccu/DOMESTIC", "police-thb/DOMESTIC");
        } finally {
            write(registry, registryYaml(", receives: [DOMESTIC], interpolContact: true", ", receives: [DOMESTIC]"));
            awaitReadiness("partner registry loaded");
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** Our case management's example report, hosted in one country, with this classification. */
    private byte[] internalReport(String country, String classification) throws Exception {
        return Files.readString(EXAMPLES.resolve("report-internal.json"))
                .replace("CM-2026-11-0193", "CM-" + UUID.randomUUID())
                .replace("\"hostingCountry\": \"DE\"", "\"hostingCountry\": \"" + country + "\"")
                .replace("\"classification\": \"BASELINE\"", "\"classification\": \"" + classification + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The report's deliveries as partner/purpose. */
    private List<String> deliveryPartners(String reference) throws Exception {
        try (Connection connection = database().connect(); PreparedStatement statement = connection.prepareStatement(
                "select partner_id, purpose from delivery where reference = ? and feedback_id is null")) {
            statement.setString(1, reference);
            List<String> partners = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    partners.add(rows.getString(1) + "/" + rows.getString(2));
                }
            }
            return partners;
        }
    }

    /** A police example from this police service, at these times, accepted. */
    private void postPolice(String partnerId, String reference, String example, Instant status, Instant removal) throws Exception {
        DateTimeFormatter local = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        String body = Files.readString(EXAMPLES.resolve(example)).replace(PLACEHOLDER, reference)
                .replaceAll("<FeedbackId>[^<]+</FeedbackId>", "<FeedbackId>" + partnerId + "-" + UUID.randomUUID() + "</FeedbackId>")
                .replaceAll("<StatusDateLocal>[^<]+</StatusDateLocal>",
                        "<StatusDateLocal>" + local.format(status.atZone(brussels)) + "</StatusDateLocal>");
        if (removal != null) {
            body = body.replaceAll("<RemovalDateLocal>[^<]+</RemovalDateLocal>",
                    "<RemovalDateLocal>" + local.format(removal.atZone(brussels)) + "</RemovalDateLocal>");
        }
        HttpResponse<String> response = demoPartner(partnerId).post("/api/v1/reports/" + reference + "/feedback",
                "application/xml", body.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    private JsonNode readReport(String reference) throws Exception {
        HttpResponse<String> response = demoPartner("case-management").get("/api/v1/reports/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String reportStatus(String reference) throws Exception {
        return readReport(reference).get("status").asText();
    }

    /** Waits (bounded) until the ops readiness answer names all of these. */
    private void awaitReadiness(String... expected) throws Exception {
        long deadline = System.nanoTime() + SOON.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = opsGet("/ops/health/ready").body();
            if (List.of(expected).stream().allMatch(body::contains)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("readiness never said " + List.of(expected) + "; last answer: " + body);
    }

    private HttpResponse<String> opsGet(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString((OPS_USER + ":" + OPS_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }
}
