package be.hotline.gateway.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayProcess;
import be.hotline.gateway.support.RawHttpsClient;
import be.hotline.gateway.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The resource attacks of issue 10 against a gateway process with a 256 MiB heap: a 600 MiB upload (declared, and
 * chunked), a gzip bomb, and the same from a certificate no partner owns. Each is answered 413/415/403 without the
 * body being taken in; another partner is served normally meanwhile; the log has no OutOfMemoryError.
 */
class ResourceExhaustionTest {

    private static final long SIX_HUNDRED_MIB = 600L * 1024 * 1024;
    private static final String REPORTS = "/api/v1/reports";

    private final BoundaryPki pki = new BoundaryPki();
    private final int partnerPort = FreePort.find();

    @Test
    void hugeUploadsAndACompressionBombAreRefusedWhileOthersAreServed() throws Exception {
        pki.writeRegistry(pki.police() + pki.hotline("nl-hotline", "NL", BoundaryPki.NL, "")
                + pki.hotline("de-hotline", "DE", BoundaryPki.DE, ""));
        Path nl = pki.client("nl", BoundaryPki.NL);
        Path de = pki.client("de", BoundaryPki.DE);
        Path stranger = pki.client("stranger", "CN=not-a-partner.test,C=BE");
        TestDatabase database = TestDatabase.h2(pki.folder);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("gateway.db.url", database.jdbcUrl());
        settings.put("gateway.db.user", database.user());
        settings.put("gateway.partner-api.host", "127.0.0.1");
        settings.put("gateway.partner-api.port", Integer.toString(partnerPort));
        settings.put("gateway.partner-api.keystore", pki.gatewayKeyStore.toString());
        settings.put("gateway.partners.file", pki.registry.toString());
        settings.put("gateway.outbox.enabled", "false");
        Path log = pki.folder.resolve("gateway.log");

        try (GatewayProcess gateway = GatewayProcess.start(settings, partnerPort, log, "256m")) {
            CompletableFuture<Integer> declared = CompletableFuture.supplyAsync(() -> upload(de, false));
            CompletableFuture<Integer> chunked = CompletableFuture.supplyAsync(() -> upload(de, true));
            CompletableFuture<Integer> strangers = CompletableFuture.supplyAsync(() -> upload(stranger, false));

            HttpResponse<String> served = pki.partnerClient(nl, partnerPort).post(REPORTS, "application/json", example());
            assertThat(served.statusCode()).as(served.body()).isEqualTo(202);

            assertThat(declared.get()).as("600 MiB with Content-Length").isEqualTo(413);
            assertThat(chunked.get()).as("600 MiB chunked").isEqualTo(413);
            assertThat(strangers.get()).as("600 MiB from an unregistered certificate").isEqualTo(403);
            assertThat(gzipBomb(de)).as("510 KB of gzip that inflates to 512 MiB").isEqualTo(415);

            HttpResponse<String> stillServed = pki.partnerClient(nl, partnerPort).get(REPORTS + "/HX-UNKNOWN");
            assertThat(stillServed.statusCode()).isEqualTo(404);
            assertThat(gateway.isAlive()).isTrue();
        }
        String written = Files.readString(log);
        assertThat(written).doesNotContain("OutOfMemoryError").contains("status=413");
    }

    private int upload(Path keyStore, boolean chunkedBody) {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, (byte) ' ');
        return postWhileReading(keyStore, chunkedBody ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + SIX_HUNDRED_MIB + "\r\n",
                chunkedBody ? frame(block) : block, SIX_HUNDRED_MIB);
    }

    private int gzipBomb(Path keyStore) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 512; i++) {
                gzip.write(zeros);
            }
        }
        assertThat(compressed.size()).isLessThan(1024 * 1024);
        return postWhileReading(keyStore, "Content-Encoding: gzip\r\nContent-Length: " + compressed.size() + "\r\n",
                compressed.toByteArray(), compressed.size());
    }

    /** Sends the body (one piece again and again, up to total bytes) while reading the answer, which ends the sending. */
    private int postWhileReading(Path keyStore, String headers, byte[] piece, long total) {
        try (RawHttpsClient client = pki.raw(keyStore, partnerPort)) {
            client.send("POST " + REPORTS + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + headers + "\r\n");
            CompletableFuture<RawHttpsClient.Response> answer = client.responseInBackground();
            try {
                for (long sent = 0; sent < total && !answer.isDone(); sent += piece.length) {
                    client.send(piece);
                }
            } catch (IOException closedByTheGateway) {
                // expected once the gateway has answered and closed the connection
            }
            return answer.get().status();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] frame(byte[] block) {
        ByteArrayOutputStream framed = new ByteArrayOutputStream();
        framed.writeBytes((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        framed.writeBytes(block);
        framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return framed.toByteArray();
    }

    private static byte[] example() throws IOException {
        return Files.readString(Path.of("docs/api/examples/report-nl-hotline.json")).getBytes(StandardCharsets.UTF_8);
    }
}
