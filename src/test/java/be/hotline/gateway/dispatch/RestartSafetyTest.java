package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.simulator.PartnerSimulator;
import be.hotline.gateway.simulator.ReceivedMessage;
import be.hotline.gateway.simulator.SimulatorPki;
import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.ProcessSettings;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a real gateway process while partners push reports and deliveries are in flight: after a
 * restart every report that got a 202 is delivered, and the receiver sees duplicates only as
 * re-sends carrying the same message id.
 */
class RestartSafetyTest {

    private static final Path DEMO_CA = Path.of("certs-example/ca/demo-root-ca.crt");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyAcceptedReportIsDeliveredAfterAKillMinusNine() throws Exception {
        Path folder = Files.createTempDirectory("gateway-restart");
        TestDatabase database = TestDatabase.postgres();
        SimulatorPki pki = SimulatorPki.create(folder.resolve("pki"));
        int port = FreePort.find();
        try (PartnerSimulator police = PartnerSimulator.start("police", pki, "/fccu/v1/referrals")) {
            police.respondsSlowly(Duration.ofMillis(700));
            Map<String, String> settings = settings(database, pki, police, folder, port);
            List<String> accepted = new CopyOnWriteArrayList<>();

            GatewayProcess first = GatewayProcess.start(settings, port, folder.resolve("gateway-1.log"));
            Thread pusher = new Thread(() -> push(port, accepted, 40), "partner-pusher");
            pusher.start();
            awaitCondition(() -> police.receivedCount() >= 3 && accepted.size() >= 10, "deliveries in flight");
            first.kill();
            pusher.join();
            assertThat(first.isAlive()).isFalse();

            police.succeeds();
            try (GatewayProcess second = GatewayProcess.start(settings, port, folder.resolve("gateway-2.log"))) {
                // Also reports committed just before the kill whose 202 never reached the partner.
                awaitCondition(() -> database.count("select count(*) from delivery where status not in ('DELIVERED', 'ACKNOWLEDGED')") == 0
                        && delivered(database, accepted) == accepted.size(), "every stored report delivered");
            }

            Map<String, String> messageIdByReference = messageIds(database);
            Set<String> receivedIds = police.received().stream().map(m -> m.header("X-Message-Id").orElseThrow())
                    .collect(Collectors.toSet());
            assertThat(messageIdByReference.values()).as("no delivery missing, none invented").containsExactlyInAnyOrderElementsOf(receivedIds);
            assertThat(accepted).allSatisfy(reference -> assertThat(receivedIds).contains(messageIdByReference.get(reference)));
            List<ReceivedMessage> received = police.received();
            for (String reference : accepted) {
                assertThat(received).anyMatch(m -> m.bodyAsString().contains(reference));
            }
        }
    }

    private void push(int port, List<String> accepted, int reports) {
        PartnerClient nl = PartnerClient.withCertificate(Path.of("certs-example/partners/nl-hotline.p12"), DEMO_CA, port);
        for (int i = 0; i < reports; i++) {
            try {
                String report = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                        .replace("NL-2026-004711", "NL-KILL-" + i);
                HttpResponse<String> response = nl.post("/api/v1/reports", "application/json", report.getBytes(StandardCharsets.UTF_8));
                if (response.statusCode() == 202) {
                    accepted.add(json.readTree(response.body()).get("reference").asText());
                }
                Thread.sleep(30);
            } catch (Exception gatewayKilled) {
                return;
            }
        }
    }

    private static Map<String, String> settings(TestDatabase database, SimulatorPki pki, PartnerSimulator police,
                                                Path folder, int port) throws Exception {
        String demoCa = DEMO_CA.toAbsolutePath().toString();
        Path registry = folder.resolve("partners.yaml");
        Files.writeString(registry, new TestRegistry(demoCa)
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", pki.partnersCaPem().toAbsolutePath().toString(), "",
                        TestRegistry.ONLY_POLICE_SERVICE)
                .caller("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL")
                .yaml());
        Map<String, String> settings = ProcessSettings.againstSimulators(database, port, registry, pki.gatewayClientP12());
        // Short, so the restarted node takes over the killed node's claims quickly; yet well over one call (2.5 s
        // here): a node starts a call only while its lease still covers one.
        settings.put("gateway.outbox.lease", "PT6S");
        return settings;
    }

    private static long delivered(TestDatabase database, List<String> references) {
        try {
            return references.isEmpty() ? 0 : database.count("select count(*) from delivery where status in ('DELIVERED', 'ACKNOWLEDGED') and reference in ("
                    + references.stream().map(r -> "'" + r + "'").collect(Collectors.joining(",")) + ")");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every stored delivery's message id, by report reference (one delivery per report here). */
    private static Map<String, String> messageIds(TestDatabase database) throws Exception {
        Map<String, String> ids = new java.util.HashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select reference, message_id from delivery")) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getString(2));
            }
        }
        return ids;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitCondition(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
