package be.hotline.gateway.bench;

import be.hotline.gateway.support.GatewayProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Flight recordings of one phase of the benchmark (intake while delivering, or the backlog drain), when asked for
 * with -Dbench.profile=true: one of the gateway process (started and stopped with jcmd) and one of the benchmark's
 * own JVM, which runs the partners and the sink and shares the cores. Written to target/bench/PHASE-gateway-DB.jfr
 * and PHASE-bench-DB.jfr; read them with {@code jfr view hot-methods FILE} (JDK 21+) or JDK Mission Control.
 */
final class PhaseProfile implements AutoCloseable {

    private static final Path FOLDER = Path.of("target/bench");

    private final GatewayProcess gateway;
    private final String phase;
    private final String db;
    private final Recording own;

    private PhaseProfile(GatewayProcess gateway, String phase, String db) throws Exception {
        this.gateway = gateway;
        this.phase = phase;
        this.db = db;
        Files.createDirectories(FOLDER);
        jcmd("JFR.start", "name=" + phase, "settings=profile");
        own = new Recording(Configuration.getConfiguration("profile"));
        own.start();
    }

    /** Starts both recordings of {@code phase} when -Dbench.profile=true, else does nothing. */
    static AutoCloseable startIfAsked(GatewayProcess gateway, String phase, String db) throws Exception {
        return Boolean.getBoolean("bench.profile") ? new PhaseProfile(gateway, phase, db) : () -> { };
    }

    @Override
    public void close() throws Exception {
        jcmd("JFR.stop", "name=" + phase, "filename=" + file("gateway").toAbsolutePath());
        own.stop();
        own.dump(file("bench"));
        own.close();
    }

    private Path file(String process) {
        return FOLDER.resolve(phase + "-" + process + "-" + db + ".jfr");
    }

    private void jcmd(String... command) throws Exception {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(gateway.pid()));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }
}
