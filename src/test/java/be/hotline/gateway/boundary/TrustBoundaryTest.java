package be.hotline.gateway.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.RawHttpsClient;
import be.hotline.gateway.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Bounded before trusted: the partner is known from its certificate before a body byte is read, and what the
 * headers announce about the body is checked first. Each rule against the real gateway over real mutual TLS.
 */
class TrustBoundaryTest extends GatewayTestSupport {

    private static final String REPORTS = "/api/v1/reports";
    private static final int LIMIT = 1024 * 1024;

    private final BoundaryPki pki = new BoundaryPki();
    private final TestDatabase database = TestDatabase.h2(pki.folder);
    private final Path nl = pki.client("nl", BoundaryPki.NL);
    private final Path at = pki.client("at", BoundaryPki.AT);
    private final Path de = pki.client("de", BoundaryPki.DE);
    private final Path stranger = pki.client("stranger", "CN=not-a-partner.test,C=BE");

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        pki.writeRegistry(pki.police()
                + pki.hotline("nl-hotline", "NL", BoundaryPki.NL, ", limits: {requestsPerSecond: 2}")
                + pki.hotline("at-hotline", "AT", BoundaryPki.AT, ", limits: {concurrentRequests: 1}")
                + pki.hotline("de-hotline", "DE", BoundaryPki.DE, ""));
        Properties properties = new Properties();
        properties.setProperty("gateway.partners.file", pki.registry.toString());
        properties.setProperty("gateway.partner-api.keystore", pki.gatewayKeyStore.toString());
        properties.setProperty("gateway.outbox.enabled", "false");
        properties.setProperty("gateway.partner-api.idle-timeout", "PT2S");
        properties.setProperty("gateway.partner-api.body-read-timeout", "PT3S");
        properties.setProperty("gateway.partner-api.header-timeout", "PT4S");
        return properties;
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413AtOnceAndTheConnectionCloses() throws Exception {
        try (RawHttpsClient client = pki.raw(de, partnerPort)) {
            RawHttpsClient.Response response = client.send(post(REPORTS, "application/json",
                    "Content-Length: 2147483648\r\n")).readResponse();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).contains("payload-too-large");
            assertThat(client.closedByGatewayWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void expectContinueOverTheLimitIs413AndNever100() throws Exception {
        try (RawHttpsClient client = pki.raw(de, partnerPort)) {
            RawHttpsClient.Response response = client.send(post(REPORTS, "application/json",
                    "Content-Length: 5000000\r\nExpect: 100-continue\r\n")).readResponse();
            assertThat(response.status()).isEqualTo(413);
        }
    }

    @Test
    void expectContinueWithinTheLimitGets100AndTheReportIsTaken() throws Exception {
        HttpResponse<String> response = pki.partnerClient(de, partnerPort).send(HttpRequest.newBuilder(
                        URI.create("https://localhost:" + partnerPort + REPORTS)).expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(example("expect-continue"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    @Test
    void aChunkedBodyIsCutAtTheLimitWith413AndTheConnectionCloses() throws Exception {
        try (RawHttpsClient client = pki.raw(de, partnerPort)) {
            client.send(post(REPORTS, "application/json", "Transfer-Encoding: chunked\r\n"));
            CompletableFuture<RawHttpsClient.Response> answer = client.responseInBackground();
            byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                for (int sent = 0; sent < 4 * LIMIT && !answer.isDone(); sent += 0x10000) {
                    client.send(chunk);
                }
            } catch (IOException closedWhileSending) {
                // the gateway answered and closed: what this test wants to see
            }
            assertThat(answer.get().status()).isEqualTo(413);
            assertThat(client.closedByGatewayWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aCompressedBodyIs415AndNeverInflated() throws Exception {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(example("gzip"));
        }
        HttpResponse<String> response = pki.partnerClient(de, partnerPort).send(request(REPORTS)
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip.toByteArray())));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("unsupported-content-encoding");
    }

    @Test
    void multipartAndFormBodiesAre415() throws Exception {
        for (String type : List.of("multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded")) {
            String body = type.startsWith("multipart") ? "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--\r\n"
                    : "a=b&c=d";
            HttpResponse<String> response = pki.partnerClient(de, partnerPort).post(REPORTS, type, body.getBytes());
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("application/problem+json"));
        }
    }

    @Test
    void aMalformedRequestLineIs400NotAnInternalError() throws Exception {
        for (String line : List.of("GET /api/v1/reports\r\n\r\n", "GET /api/v1/reports HTTP/7.3\r\nHost: localhost\r\n\r\n")) {
            try (RawHttpsClient client = pki.raw(de, partnerPort)) {
                RawHttpsClient.Response response = client.send(line).readResponse();
                assertThat(response.status()).as(line).isEqualTo(400);
                assertThat(response.body()).doesNotContain("internal-error");
            }
        }
    }

    @Test
    void anUnregisteredCertificateIs403BeforeItsBodyIsSent() throws Exception {
        try (RawHttpsClient client = pki.raw(stranger, partnerPort)) {
            RawHttpsClient.Response response = client.send(post(REPORTS, "application/json",
                    "Content-Length: 600000000\r\n")).readResponse();
            assertThat(response.status()).isEqualTo(403);
            assertThat(client.closedByGatewayWithin(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void aPartnerOverItsRequestRateGets429WithRetryAfterWhileOthersAreServed() throws Exception {
        List<HttpResponse<String>> burst = new ArrayList<>();
        var client = pki.partnerClient(nl, partnerPort);
        for (int i = 0; i < 12; i++) {
            burst.add(client.get(REPORTS + "/HX-UNKNOWN"));
        }
        List<HttpResponse<String>> refused = burst.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(refused).as("2 per second allowed, 12 sent one after the other").isNotEmpty();
        assertThat(refused.get(0).headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.get(0).body()).contains("too-many-requests");
        assertThat(burst.stream().filter(r -> r.statusCode() == 404)).isNotEmpty();
        assertThat(pki.partnerClient(de, partnerPort).get(REPORTS + "/HX-UNKNOWN").statusCode()).isEqualTo(404);
    }

    @Test
    void aPartnerOverItsConcurrentRequestsGets429() throws Exception {
        try (RawHttpsClient slow = pki.raw(at, partnerPort)) {
            slow.send(post(REPORTS, "application/json", "Content-Length: 100\r\n") + "{");
            Thread.sleep(300); // the first request is admitted and waits for the rest of its body
            HttpResponse<String> second = pki.partnerClient(at, partnerPort).get(REPORTS + "/HX-UNKNOWN");
            assertThat(second.statusCode()).isEqualTo(429);
            assertThat(second.headers().firstValue("Retry-After")).isPresent();
        }
        int afterwards = 429;
        for (int i = 0; i < 25 && afterwards == 429; i++) { // the gateway notices the closed connection at once, or nearly
            Thread.sleep(i == 0 ? 0 : 200);
            afterwards = pki.partnerClient(at, partnerPort).get(REPORTS + "/HX-UNKNOWN").statusCode();
        }
        assertThat(afterwards).as("the first request ended: its permit is free again").isEqualTo(404);
    }

    @Test
    void aBodyThatTricklesInIsCutOff() throws Exception {
        try (RawHttpsClient client = pki.raw(de, partnerPort)) {
            client.send(post(REPORTS, "application/json", "Content-Length: 1000\r\n"));
            long start = System.nanoTime();
            CompletableFuture<RawHttpsClient.Response> answer = client.responseInBackground();
            for (int i = 0; i < 40 && !answer.isDone(); i++) {
                client.send(" ");
                Thread.sleep(250);
            }
            RawHttpsClient.Response response = answer.get();
            assertThat(response.status()).isEqualTo(408);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        try (RawHttpsClient client = pki.raw(de, partnerPort)) {
            client.send("GET " + REPORTS + "/HX-UNKNOWN HTTP/1.1\r\nHost: local"); // and never the rest of the headers
            assertThat(client.closedByGatewayWithin(Duration.ofSeconds(6))).isTrue();
        }
    }

    @Test
    void headersTrickledInFasterThanTheIdleTimeoutAreCutOffAtTheHeaderDeadline() throws Exception {
        try (RawHttpsClient client = pki.raw(de, partnerPort)) {
            long start = System.nanoTime();
            client.send("GET " + REPORTS + "/HX-UNKNOWN HTTP/1.1\r\n");
            boolean closed = false;
            for (int i = 0; i < 20 && !closed; i++) {
                client.send("X-Slow-" + i + ": a\r\n"); // one header a second: never idle for 2 s
                closed = client.closedByGatewayWithin(Duration.ofSeconds(1));
            }
            assertThat(closed).as("closed before the headers ended").isTrue();
            // 4 s from connecting, the handshake included
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(8));
        }
    }

    @Test
    void noAnswerNamesTheServerSoftware() throws Exception {
        HttpResponse<String> response = pki.partnerClient(de, partnerPort).get(REPORTS + "/HX-UNKNOWN");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    private static String post(String path, String contentType, String headers) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n" + headers + "\r\n";
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + partnerPort + path));
    }

    private static byte[] example(String reference) throws IOException {
        return Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                .replace("NL-2026-004711", "BOUNDARY-" + reference).getBytes(StandardCharsets.UTF_8);
    }
}
