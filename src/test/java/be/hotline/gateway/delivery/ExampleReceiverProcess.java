package be.hotline.gateway.delivery;

import be.hotline.gateway.support.FreePort;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * docs/api/examples/receiver/ExampleReceiver.java run as a partner would run it: a separate process, started by
 * the JDK's source launcher on the same {@code java} binary as the tests, with a demo partner's server certificate.
 */
final class ExampleReceiverProcess implements AutoCloseable {

    static final Path SOURCE = Path.of("docs/api/examples/receiver/ExampleReceiver.java");

    private final Process process;
    private final Path log;
    private final Path store;
    private final int port;

    private ExampleReceiverProcess(Process process, Path log, Path store, int port) {
        this.process = process;
        this.log = log;
        this.store = store;
        this.port = port;
    }

    /** Starts the receiver on a free port and waits (bounded) until it accepts connections. */
    static ExampleReceiverProcess start(Path folder, Path keyStore, Path trustedCa, String pins, String paths,
                                        int maxBodyBytes) throws IOException, InterruptedException {
        int port = FreePort.find();
        Path store = folder.resolve("inbox");
        Path log = folder.resolve("receiver.log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), SOURCE.toString(),
                "--port", Integer.toString(port), "--keystore", keyStore.toString(), "--password", "demo-only",
                "--trust-ca", trustedCa.toString(), "--pin", pins, "--store", store.toString(), "--path", paths,
                "--max-body-bytes", Integer.toString(maxBodyBytes)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        ExampleReceiverProcess receiver = new ExampleReceiverProcess(process, log, store, port);
        try {
            receiver.awaitPort(Duration.ofSeconds(60)); // the source launcher compiles first
        } catch (IllegalStateException notStarted) {
            receiver.close();
            throw notStarted;
        }
        return receiver;
    }

    /** The binary this JVM runs on: the example must work with the JDK the gateway is built with. */
    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    int port() {
        return port;
    }

    /** The names of the files in the receiver's store, dot files (a write in progress) included. */
    List<String> storedFiles() throws IOException {
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(store)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    Path stored(String messageId) {
        return store.resolve(messageId);
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitPort(Duration within) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the example receiver ended while starting:\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the example receiver did not open port " + port + " within " + within + ":\n" + log());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
