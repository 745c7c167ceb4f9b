package be.hotline.gateway.bench;

import be.hotline.gateway.store.Database;
import be.hotline.gateway.store.DatabaseSettings;
import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.ServerTls;
import be.hotline.gateway.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 14, item 3: do the two reads stay flat as the history grows? For each size of -Dbench.reads.sizes (default
 * 10000,5000000) the PostgreSQL schema is filled up to that many reports by {@link BulkLoader} (not through the API)
 * and analysed, a real gateway process is started on it, and -Dbench.reads.requests (default 2,000) of each read are
 * timed over -Dbench.reads.connections (default 4) keep-alive connections: the NL hotline's status read of one of its
 * own reports (a random one of the whole history) and the case view's first page for our case management. Prints a
 * table and writes target/bench/reads-postgres.txt. Run with {@code mvn -Pbench-reads verify} (README, Benchmark).
 */
public final class ReadBenchmark {

    private static final int WARMUP = 200;

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.reads.sizes", "10000,5000000").split(","))
                .mapToInt(size -> Integer.parseInt(size.trim())).toArray();
        int requests = Integer.getInteger("bench.reads.requests", 2_000);
        int connections = Integer.getInteger("bench.reads.connections", 4);
        TestDatabase database = TestDatabase.postgres();
        Path folder = Files.createTempDirectory("gateway-bench-reads");
        StringBuilder table = new StringBuilder("Hotline Exchange Gateway read benchmark (PostgreSQL), " + Instant.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + requests + " requests per read over "
                + connections + " connections\n" + String.format("  %10s  %-28s %8s %8s %8s %8s  %s%n",
                "reports", "read", "p50 ms", "p95 ms", "p99 ms", "max ms", "load s"));
        List<String> nlReports = new ArrayList<>();
        int stored = 0;
        try (HttpsSink sink = new HttpsSink(ServerTls.create(folder, "sink", List.of("localhost"), List.of("127.0.0.1"),
                Path.of("certs-example/ca/demo-root-ca.crt")), FreePort.find())) {
            sink.start();
            for (int size : sizes) {
                long loadStart = System.nanoTime();
                try (Database migrated = Database.open(new DatabaseSettings(database.jdbcUrl(), database.user(), "", 2, 30_000));
                     Connection connection = migrated.dataSource().getConnection()) {
                    nlReports.addAll(BulkLoader.load(connection, size - stored));
                    BulkLoader.analyze(connection);
                }
                stored = size;
                double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
                System.out.printf("%d reports stored (%.0f s to load and analyse)%n", size, loadSeconds);
                int port = FreePort.find();
                Map<String, String> settings = GatewayBenchmark.settings(database, folder, sink, port);
                unlimited(Path.of(settings.get("gateway.partners.file")));
                try (GatewayProcess gateway = GatewayProcess.start(settings, port, folder.resolve("gateway-" + size + ".log"))) {
                    List<PartnerClient> partners = GatewayBenchmark.partners(port);
                    PartnerClient nl = partners.get(0);
                    PartnerClient caseManagement = partners.get(2);
                    Random random = new Random(size);
                    Read status = () -> nl.get("/api/v1/reports/" + nlReports.get(random.nextInt(nlReports.size())));
                    Read caseView = () -> caseManagement.get("/api/v1/reports");
                    awaitFirstAnswer(status);
                    time(status, WARMUP, connections);
                    time(caseView, WARMUP, connections);
                    row(table, size, "status read (NL, own report)", time(status, requests, connections), loadSeconds);
                    row(table, size, "case view first page (50)", time(caseView, requests, connections), loadSeconds);
                }
            }
        }
        System.out.print(table);
        Path out = Path.of("target/bench/reads-postgres.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    /** The benchmark times reads, not the per-partner request limit (200/s by default), which it would reach. */
    private static void unlimited(Path registry) throws java.io.IOException {
        String unlimited = "limits: {requestsPerSecond: 1000000, concurrentRequests: 64}, ";
        Files.writeString(registry, Files.readString(registry).replace("{id: nl-hotline, ", "{id: nl-hotline, " + unlimited)
                .replace("{id: case-management, ", "{id: case-management, " + unlimited));
    }

    private interface Read {
        HttpResponse<String> send() throws Exception;
    }

    /** A gateway that has just opened its port may still be too busy for a TLS handshake within the client's 5 s. */
    private static void awaitFirstAnswer(Read read) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try {
                read.send();
                return;
            } catch (java.net.http.HttpConnectTimeoutException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
            }
        }
    }

    /** Each read's time in microseconds, sorted; anything but 200 ends the benchmark. */
    private static long[] time(Read read, int requests, int connections) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int share = requests / connections + (c < requests % connections ? 1 : 0);
                parts.add(clients.submit(() -> {
                    long[] micros = new long[share];
                    for (int i = 0; i < share; i++) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = read.send();
                        micros[i] = (System.nanoTime() - start) / 1_000;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("read answered " + response.statusCode() + ": " + response.body());
                        }
                    }
                    return micros;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> part : parts) {
                Arrays.stream(part.get()).forEach(all::add);
            }
            return all.stream().mapToLong(Long::longValue).sorted().toArray();
        } finally {
            clients.shutdownNow();
        }
    }

    private static void row(StringBuilder table, int size, String read, long[] micros, double loadSeconds) {
        String line = String.format("  %10d  %-28s %8.1f %8.1f %8.1f %8.1f  %.0f%n", size, read, percentile(micros, 50),
                percentile(micros, 95), percentile(micros, 99), micros[micros.length - 1] / 1000.0, loadSeconds);
        System.out.print(line);
        table.append(line);
    }

    private static double percentile(long[] sortedMicros, int p) {
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }
}
