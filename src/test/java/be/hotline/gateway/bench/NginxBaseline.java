package be.hotline.gateway.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The machine's limit for the benchmark's load: Debian's nginx over the same mutual TLS (the gateway's demo server
 * certificate, client certificates required from the demo root) answering 202 with a fixed body and doing nothing
 * else. What the same partners reach against it is what any server could reach here, so the gateway's intake is
 * reported as a share of it. Needs /usr/sbin/nginx (apt-get install nginx-light or nginx).
 */
final class NginxBaseline implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path DEMO = Path.of("certs-example").toAbsolutePath();

    private final Process process;

    private NginxBaseline(Process process) {
        this.process = process;
    }

    static NginxBaseline start(Path folder, int port) throws Exception {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException(NGINX + " is missing: apt-get install -y nginx-light (the benchmark's baseline)");
        }
        Path prefix = Files.createDirectories(folder.resolve("nginx"));
        Path config = Files.writeString(prefix.resolve("nginx.conf"), """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  server {
                    listen 127.0.0.1:%2$d ssl;
                    ssl_protocols TLSv1.3;
                    ssl_certificate %3$s/gateway/gateway.crt;
                    ssl_certificate_key %3$s/gateway/gateway.key;
                    ssl_client_certificate %3$s/ca/demo-root-ca.crt;
                    ssl_verify_client on;
                    keepalive_requests 10000000;
                    client_max_body_size 1m;
                    location / {
                      default_type application/json;
                      return 202 '{"reference":"HX-BASELINE0000000000","status":"RECEIVED"}';
                    }
                  }
                }
                """.formatted(prefix.toAbsolutePath(), port, DEMO));
        Process process = new ProcessBuilder(List.of(NGINX.toString(), "-p", prefix.toAbsolutePath().toString(),
                "-c", config.toAbsolutePath().toString(), "-g", "daemon off;"))
                .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        NginxBaseline baseline = new NginxBaseline(process);
        baseline.awaitPort(port, prefix);
        return baseline;
    }

    private void awaitPort(int port, Path prefix) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx ended while starting: " + Files.readString(prefix.resolve("nginx.out")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + " within 20 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: nginx's fast shutdown, workers included
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
