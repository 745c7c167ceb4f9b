package be.hotline.gateway.logging;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.TestRegistry;
import be.hotline.gateway.simulator.PartnerSimulator;
import be.hotline.gateway.simulator.SimulatorPki;
import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.ProcessSettings;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A real gateway process logging JSON through a whole scenario: case management sends reports with a reporter
 * (one good, one with a malformed e-mail, one that is not even JSON), the gateway delivers them to simulated
 * receivers (one fails first), the receivers send feedback. Then the whole log: every line is one JSON object,
 * no line holds anything of the reporter, and every line about a report names it and its partner.
 */
class StructuredLogTest {

    private static final Path DEMO_CA = Path.of("certs-example/ca/demo-root-ca.crt");
    private static final Path EXAMPLES = Path.of("docs/api/examples");
    private static final String NAME = "Zerlinde Quaghebeür";
    private static final String EMAIL = "zerlinde.q7731@reporter-test.example";
    private static final String PHONE = "+32 470 99 13 57";
    /** The values, their parts and the forms a JSON or text layout could give them. */
    private static final List<String> REPORTER_TRACES = List.of(NAME, "Zerlinde", "Quagheb", "Quaghebe\\u00fcr",
            "Quaghebe\\u00FCr", EMAIL, "zerlinde.q7731", "not-an-address-7731", PHONE, "470 99 13 57", "470991357");
    /** The loggers of the code that works on reports: each of their lines must name the report and partner. */
    private static final Set<String> REPORT_LOGGERS = Set.of("be.hotline.gateway.api.ReportIntakeEndpoint",
            "be.hotline.gateway.api.FeedbackEndpoint", "be.hotline.gateway.dispatch.DeliveryDispatcher");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theJsonLogCarriesReferenceAndPartnerAndNothingOfTheReporter() throws Exception {
        Path folder = Files.createTempDirectory("gateway-logs");
        SimulatorPki pki = SimulatorPki.create(folder.resolve("pki"));
        int port = FreePort.find();
        Path log = folder.resolve("gateway.log");
        try (PartnerSimulator police = PartnerSimulator.start("police", pki, "/fccu/v1/referrals");
             PartnerSimulator de = PartnerSimulator.start("de", pki, "/inhope/v1/reports")) {
            police.failsThenSucceeds(1, 500);
            de.succeedsWithoutReceipt();
            List<String> references = new ArrayList<>();
            try (GatewayProcess gateway = GatewayProcess.start(settings(pki, police, de, folder, port), port, log)) {
                PartnerClient caseManagement = partner("case-management", port);
                references.add(accepted(caseManagement.post("/api/v1/reports", "application/json", report("DE", EMAIL))));
                references.add(accepted(caseManagement.post("/api/v1/reports", "application/json", report("BE", EMAIL))));
                HttpResponse<String> badEmail = caseManagement.post("/api/v1/reports", "application/json",
                        report("DE", "not-an-address-7731@@"));
                assertThat(badEmail.statusCode()).as(badEmail.body()).isEqualTo(422);
                HttpResponse<String> notJson = caseManagement.post("/api/v1/reports", "application/json", ("{\"reporter\": "
                        + "{\"name\": Zerlinde Quaghebeür, \"email\": " + EMAIL + ", \"phone\": " + PHONE + "}}").getBytes(StandardCharsets.UTF_8));
                assertThat(notJson.statusCode()).as(notJson.body()).isEqualTo(400);

                await(() -> de.receivedCount() >= 1 && police.receivedCount() >= 2, "both deliveries made, the police's on a retry");
                assertThat(feedbackUntilAccepted(partner("de-hotline", port), references.get(0), "application/json", deAcknowledged()))
                        .isEqualTo(202);
                assertThat(feedbackUntilAccepted(partner("police-fccu", port), references.get(1), "application/xml",
                        policeCaseOpened(references.get(1)))).isIn(200, 202);
            }

            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                assertThat(parsesAsOneObject(line)).as("a JSON object per line: %s", line).isTrue();
                for (String trace : REPORTER_TRACES) {
                    assertThat(line).as("reporter data in the log").doesNotContainIgnoringCase(trace);
                }
                lines.add(json.readTree(line));
            }
            assertThat(lines).allSatisfy(line -> assertThat(line.fieldNames()).toIterable()
                    .contains("timestamp", "level", "logger", "thread", "message"));

            List<JsonNode> aboutReports = lines.stream().filter(l -> REPORT_LOGGERS.contains(l.path("logger").asText())).toList();
            assertThat(aboutReports).allSatisfy(line -> {
                assertThat(line.path("reference").asText()).as("reference of %s", line).startsWith("HX-");
                assertThat(line.path("partner").asText()).as("partner of %s", line).isNotBlank();
            });
            assertThat(partnersLogged(aboutReports, "ReportIntakeEndpoint", references.get(0))).containsOnly("case-management");
            assertThat(partnersLogged(aboutReports, "DeliveryDispatcher", references.get(0))).containsOnly("de-hotline");
            assertThat(partnersLogged(aboutReports, "DeliveryDispatcher", references.get(1))).containsOnly("police-fccu")
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(partnersLogged(aboutReports, "FeedbackEndpoint", references.get(0))).containsOnly("de-hotline");
            assertThat(partnersLogged(aboutReports, "FeedbackEndpoint", references.get(1))).containsOnly("police-fccu");

            // The refusals: the partner, and no reference carried over from an earlier request on the same thread.
            List<JsonNode> refusals = lines.stream().filter(l -> l.path("logger").asText().endsWith("ProblemResponder")
                    && l.path("message").asText().matches(".*problem=.*(invalid-report|malformed-request)")).toList();
            assertThat(refusals).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> {
                assertThat(line.path("partner").asText()).isEqualTo("case-management");
                assertThat(line.has("reference")).as("no stale reference: %s", line).isFalse();
            });
        }
    }

    private List<String> partnersLogged(List<JsonNode> lines, String logger, String reference) {
        List<String> partners = lines.stream().filter(l -> l.path("logger").asText().endsWith("." + logger)
                && l.path("reference").asText().equals(reference)).map(l -> l.path("partner").asText()).toList();
        assertThat(partners).as("%s lines about %s", logger, reference).isNotEmpty();
        return partners;
    }

    private boolean parsesAsOneObject(String line) {
        try {
            return json.readTree(line).isObject();
        } catch (Exception notJson) {
            return false;
        }
    }

    private byte[] report(String hostingCountry, String email) throws Exception {
        return Files.readString(EXAMPLES.resolve("report-internal.json"))
                .replace("CM-2026-11-0193", "CM-LOG-" + hostingCountry + "-" + email.hashCode())
                .replace("\"hostingCountry\": \"DE\"", "\"hostingCountry\": \"" + hostingCountry + "\"")
                .replace("Example Reporter", NAME).replace("reporter@example.org", email).replace("+32 2 555 01 23", PHONE)
                .getBytes(StandardCharsets.UTF_8);
    }

    private String accepted(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("reference").asText();
    }

    private static String deAcknowledged() throws Exception {
        return Files.readString(EXAMPLES.resolve("feedback-de-acknowledged.json"))
                .replace("2026-11-25T17:40:00Z", Instant.now().minusSeconds(5).toString());
    }

    private static String policeCaseOpened(String reference) throws Exception {
        return Files.readString(EXAMPLES.resolve("feedback-police-case-opened.xml"))
                .replace("HX-XXXXXXXXXXXXXXXXXXXX", reference)
                .replaceAll("<StatusDateLocal>[^<]+</StatusDateLocal>",
                        "<StatusDateLocal>" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.now(ZoneId.of("Europe/Brussels"))
                                .minusSeconds(5).truncatedTo(ChronoUnit.SECONDS)) + "</StatusDateLocal>");
    }

    /** Feedback is only taken once the delivery is recorded: until then the gateway answers 404. */
    private static int feedbackUntilAccepted(PartnerClient receiver, String reference, String mediaType, String body) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> response;
        do {
            response = receiver.post("/api/v1/reports/" + reference + "/feedback", mediaType, body.getBytes(StandardCharsets.UTF_8));
            if (response.statusCode() != 404) {
                return response.statusCode();
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("feedback on " + reference + " still refused: " + response.body());
    }

    private static PartnerClient partner(String name, int port) {
        return PartnerClient.withCertificate(Path.of("certs-example/partners/" + name + ".p12"), DEMO_CA, port);
    }

    private static Map<String, String> settings(SimulatorPki pki, PartnerSimulator police, PartnerSimulator de,
                                                Path folder, int port) throws Exception {
        String demoCa = DEMO_CA.toAbsolutePath().toString();
        String serverCa = pki.partnersCaPem().toAbsolutePath().toString();
        Path registry = folder.resolve("partners.yaml");
        Files.writeString(registry, new TestRegistry(demoCa)
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", serverCa, "", TestRegistry.ONLY_POLICE_SERVICE)
                .receiver("de-hotline", "HOTLINE", "DE", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", de.url(), "JSON", serverCa, "")
                .caller("case-management", "INTERNAL", "BE", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE")
                .yaml());
        TestDatabase database = TestDatabase.freshH2();
        Map<String, String> settings = ProcessSettings.againstSimulators(database, port, registry, pki.gatewayClientP12());
        settings.put("gateway.log.format", "json");
        return settings;
    }

    private static void await(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
