package be.hotline.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.RawHttpsClient;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The example receiver of docs/api/examples/receiver/, run as a separate process with the DE hotline's demo server
 * certificate, receives from the real gateway (the committed demo registry, de-hotline's port pointed at it) the
 * docs/api example report that routes to DE: it stores the message once under its X-Message-Id and its receipt
 * acknowledges the delivery; a re-send stores nothing new; a certificate other than the gateway's is refused.
 */
class ExampleReceiverTest extends GatewayTestSupport {

    private static final Path CERTS = Path.of("certs-example");
    private static final Path GATEWAY_CLIENT = CERTS.resolve("gateway/gateway.p12");
    private static final Path DE_SERVER_CA = CERTS.resolve("partners/de-hotline-server-ca.crt");
    private static final Path REPORT = Path.of("docs/api/examples/report-internal.json");
    private static final String RECEIVER_PATH = "/inhope/v1/reports";
    private static final Duration DELIVERY_WITHIN = Duration.ofSeconds(30);
    /** Well above the example message (about 1 KiB), well below the receiver's default. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final TestDatabase database = TestDatabase.freshH2();
    private final Path folder = tempFolder();
    private final ExampleReceiverProcess receiver = startReceiver();
    private Delivered delivered;

    /** The gateway's message as the receiver stored it, and the reports's reference. */
    private record Delivered(String reference, String messageId, byte[] stored, FileTime storedAt) {
    }

    @Override
    protected TestDatabase database() {
        return database;
    }

    /** The committed demo registry, unchanged but for de-hotline's port: its server CA is the one it lists. */
    @Override
    protected Properties extraProperties() {
        Path registry = folder.resolve("partners.yaml");
        try {
            String demo = Files.readString(Path.of("config/partners.yaml"));
            String pointed = demo.replace("https://localhost:9444/", "https://localhost:" + receiver.port() + "/");
            assertThat(pointed).as("the demo registry delivers to de-hotline at https://localhost:9444/").isNotEqualTo(demo);
            Files.writeString(registry, pointed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties properties = new Properties();
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.outbound.keystore", GATEWAY_CLIENT.toString());
        properties.setProperty("gateway.outbox.poll-interval-ms", "50");
        return properties;
    }

    @AfterAll
    void stopReceiver() throws InterruptedException {
        receiver.close();
    }

    @Test
    void theReceiverStoresTheDeliveryOnceUnderItsMessageIdAndItsReceiptAcknowledgesIt() throws Exception {
        Delivered message = delivered();

        assertThat(receiver.storedFiles()).as("the receiver's store").containsExactly(message.messageId());
        assertThat(receiver.log()).contains("stored " + message.messageId());
        String xml = new String(message.stored(), StandardCharsets.UTF_8);
        assertThat(xml).as("DE's INHOPE XML about our report, its DE item only").contains(message.reference(),
                "<url>http://board.example.de/thread/88412</url>").doesNotContain("reporter@example.org", "Example Reporter");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("docs/api/schemas/inhope-report-1.0.xsd").toFile()).newValidator()
                .validate(new StreamSource(new java.io.ByteArrayInputStream(message.stored())));

        JsonNode report = readAsCaseManagement(message.reference());
        JsonNode toDe = deliveryTo(report, "de-hotline");
        assertThat(toDe.path("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(toDe.path("receiverReference").asText()).as("the receiver's own reference, from its 2xx receipt")
                .isEqualTo("RX-" + message.messageId());
        assertThat(StreamSupport.stream(report.path("events").spliterator(), false).map(e -> e.path("type").asText()))
                .contains("DELIVERED", "ACKNOWLEDGED");
        assertThat(report.path("status").asText()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void aResendWithTheSameMessageIdIsAnswered2xxWithTheSameReceiptAndStoresNothingNew() throws Exception {
        Delivered message = delivered();

        HttpResponse<String> again = asGateway().send(toReceiver(RECEIVER_PATH).header("Content-Type", "application/xml")
                .header("X-Message-Id", message.messageId()).header("X-Hotline-Reference", message.reference())
                .POST(HttpRequest.BodyPublishers.ofByteArray(message.stored())));

        assertThat(again.statusCode()).as(again.body()).isBetween(200, 299);
        assertThat(json.readTree(again.body()).path("reference").asText()).isEqualTo("RX-" + message.messageId());
        assertThat(receiver.storedFiles()).containsExactly(message.messageId());
        assertThat(Files.readAllBytes(receiver.stored(message.messageId()))).isEqualTo(message.stored());
        assertThat(Files.getLastModifiedTime(receiver.stored(message.messageId()))).isEqualTo(message.storedAt());
        assertThat(receiver.log()).contains("duplicate, already stored " + message.messageId());
    }

    @Test
    void aClientCertificateThatIsNotPinnedIsRefusedInTheHandshake() throws Exception {
        Delivered message = delivered();
        // The NL hotline's certificate chains to the same demo CA as the gateway's: only the pin tells them apart.
        PartnerClient nl = PartnerClient.withCertificate(CERTS.resolve("partners/nl-hotline.p12"), DE_SERVER_CA, receiver.port());
        String otherId = "0b5f6e2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b";

        assertThatThrownBy(() -> nl.send(toReceiver(RECEIVER_PATH).header("Content-Type", "application/xml")
                .header("X-Message-Id", otherId).POST(HttpRequest.BodyPublishers.ofByteArray(message.stored()))))
                .as("the receiver refuses the NL hotline's certificate").isInstanceOf(IOException.class);
        assertThatThrownBy(() -> PartnerClient.anonymous(DE_SERVER_CA, receiver.port()).send(toReceiver(RECEIVER_PATH)
                .header("Content-Type", "application/xml").header("X-Message-Id", otherId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(message.stored()))))
                .as("and a client without certificate").isInstanceOf(IOException.class);

        assertThat(receiver.storedFiles()).containsExactly(message.messageId());
        assertThat(receiver.log()).contains("refused a client certificate that is not pinned: CN=nl-hotline.demo");
    }

    @Test
    void aWrongMethodPathMessageIdMediaTypeOrSizeIsRefusedWithAProblem() throws Exception {
        Delivered message = delivered();
        PartnerClient gateway = asGateway();

        HttpResponse<String> get = gateway.send(toReceiver(RECEIVER_PATH).GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(gateway.send(post("/elsewhere", "7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347")).statusCode()).isEqualTo(404);
        HttpResponse<String> withoutId = gateway.send(post(RECEIVER_PATH, null));
        assertThat(withoutId.statusCode()).isEqualTo(400);
        assertThat(withoutId.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(withoutId.body()).path("status").asInt()).isEqualTo(400);
        assertThat(gateway.send(post(RECEIVER_PATH, "../../etc/passwd")).statusCode()).isEqualTo(400);
        assertThat(gateway.send(toReceiver(RECEIVER_PATH).header("Content-Type", "text/plain")
                .header("X-Message-Id", "7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))).statusCode()).isEqualTo(415);
        // Refused on the declared length, before any body byte (none is ever sent here).
        try (RawHttpsClient raw = RawHttpsClient.connect(GATEWAY_CLIENT, DE_SERVER_CA, receiver.port())) {
            RawHttpsClient.Response tooLarge = raw.send("POST " + RECEIVER_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/xml\r\nX-Message-Id: 7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347\r\n"
                    + "Content-Length: " + (MAX_BODY_BYTES + 1) + "\r\n\r\n").readResponse();
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.headers().get("content-type")).isEqualTo("application/problem+json");
        }
        // Sent in chunks, without a declared length: refused alike once one byte more than allowed has come.
        try (RawHttpsClient raw = RawHttpsClient.connect(GATEWAY_CLIENT, DE_SERVER_CA, receiver.port())) {
            RawHttpsClient.Response tooLarge = raw.send("POST " + RECEIVER_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/xml\r\nX-Message-Id: 7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(MAX_BODY_BYTES + 1) + "\r\n" + "x".repeat(MAX_BODY_BYTES + 1) + "\r\n0\r\n\r\n")
                    .readResponse();
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.headers().get("content-type")).isEqualTo("application/problem+json");
        }

        assertThat(receiver.storedFiles()).containsExactly(message.messageId());
    }

    /**
     * A malformed Content-Length, alone or next to Transfer-Encoding: chunked, is answered 400 and never left
     * without an answer. This JDK's server answers it itself, before the handler (so as text/html); the
     * receiver's own check answers it as a problem on a server that hands it on.
     */
    @Test
    void aContentLengthThatIsNotANumberOfBytesIsRefusedWithA400() throws Exception {
        for (String declared : List.of("-1", "abc", "99999999999999999999")) {
            String head = "POST " + RECEIVER_PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/xml\r\nX-Message-Id: 7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347\r\n"
                    + "Content-Length: " + declared + "\r\n";
            try (RawHttpsClient raw = RawHttpsClient.connect(GATEWAY_CLIENT, DE_SERVER_CA, receiver.port())) {
                assertThat(raw.send(head + "\r\n").readResponse().status()).as(declared).isEqualTo(400);
            }
            try (RawHttpsClient raw = RawHttpsClient.connect(GATEWAY_CLIENT, DE_SERVER_CA, receiver.port())) {
                RawHttpsClient.Response refused = raw.send(head + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                        .readResponse();
                assertThat(refused.status()).as(declared + ", chunked").isEqualTo(400);
            }
        }
        assertThat(receiver.storedFiles()).doesNotContain("7d3f0c52-9a41-4e8b-b6f2-1c5e8a90d347");
    }

    @Test
    void anUnfinishedWriteLeftByACrashIsRemovedAtStart() throws Exception {
        assertThat(receiver.storedFiles()).doesNotContain(ORPHAN);
        assertThat(receiver.log()).contains("removed an unfinished write: " + ORPHAN);
    }

    /** Posts the example report once (as our case management; it is hosted in DE) and waits for its delivery. */
    private synchronized Delivered delivered() throws Exception {
        if (delivered == null) {
            HttpResponse<String> accepted = demoPartner("case-management")
                    .post("/api/v1/reports", "application/json", Files.readAllBytes(REPORT));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String reference = json.readTree(accepted.body()).path("reference").asText();
            JsonNode toDe = awaitAcknowledged(reference);
            List<String> files = receiver.storedFiles();
            assertThat(files).as("the receiver stored one message").hasSize(1);
            String messageId = files.get(0);
            Path stored = receiver.stored(messageId);
            delivered = new Delivered(reference, messageId, Files.readAllBytes(stored), Files.getLastModifiedTime(stored));
            assertThat(toDe.path("receiverReference").asText()).isEqualTo("RX-" + messageId);
        }
        return delivered;
    }

    private JsonNode awaitAcknowledged(String reference) throws Exception {
        long deadline = System.nanoTime() + DELIVERY_WITHIN.toNanos();
        JsonNode toDe = null;
        while (System.nanoTime() < deadline) {
            toDe = deliveryTo(readAsCaseManagement(reference), "de-hotline");
            if ("ACKNOWLEDGED".equals(toDe.path("status").asText())) {
                return toDe;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the delivery of " + reference + " to de-hotline is not ACKNOWLEDGED after " + DELIVERY_WITHIN
                + ": " + toDe + "\nreceiver log:\n" + receiver.log());
    }

    /** GET /api/v1/reports/{reference} as INTERNAL, which sees each receiver's delivery. */
    private JsonNode readAsCaseManagement(String reference) throws Exception {
        HttpResponse<String> response = demoPartner("case-management").get("/api/v1/reports/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode deliveryTo(JsonNode report, String partnerId) {
        return StreamSupport.stream(report.path("deliveries").spliterator(), false)
                .filter(delivery -> partnerId.equals(delivery.path("partner").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery to " + partnerId + " in " + report));
    }

    /** Calls the receiver as the gateway does: its client certificate, DE's server CA as the only trust. */
    private PartnerClient asGateway() {
        return PartnerClient.withCertificate(GATEWAY_CLIENT, DE_SERVER_CA, receiver.port());
    }

    private HttpRequest.Builder toReceiver(String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + receiver.port() + path));
    }

    private HttpRequest.Builder post(String path, String messageId) {
        HttpRequest.Builder request = toReceiver(path).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<report/>"));
        return messageId == null ? request : request.header("X-Message-Id", messageId);
    }

    /** What a crash between writing and renaming leaves, planted before the receiver starts. */
    private static final String ORPHAN = ".3b1e6f0a-5c2d-4e7f-9a8b-0c1d2e3f4a5b12345.part";

    private ExampleReceiverProcess startReceiver() {
        try {
            Files.write(Files.createDirectories(folder.resolve("inbox")).resolve(ORPHAN), "half a mess".getBytes(StandardCharsets.UTF_8));
            return ExampleReceiverProcess.start(folder, CERTS.resolve("partners/de-hotline-server.p12"),
                    CERTS.resolve("ca/demo-root-ca.crt"), Fingerprints.sha256WithColons(certificate(CERTS.resolve("gateway/gateway.crt"))),
                    RECEIVER_PATH, MAX_BODY_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(Path pem) throws IOException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException("cannot read " + pem, e);
        }
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("example-receiver");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
