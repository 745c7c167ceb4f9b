package be.hotline.gateway.bench;

import be.hotline.gateway.support.GatewayProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Flight recordings of the backlog drain, when asked for with -Dbench.profile=true: one of the gateway
 * process (started and stopped with jcmd) and one of the benchmark's own JVM, which runs the sink and
 * shares the cores. Written to target/bench/drain-gateway-DB.jfr and drain-bench-DB.jfr; read them with
 * {@code jfr view hot-methods FILE} (JDK 21+) or JDK Mission Control.
 */
final class DrainProfile implements AutoCloseable {

    private final GatewayProcess gateway;
    private final Path folder;
    private final String db;
    private final Recording own;

    private DrainProfile(GatewayProcess gateway, Path folder, String db) throws Exception {
        this.gateway = gateway;
        this.folder = folder;
        this.db = db;
        Files.createDirectories(folder);
        jcmd("JFR.start", "name=drain", "settings=profile");
        own = new Recording(Configuration.getConfiguration("profile"));
        own.start();
    }

    /** Starts both recordings when -Dbench.profile=true, else does nothing. */
    static AutoCloseable startIfAsked(GatewayProcess gateway, String db) throws Exception {
        return Boolean.getBoolean("bench.profile") ? new DrainProfile(gateway, Path.of("target/bench"), db) : () -> { };
    }

    @Override
    public void close() throws Exception {
        jcmd("JFR.stop", "name=drain", "filename=" + folder.resolve("drain-gateway-" + db + ".jfr").toAbsolutePath());
        own.stop();
        own.dump(folder.resolve("drain-bench-" + db + ".jfr"));
        own.close();
    }

    private void jcmd(String... command) throws Exception {
        var line = new java.util.ArrayList<String>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(gateway.pid()));
        line.addAll(java.util.List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + output);
        }
    }
}
