package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.simulator.PartnerSimulator;
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
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to a real gateway process (H2, the default database) while a delivery is in flight to a slow receiver:
 * the gateway stops gracefully, the attempt is recorded before the database closes, and the stop logs no error.
 */
class GracefulStopTest {

    private static final Path DEMO_CA = Path.of("certs-example/ca/demo-root-ca.crt");
    /** Slower than the claim-to-SIGTERM gap below, well within the response timeout (2 s) and Camel's shutdown timeout. */
    private static final Duration RECEIVER_DELAY = Duration.ofMillis(1500);

    @Test
    void aDeliveryInFlightAtSigtermIsRecordedBeforeTheDatabaseCloses() throws Exception {
        Path folder = Files.createTempDirectory("gateway-sigterm");
        TestDatabase database = TestDatabase.freshH2();
        SimulatorPki pki = SimulatorPki.create(folder.resolve("pki"));
        int port = FreePort.find();
        Path log = folder.resolve("gateway.log");
        try (PartnerSimulator police = PartnerSimulator.start("police", pki, "/fccu/v1/referrals")) {
            police.respondsSlowly(RECEIVER_DELAY);
            GatewayProcess gateway = GatewayProcess.start(settings(database, pki, police, folder, port), port, log);
            String reference;
            try {
                reference = pushReport(port);
                awaitCondition(() -> police.receivedCount() >= 1, "the delivery on its way to the slow receiver");
            } finally {
                assertThat(gateway.terminate(Duration.ofSeconds(30))).as("the gateway ended after SIGTERM").isTrue();
            }

            assertThat(database.count("select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id"
                    + " where d.reference = ?", reference)).as("the attempt under way at SIGTERM is recorded").isEqualTo(1);
            assertThat(database.count("select count(*) from delivery where reference = ? and lease_token is null"
                    + " and status in ('DELIVERED', 'ACKNOWLEDGED')", reference)).as("delivered, not left leased").isEqualTo(1);
            String written = Files.readString(log);
            assertThat(written).as("the graceful stop ran").contains("JVM shutdown hook triggered by SIGTERM");
            assertThat(written).doesNotContain("Database is already closed").doesNotContain("org.h2.")
                    .doesNotContain("SQLException").doesNotContain("StoreUnavailable").doesNotContainPattern("(?m)^\\S+ ERROR ");
            assertThat(written).as("no stack trace").doesNotContainPattern("(?m)^\\s+at [a-z]");
        }
    }

    private static String pushReport(int port) throws Exception {
        PartnerClient nl = PartnerClient.withCertificate(Path.of("certs-example/partners/nl-hotline.p12"), DEMO_CA, port);
        String report = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json")).replace("NL-2026-004711", "NL-SIGTERM-1");
        HttpResponse<String> response = nl.post("/api/v1/reports", "application/json", report.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return new ObjectMapper().readTree(response.body()).get("reference").asText();
    }

    private static Map<String, String> settings(TestDatabase database, SimulatorPki pki, PartnerSimulator police,
                                                Path folder, int port) throws Exception {
        Path registry = folder.resolve("partners.yaml");
        Files.writeString(registry, new TestRegistry(DEMO_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", pki.partnersCaPem().toAbsolutePath().toString(), "",
                        TestRegistry.ONLY_POLICE_SERVICE)
                .caller("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL")
                .yaml());
        return ProcessSettings.againstSimulators(database, port, registry, pki.gatewayClientP12());
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitCondition(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
