package be.hotline.gateway.bench;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.ServerTls;
import be.hotline.gateway.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: a real gateway process, partners pushing the docs/api example over mutual TLS with
 * keep-alive, deliveries to an HTTPS sink. Run with {@code mvn -Pbench} (see README); prints and
 * writes target/bench/results-DB.txt. Settings: -Dbench.db=h2|postgres, -Dbench.intake=N,
 * -Dbench.latency.seconds=S, -Dbench.backlog=N, -Dbench.outage.seconds=S, -Dbench.profile=true (see {@link PhaseProfile}).
 */
public final class GatewayBenchmark {

    static final Path DEMO = Path.of("certs-example");

    public static void main(String[] args) throws Exception {
        String db = System.getProperty("bench.db", "h2");
        Path folder = Files.createTempDirectory("gateway-bench");
        TestDatabase database = db.equals("postgres") ? TestDatabase.postgres() : TestDatabase.h2(folder.resolve("db"));
        int port = FreePort.find();
        double limit = machineLimit(folder);
        try (HttpsSink sink = new HttpsSink(ServerTls.create(folder, "sink", List.of("localhost"),
                List.of("127.0.0.1"), DEMO.resolve("ca/demo-root-ca.crt")), FreePort.find())) {
            sink.start();
            Map<String, String> settings = settings(database, folder, sink, port);
            try (GatewayProcess gateway = GatewayProcess.start(settings, port, folder.resolve("gateway.log"))) {
                List<PartnerClient> partners = partners(port);
                ReportPusher pusher = new ReportPusher(partners, Integer.getInteger("bench.connections", 24));
                Map<String, String> results = new LinkedHashMap<>();
                results.put("database", database.toString());
                results.put("limit reports/s (nginx, same mTLS, 202, no work)", String.format("%.0f", limit));
                pusher.pushAsFastAsPossible("warmup", 2_000);
                ReportPusher.Result intake;
                try (AutoCloseable profile = PhaseProfile.startIfAsked(gateway, "intake", db)) {
                    intake = pusher.pushAsFastAsPossible("intake", Integer.getInteger("bench.intake", 20_000));
                }
                results.put("intake reports/s while delivering (202 after commit)", String.format("%.0f", intake.perSecond()));
                results.put("  share of the limit (while delivering)", String.format("%.0f %%", 100 * intake.perSecond() / limit));
                awaitDelivered(sink, pusher.accepted(), Duration.ofMinutes(5));

                ReportPusher.Result paced = pusher.pushPaced("latency", 300, Integer.getInteger("bench.latency.seconds", 30));
                awaitDelivered(sink, pusher.accepted(), Duration.ofMinutes(2));
                results.putAll(Latencies.of(paced.sentNanosByReference(), sink::arrivedNanos).describe("end-to-end at 300/s"));

                sink.stop();
                Instant outageStart = Instant.now();
                int backlog = Integer.getInteger("bench.backlog", 100_000);
                ReportPusher.Result backlogPush = pusher.pushAsFastAsPossible("backlog", backlog);
                long outage = Long.getLong("bench.outage.seconds", 60);
                Thread.sleep(Math.max(0, Duration.ofSeconds(outage).minus(Duration.between(outageStart, Instant.now())).toMillis()));
                int before = sink.distinctArrived();
                long restored;
                long resumed;
                double drainSeconds;
                try (AutoCloseable profile = PhaseProfile.startIfAsked(gateway, "drain", db)) {
                    sink.start();
                    restored = System.nanoTime();
                    while (sink.distinctArrived() == before) {
                        Thread.sleep(5);
                    }
                    resumed = System.nanoTime();
                    awaitDelivered(sink, pusher.accepted(), Duration.ofMinutes(15));
                    drainSeconds = (System.nanoTime() - resumed) / 1e9;
                }
                int drained = sink.distinctArrived() - before;
                results.put("intake reports/s while the partner is down", String.format("%.0f", backlogPush.perSecond()));
                results.put("  share of the limit (intake alone)", String.format("%.0f %%", 100 * backlogPush.perSecond() / limit));
                results.put("backlog after " + outage + " s outage", Integer.toString(drained));
                results.put("first delivery after the partner is back, s (circuit half-open)",
                        String.format("%.1f", (resumed - restored) / 1e9));
                results.put("backlog drain reports/s", String.format("%.0f", drained / drainSeconds));
                results.put("gateway peak RSS MiB", Long.toString(gateway.peakRssKib() / 1024));
                if (db.equals("postgres")) {
                    results.putAll(TwoNodeDrain.measure(settings, folder, sink, pusher, backlog, Duration.ofSeconds(outage)));
                }
                results.put("re-sends seen by sink", Integer.toString(sink.requests() - sink.distinctArrived()));
                report(results, db);
            }
        }
    }

