package be.hotline.gateway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The gateway as a separate operating-system process, for tests that kill it with SIGKILL or stop it with SIGTERM. */
public final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private GatewayProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The production JVM options, as {@code ./gateway run} uses them. */
    private static final Path JVM_OPTIONS = Path.of("config/jvm.options");

    /**
     * Starts {@code GatewayMain run} with the production JVM options ({@code config/jvm.options}) and these settings,
     * and waits until its partner port accepts connections.
     */
    public static GatewayProcess start(Map<String, String> settings, int partnerPort, Path log) throws Exception {
        return start(settings, partnerPort, log, List.of());
    }

    /** Like {@link #start(Map, int, Path)} with this much heap at most (-Xmx), e.g. "256m" for resource tests. */
    public static GatewayProcess start(Map<String, String> settings, int partnerPort, Path log, String maxHeap) throws Exception {
        return start(settings, partnerPort, log, List.of("-Xmx" + maxHeap));
    }

    private static GatewayProcess start(Map<String, String> settings, int partnerPort, Path log, List<String> jvmOverrides)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(productionJvmOptions());
        command.addAll(jvmOverrides); // after the production options: the last -Xmx wins
        command.addAll(List.of("-cp", classpath()));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (!settings.containsKey("gateway.ops.port")) {
            command.add("-Dgateway.ops.port=" + FreePort.find()); // never the default 8081: other gateways may run here
        }
        if (!settings.containsKey("gateway.dedupe.window")) {
            // These tests post the docs/api example many times as new reports: each must be delivered (GatewayTestSupport).
            command.add("-Dgateway.dedupe.window=PT0S");
        }
        command.addAll(List.of("be.hotline.gateway.GatewayMain", "run"));
        // The command beside the log, not in it: the log holds only what the gateway wrote (e.g. all JSON lines).
        Files.writeString(log.resolveSibling(log.getFileName() + ".command"), String.join(" ", command) + System.lineSeparator());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        // As ./gateway sets it: glibc's malloc arenas, one per thread that allocates, are capped (docs/ops "Memory").
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        GatewayProcess gateway = new GatewayProcess(process, log);
        try {
            gateway.awaitPort(partnerPort, Duration.ofSeconds(120)); // generous: a loaded CI machine starts a JVM slowly
        } catch (Exception | Error notStarted) {
            process.destroyForcibly(); // never left running behind a failed test
            throw notStarted;
        }
        return gateway;
    }

    /** config/jvm.options without its comments and blank lines. */
    static List<String> productionJvmOptions() throws IOException {
        return Files.readAllLines(JVM_OPTIONS).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /**
     * Surefire's class path, without empty entries: an empty entry means the working directory,
     * whose routes/ folder would then be loaded a second time.
     */
    private static String classpath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator)).filter(entry -> !entry.isBlank())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** SIGKILL: no shutdown hook, no graceful stop, exactly like a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * SIGTERM, as an init system stops a service: the shutdown hooks run and Camel stops gracefully. Waits until the
     * process has ended; false if it had not within {@code within} (it is then still running).
     */
    public boolean terminate(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Peak resident set size of the process (Linux VmHWM), in KiB. */
    public long peakRssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private void awaitPort(int port, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("gateway process ended while starting:\n" + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("gateway did not open port " + port + ":\n" + logTail());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
