package be.hotline.gateway.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.ops.OpsHttpClient;
import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.support.ClientPins;
import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.ServerTls;
import be.hotline.gateway.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway rotates its own certificates without a restart, against the real gateway over real mutual TLS: its
 * keystore files are replaced; from then on every new handshake presents the new server certificate to partners and
 * the new client certificate to receivers. A receiver pinning both keeps receiving; one pinning only the old refuses
 * the new, and its delivery is retried (not lost) until it pins the new one.
 */
class GatewayKeyRotationTest extends GatewayTestSupport {

    private static final String CASE_MANAGEMENT = "CN=case-management.test,O=Test,C=BE";
    private static final String DE_SUBJECT = "CN=de-hotline.test,O=Test DE,C=DE";

    private final BoundaryPki pki = new BoundaryPki();
    private final TestDatabase database = TestDatabase.h2(pki.folder);
    private final IssuedCertificate serverOld = serverCertificate(60);
    private final IssuedCertificate serverNew = serverCertificate(400);
    private final IssuedCertificate clientOld = pki.ca.issueClient("CN=gateway-client.test,O=Test,C=BE",
            BoundaryPki.yesterday(), BoundaryPki.inDays(60));
    private final IssuedCertificate clientNew = pki.ca.issueClient("CN=gateway-client.test,O=Test,C=BE",
            BoundaryPki.yesterday(), BoundaryPki.inDays(400));
    private final Path serverKeyStore = pki.keyStore("partner-api", serverOld);
    private final Path clientKeyStore = pki.keyStore("outbound", clientOld);
    private final Path caseManagement = pki.client("case-management", CASE_MANAGEMENT);
    private final ClientPins policePins = new ClientPins(clientOld.certificate(), clientNew.certificate());
    private final ClientPins dePins = new ClientPins(clientOld.certificate());
    private final HttpsSink policeSink = pinningSink("police", policePins);
    private final HttpsSink deSink = pinningSink("de", dePins);

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        pki.writeRegistry("""
                  - {id: police, name: Police, kind: POLICE, country: BE, trustedCas: [%s],
                     receives: [DOMESTIC], interpolContact: true,
                     certificates: [{subject: "%s", issuer: "%s"}],
                     outbound: {url: "%s", format: POLICE_XML, trustedCas: [%s]}}
                  - {id: de-hotline, name: DE, kind: HOTLINE, country: DE, trustedCas: [%s],
                     certificates: [{subject: "%s", issuer: "%s"}],
                     outbound: {url: "%s", format: INHOPE_XML, trustedCas: [%s]}}
                  - {id: case-management, name: CM, kind: INTERNAL, country: BE, trustedCas: [%s],
                     certificates: [{subject: "%s", issuer: "%s"}]}
                """.formatted(pki.caFile.toAbsolutePath(), BoundaryPki.POLICE, BoundaryPki.CA_DN, policeSink.url(),
                ServerTls.caPem(pki.folder, "police").toAbsolutePath(),
                pki.caFile.toAbsolutePath(), DE_SUBJECT, BoundaryPki.CA_DN, deSink.url(),
                ServerTls.caPem(pki.folder, "de").toAbsolutePath(),
                pki.caFile.toAbsolutePath(), CASE_MANAGEMENT, BoundaryPki.CA_DN));
        Properties properties = new Properties();
        properties.setProperty("gateway.partners.file", pki.registry.toString());
        properties.setProperty("gateway.partner-api.keystore", serverKeyStore.toString());
        properties.setProperty("gateway.outbound.keystore", clientKeyStore.toString());
        properties.setProperty("gateway.own-keys.reload-check-interval-ms", "200");
        properties.setProperty("gateway.ops.tls", "true");
        properties.setProperty("gateway.outbox.poll-interval-ms", "50");
        properties.setProperty("gateway.retry.initial-delay", "PT0.2S");
        properties.setProperty("gateway.retry.max-delay", "PT0.5S");
        properties.setProperty("gateway.retry.jitter", "0");
        properties.setProperty("gateway.circuit.failure-threshold", "1000");
        return properties;
    }

    @AfterAll
    void stopSinks() {
        policeSink.close();
        deSink.close();
    }

    @Test
    void theGatewaySwitchesToItsNewCertificatesWithoutARestartAndNoDeliveryIsLost() throws Exception {
        HttpResponse<String> first = report("BE");
        assertThat(presentedServerCertificate(first)).isEqualTo(serverOld.certificate());
        String toDeBefore = reference(report("DE"));
        await(() -> policeSink.arrivedNanos(reference(first)) != null && deSink.arrivedNanos(toDeBefore) != null,
                "both receivers get a delivery before the switch");
        assertThat(policePins.accepted()).containsExactly(Fingerprints.sha256(clientOld.certificate()));

        // the client keystore first, five reload checks ahead: once partners see the new server certificate, the
        // client certificate has certainly been reloaded too (the only sign of that is the next delivery)
        replace(clientKeyStore, pki.keyStore("outbound-next", clientNew));
        Thread.sleep(1000);
        replace(serverKeyStore, pki.keyStore("partner-api-next", serverNew));
        await(() -> serverNew.certificate().equals(presentedServerCertificate(report("BE"))),
                "partners see the new server certificate");

        HttpResponse<String> after = report("BE");
        assertThat(after.statusCode()).as("a partner trusting our CA").isEqualTo(202);
        assertThat(presentedServerCertificate(after)).isEqualTo(serverNew.certificate());
        await(() -> policeSink.arrivedNanos(reference(after)) != null, "the receiver pinning both gets its delivery");
        assertThat(policePins.accepted()).contains(Fingerprints.sha256(clientNew.certificate()));

        String toDeAfter = reference(report("DE"));
        await(() -> dePins.refused() >= 2, "the receiver pinning only the old certificate refuses the new one");
        assertThat(deSink.arrivedNanos(toDeAfter)).as("not delivered while refused").isNull();

        dePins.pin(clientNew.certificate());
        await(() -> deSink.arrivedNanos(toDeAfter) != null, "delivered once the new certificate is pinned");
        assertThat(dePins.accepted()).contains(Fingerprints.sha256(clientNew.certificate()));

        HttpResponse<String> metrics = pki.partnerClient(caseManagement, opsPort).send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + opsPort + "/ops/metrics"))
                .header("Authorization", OpsHttpClient.basic("ops", "demo-ops-password")));
        assertThat(presentedServerCertificate(metrics)).as("the ops port rotates with the partner port")
                .isEqualTo(serverNew.certificate());
        assertThat(metrics.body())
                .as("the expiry metric reads the new keys in force (400 days), not the ones read at start (60 days)")
                .containsPattern("hotline_certificate_days_to_expiry\\{[^}]*owner=\"gateway \\(outbound\\)\",subject=\"CN=gateway-client[^}]*} 399")
                .containsPattern("hotline_certificate_days_to_expiry\\{[^}]*owner=\"gateway \\(partner API\\)\",subject=\"CN=localhost\"} 399")
                .doesNotContainPattern("owner=\"gateway \\([^)]*\\)\",subject=\"CN=(localhost|gateway-client[^\"]*)\"} 59");
    }

    @Test
    void aRefusedKeystoreChangesNeitherTheCertificatePresentedNorItsExpiryShown() throws Exception {
        Path refused = pki.keyStore("partner-api-refused", pki.ca.issueClient("CN=not-a-server.test,O=Test,C=BE",
                BoundaryPki.yesterday(), BoundaryPki.inDays(700)));
        X509Certificate before = presentedServerCertificate(report("BE"));
        replace(serverKeyStore, refused);
        Thread.sleep(1000);

        assertThat(presentedServerCertificate(report("BE"))).as("a clientAuth-only certificate is not taken for the"
                + " partner port").isEqualTo(before);
        String metrics = pki.partnerClient(caseManagement, opsPort).send(HttpRequest.newBuilder(
                URI.create("https://localhost:" + opsPort + "/ops/metrics"))
                .header("Authorization", OpsHttpClient.basic("ops", "demo-ops-password"))).body();
        assertThat(metrics).contains("hotline_certificate_days_to_expiry")
                .doesNotContain("CN=not-a-server.test");
    }

    /** Our case management reports content hosted in the country (BE: the police receive it; DE: the DE hotline). */
    private HttpResponse<String> report(String country) {
        try {
            byte[] body = Files.readString(Path.of("docs/api/examples/report-internal.json"))
                    .replace("CM-2026-11-0193", "CM-" + UUID.randomUUID())
                    .replace("\"hostingCountry\": \"DE\"", "\"hostingCountry\": \"" + country + "\"")
                    .getBytes(StandardCharsets.UTF_8);
            // a new client (no kept-alive connection, no TLS session) each time, so each call is a new handshake
            HttpResponse<String> response = pki.partnerClient(caseManagement, partnerPort)
                    .post("/api/v1/reports", "application/json", body);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reference(HttpResponse<String> accepted) {
        return accepted.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
    }

    private static X509Certificate presentedServerCertificate(HttpResponse<String> response) {
        try {
            return (X509Certificate) response.sslSession().orElseThrow().getPeerCertificates()[0];
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private IssuedCertificate serverCertificate(int days) {
        return pki.ca.issueServer("CN=localhost", List.of("localhost"), List.of("127.0.0.1"), BoundaryPki.yesterday(),
                BoundaryPki.inDays(days));
    }

    /** As the ops procedure says: the new file written beside the old, then moved into place in one step. */
    private static void replace(Path target, Path next) throws Exception {
        Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private HttpsSink pinningSink(String name, ClientPins pins) {
        try {
            HttpsSink sink = new HttpsSink(ServerTls.createPinning(pki.folder, name, List.of("localhost"), List.of(), pins),
                    FreePort.find());
            sink.start();
            return sink;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