    /**
     * The same partners, connections and reports against nginx answering 202 without work ({@link NginxBaseline}),
     * before the gateway starts: the machine's limit for this load.
     */
    private static double machineLimit(Path folder) throws Exception {
        int port = FreePort.find();
        try (NginxBaseline nginx = NginxBaseline.start(folder, port)) {
            ReportPusher pusher = new ReportPusher(partners(port), Integer.getInteger("bench.connections", 24));
            pusher.pushAsFastAsPossible("limit-warmup", 2_000);
            return pusher.pushAsFastAsPossible("limit", Integer.getInteger("bench.intake", 20_000)).perSecond();
        }
    }

    static void awaitDelivered(HttpsSink sink, List<String> accepted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (sink.distinctArrived() < accepted.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + sink.distinctArrived() + " of " + accepted.size() + " delivered");
            }
            Thread.sleep(20);
        }
    }

    static Map<String, String> settings(TestDatabase database, Path folder, HttpsSink sink, int port) throws Exception {
        Path registry = folder.resolve("partners.yaml");
        String demoCa = DEMO.resolve("ca/demo-root-ca.crt").toAbsolutePath().toString();
        String issuer = "CN=Hotline Exchange Gateway DEMO Root CA,O=DEMO ONLY - not for production,C=BE";
        Files.writeString(registry, """
                partners:
                  - {id: police-fccu, name: police, kind: POLICE, country: BE, trustedCas: ["%1$s"],
                     receives: [DOMESTIC], interpolContact: true,
                     certificates: [{subject: "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE", issuer: "%2$s"}],
                     outbound: {url: "%3$s", format: POLICE_XML, trustedCas: ["%4$s"]}}
                  - {id: nl-hotline, name: nl, kind: HOTLINE, country: NL, trustedCas: ["%1$s"],
                     certificates: [{subject: "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", issuer: "%2$s"}],
                     outbound: {url: "https://127.0.0.1:1/unused", format: INHOPE_XML}}
                  - {id: de-hotline, name: de, kind: HOTLINE, country: DE, trustedCas: ["%1$s"],
                     certificates: [{subject: "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", issuer: "%2$s"}],
                     outbound: {url: "https://127.0.0.1:1/unused", format: INHOPE_XML}}
                  - {id: case-management, name: cm, kind: INTERNAL, country: BE, trustedCas: ["%1$s"],
                     certificates: [{subject: "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE", issuer: "%2$s"}]}
                """.formatted(demoCa, issuer, sink.url(), ServerTls.caPem(folder, "sink").toAbsolutePath()));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("gateway.db.url", database.jdbcUrl());
        settings.put("gateway.db.user", database.user());
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(port));
        settings.put("gateway.partners.file", registry.toString());
        settings.put("gateway.outbox.poll-interval-ms", "20");
        settings.put("gateway.circuit.open-for", "PT5S");
        return settings;
    }

    static List<PartnerClient> partners(int port) {
        Path ca = DEMO.resolve("ca/demo-root-ca.crt");
        List<PartnerClient> partners = new ArrayList<>();
        for (String name : List.of("nl-hotline", "de-hotline", "case-management")) {
            partners.add(PartnerClient.withCertificate(DEMO.resolve("partners/" + name + ".p12"), ca, port));
        }
        return partners;
    }

    private static void report(Map<String, String> results, String db) throws Exception {
        StringBuilder text = new StringBuilder("Hotline Exchange Gateway benchmark, " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores\n");
        results.forEach((name, value) -> text.append(String.format("  %-52s %s%n", name, value)));
        System.out.print(text);
        Path out = Path.of("target/bench/results-" + db + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }
}
