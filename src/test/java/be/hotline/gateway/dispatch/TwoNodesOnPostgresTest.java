package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.ProcessSettings;
import be.hotline.gateway.support.ServerTls;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two gateway processes on one PostgreSQL schema, started at the same moment, partners pushing to both, one slow
 * receiver. One node is killed with SIGKILL while it holds claimed deliveries. Every report answered 202 is delivered;
 * a message id reaches the receiver twice only after the dead node's lease ran out, never while another send of it is
 * in flight; the survivor sends what the dead node had claimed; the audit chain stays intact and the survivor seals
 * what the dead node left unsealed.
 */
class TwoNodesOnPostgresTest {

    private static final Path DEMO_CA = Path.of("certs-example/ca/demo-root-ca.crt");
    /**
     * The receiver answers slowly, so the nodes hold leases when one is killed, yet well within the response timeout:
     * no attempt fails, so a message id can arrive twice only as the survivor's re-send of what the dead node held.
     */
    private static final Duration RECEIVER_DELAY = Duration.ofMillis(500);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(8);
    /** Short, so the survivor takes over soon; twice one call (connect + response timeout), as a node needs a margin. */
    private static final Duration LEASE = Duration.ofSeconds(20);
    private static final String OPS_DEMO_CREDENTIALS = "ops:demo-ops-password";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKilledNodesDeliveriesAreSentByTheSurvivorOnceItsLeaseRanOut() throws Exception {
        Path folder = Files.createTempDirectory("gateway-two-nodes");
        TestDatabase database = TestDatabase.postgres();
        try (HttpsSink police = new HttpsSink(ServerTls.create(folder, "police", List.of("localhost"), List.of(), DEMO_CA),
                FreePort.find())) {
            police.start();
            police.respondAfter(RECEIVER_DELAY);
            Path registry = registry(folder, police);
            Node a = new Node("node-a", FreePort.find(), FreePort.find());
            Node b = new Node("node-b", FreePort.find(), FreePort.find());
            List<GatewayProcess> started = startTogether(folder, database, registry, a, b);
            try (GatewayProcess nodeA = started.get(0); GatewayProcess nodeB = started.get(1)) {
                assertThat(database.count("select count(*) from flyway_schema_history where success"))
                        .as("each migration applied once although both nodes started at the same moment")
                        .isEqualTo(database.count("select count(distinct version) from flyway_schema_history"));

                List<String> acceptedByA = new CopyOnWriteArrayList<>();
                List<String> acceptedByB = new CopyOnWriteArrayList<>();
                AtomicBoolean pushing = new AtomicBoolean(true);
                Thread toA = pusher("nl-hotline", a.partnerPort, acceptedByA, pushing);
                Thread toB = pusher("de-hotline", b.partnerPort, acceptedByB, pushing);
                toA.start();
                toB.start();
                awaitCondition(() -> acceptedByA.size() >= 10 && heldLeases(database, a.name) >= 1,
                        "node-a holding leases while reports flow", Duration.ofSeconds(60));
                nodeA.kill();
                Instant killedAt = Instant.now();
                Map<String, Instant> deadNodesLeases = leasesHeldBy(database, a.name);
                long headAtKill = auditChain(b).get("headPosition").asLong();
                int acceptedByBAtKill = acceptedByB.size();
                assertThat(deadNodesLeases).as("node-a died holding claimed deliveries").isNotEmpty();
                assertThat(database.count("select count(*) from delivery_attempt where outcome <> 'SUCCESS'"))
                        .as("no attempt failed: duplicates can only come from the kill").isZero();

                Thread.sleep(3000); // node-b keeps taking reports in after the kill
                pushing.set(false);
                toA.join();
                toB.join();
                awaitCondition(() -> database.count("select count(*) from delivery where status = 'PENDING'") == 0,
                        "every stored delivery sent", LEASE.plusSeconds(60));

                Map<String, String> messageIdOf = messageIdsByReference(database);
                List<String> accepted = new ArrayList<>(acceptedByA);
                accepted.addAll(acceptedByB);
                Map<String, List<HttpsSink.Arrival>> arrivals = police.arrivals().stream()
                        .collect(Collectors.groupingBy(HttpsSink.Arrival::messageId));
                assertThat(accepted).as("every report answered 202 reached the receiver")
                        .allSatisfy(reference -> assertThat(arrivals).containsKey(messageIdOf.get(reference)));
                assertThat(acceptedByB.size()).as("the survivor took reports in after the kill").isGreaterThan(acceptedByBAtKill);

                arrivals.forEach((messageId, sends) -> {
                    List<HttpsSink.Arrival> inOrder = sends.stream().sorted(Comparator.comparing(HttpsSink.Arrival::arrivedAt)).toList();
                    for (int i = 1; i < inOrder.size(); i++) {
                        assertThat(inOrder.get(i).arrivedAt()).as(messageId + " sent again while its first send was in flight")
                                .isAfterOrEqualTo(inOrder.get(i - 1).answeredAt());
                        assertThat(deadNodesLeases).as(messageId + " arrived twice without a dead holder").containsKey(messageId);
                        assertThat(inOrder.get(i).arrivedAt()).as(messageId + " re-sent before node-a's lease ran out")
                                .isAfterOrEqualTo(deadNodesLeases.get(messageId));
                    }
                });
                deadNodesLeases.forEach((messageId, leaseUntil) -> assertThat(arrivals.get(messageId))
                        .as(messageId + ", claimed by node-a, sent by the survivor after the lease ran out")
                        .anyMatch(arrival -> !arrival.arrivedAt().isBefore(leaseUntil)));
                assertThat(database.count("select count(*) from delivery where leased_by = ? or status not in ('DELIVERED', 'ACKNOWLEDGED')",
                        a.name)).as("nothing left held by node-a or undelivered").isZero();

                awaitCondition(() -> database.count("select count(*) from audit_pending where recorded_at <= ?",
                        java.sql.Timestamp.from(killedAt)) == 0, "the survivor sealed node-a's entries", Duration.ofSeconds(20));
                JsonNode chain = auditChain(b);
                assertThat(chain.get("status").asText()).as(chain.toString()).isEqualTo("INTACT");
                assertThat(chain.get("headPosition").asLong()).as("the survivor keeps sealing").isGreaterThan(headAtKill);
                assertThat(nodeB.isAlive()).isTrue();
            }
        }
    }

