package be.hotline.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.support.DocumentedReference;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.ServerTls;
import be.hotline.gateway.support.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What a receiver's server sees of us, header by header: exactly the names docs/api/delivery.md lists, for a
 * delivered report and for a relay to a sending hotline's feedbackUrl. The JDK's own server shows every header
 * that came over the wire, so nothing the HTTP client adds on its own (User-Agent, Accept-Encoding) hides.
 */
class OutboundHeadersTest extends GatewayTestSupport {

    /** delivery.md, "Headers": ours, then the HTTP client's transport headers by name. */
    private static final Set<String> DOCUMENTED = Set.of("content-type", "x-message-id", "x-hotline-reference",
            "x-message-signature", "host", "content-length", "connection");
    private static final Path EXAMPLES = Path.of("docs/api/examples");
    private static final Duration SOON = Duration.ofSeconds(15);

    private final ObjectMapper json = new ObjectMapper();
    private final TestDatabase database = TestDatabase.freshH2();
    private final Path folder = createFolder();
    private final HttpsSink police = startSink("police-server");
    private final HttpsSink nlFeedback = startSink("nl-server");

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Path registry = folder.resolve("partners.yaml");
        DeliveryTestSupport.write(registry, new TestRegistry(DEMO_ROOT_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        police.url(), "POLICE_XML", caPem("police-server"), "", TestRegistry.ONLY_POLICE_SERVICE)
                .receiver("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", nlFeedback.url(),
                        "INHOPE_XML", caPem("nl-server"), ", feedbackUrl: \"" + nlFeedback.url() + "\"")
                .yaml());
        Properties properties = new Properties();
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.outbound.keystore", DEMO_CERTS.resolve("gateway/gateway.p12").toString());
        properties.setProperty("gateway.outbox.poll-interval-ms", "50");
        return properties;
    }

    @AfterAll
    void stopSinks() {
        police.close();
        nlFeedback.close();
    }

    @Test
    void aDeliveryAndARelayCarryExactlyTheDocumentedHeaders() throws Exception {
        String reference = nlReportHostedInBelgium();
        Map<String, String> delivery = await(police);

        String feedback = Files.readString(EXAMPLES.resolve("feedback-police-case-opened.xml"))
                .replace(DocumentedReference.PLACEHOLDER, reference);
        HttpResponse<String> answer = demoPartner("police-fccu")
                .post("/api/v1/reports/" + reference + "/feedback", "application/xml", feedback.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        Map<String, String> relay = await(nlFeedback);

        for (Map<String, String> headers : List.of(delivery, relay)) {
            assertThat(headers.keySet()).as("%s", headers).containsExactlyInAnyOrderElementsOf(DOCUMENTED);
            assertThat(headers).containsEntry("connection", "keep-alive").containsEntry("x-hotline-reference", reference);
        }
        assertThat(delivery).containsEntry("content-type", "application/xml");
        assertThat(relay).containsEntry("content-type", "application/xml");
    }

    private String nlReportHostedInBelgium() throws Exception {
        String report = Files.readString(EXAMPLES.resolve("report-nl-hotline.json"))
                .replace("NL-2026-004711", "NL-HDR-" + UUID.randomUUID());
        HttpResponse<String> response = demoPartner("nl-hotline")
                .post("/api/v1/reports", "application/json", report.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("reference").asText();
    }

    /** The headers of the first request the sink gets. */
    private static Map<String, String> await(HttpsSink sink) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (sink.headers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sink.headers()).as("requests at %s", sink.url()).isNotEmpty();
        return sink.headers().get(0);
    }

    private String caPem(String name) {
        return ServerTls.caPem(folder, name).toAbsolutePath().toString();
    }

    private HttpsSink startSink(String name) {
        return HttpsSink.startedFor(folder, name, DEMO_ROOT_CA);
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("gateway-headers");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