    private record Node(String name, int partnerPort, int opsPort) {
    }

    /** Both processes launched past one barrier, so their startups (and migrations) overlap. */
    private static List<GatewayProcess> startTogether(Path folder, TestDatabase database, Path registry, Node... nodes)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(nodes.length);
        List<CompletableFuture<GatewayProcess>> starting = new ArrayList<>();
        for (Node node : nodes) {
            Map<String, String> settings = ProcessSettings.againstSimulators(database, node.partnerPort, registry,
                    Path.of("certs-example/gateway/gateway.p12"));
            settings.put("gateway.node-name", node.name);
            settings.put("gateway.ops.port", Integer.toString(node.opsPort));
            settings.put("gateway.outbox.lease", LEASE.toString());
            settings.put("gateway.outbound.connect-timeout-ms", Long.toString(CONNECT_TIMEOUT.toMillis()));
            settings.put("gateway.outbound.response-timeout-ms", Long.toString(RESPONSE_TIMEOUT.toMillis()));
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                    return GatewayProcess.start(settings, node.partnerPort, folder.resolve(node.name + ".log"));
                } catch (Exception e) {
                    throw new IllegalStateException(node.name + " did not start", e);
                }
            }));
        }
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException oneFailed) {
            for (CompletableFuture<GatewayProcess> node : starting) {
                if (!node.isCompletedExceptionally()) {
                    node.join().kill();
                }
            }
            throw oneFailed;
        }
        return starting.stream().map(CompletableFuture::join).toList();
    }

    private static Path registry(Path folder, HttpsSink police) throws Exception {
        Path registry = folder.resolve("partners.yaml");
        Files.writeString(registry, new TestRegistry(DEMO_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", ServerTls.caPem(folder, "police").toAbsolutePath().toString(), "",
                        TestRegistry.ONLY_POLICE_SERVICE)
                .caller("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL")
                .caller("de-hotline", "HOTLINE", "DE", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE")
                .yaml());
        return registry;
    }

    /**
     * A partner pushing the docs/api example of its kind with its own partnerReference until told to stop or its node is
     * gone (a partner would then push to the other node); each reference answered 202 is noted.
     */
    private Thread pusher(String partner, int port, List<String> accepted, AtomicBoolean pushing) throws Exception {
        PartnerClient client = PartnerClient.withCertificate(Path.of("certs-example/partners/" + partner + ".p12"), DEMO_CA, port);
        boolean xml = partner.equals("de-hotline");
        String example = Files.readString(Path.of(xml ? "docs/api/examples/report-de-hotline.xml" : "docs/api/examples/report-nl-hotline.json"));
        String exampleReference = xml ? "DE-2026-118734" : "NL-2026-004711";
        return new Thread(() -> {
            for (int i = 0; pushing.get(); i++) {
                try {
                    byte[] report = example.replace(exampleReference, exampleReference + "-" + port + "-" + i).getBytes(StandardCharsets.UTF_8);
                    HttpResponse<String> response = client.post("/api/v1/reports", xml ? "application/xml" : "application/json", report);
                    if (response.statusCode() == 202) {
                        accepted.add(json.readTree(response.body()).get("reference").asText());
                    }
                    Thread.sleep(40);
                } catch (Exception nodeGone) {
                    return;
                }
            }
        }, "pusher-" + partner);
    }

    private static long heldLeases(TestDatabase database, String node) throws Exception {
        return database.count("select count(*) from delivery where status = 'PENDING' and leased_by = ? and lease_until > now()", node);
    }

    /** What the node holds now: each claimed delivery's message id and when its lease ends. */
    private static Map<String, Instant> leasesHeldBy(TestDatabase database, String node) throws Exception {
        Map<String, Instant> leases = new HashMap<>();
        try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(
                "select message_id, lease_until from delivery where status = 'PENDING' and leased_by = ?")) {
            statement.setString(1, node);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    leases.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return leases;
    }

    /** Our report reference → its only delivery's message id (one receiver here). */
    private static Map<String, String> messageIdsByReference(TestDatabase database) throws Exception {
        Map<String, String> ids = new HashMap<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery("select reference, message_id from delivery")) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getString(2));
            }
        }
        return ids;
    }

    /** GET /ops/api/audit/chain on the node's ops port: the chain verified now. */
    private JsonNode auditChain(Node node) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + node.opsPort + "/ops/api/audit/chain"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        OPS_DEMO_CREDENTIALS.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void awaitCondition(Condition condition, String what, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }
}
