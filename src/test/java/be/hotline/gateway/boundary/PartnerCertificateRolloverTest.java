package be.hotline.gateway.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.access.WeakCertificates;
import be.hotline.gateway.ops.OpsHttpClient;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.PemWriter;
import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.ServerTls;
import be.hotline.gateway.support.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A partner rolls its certificates over, against the real gateway over real mutual TLS: its old and new client
 * certificates both get in while the registry lists both, only the new one once the old is removed (a hot reload);
 * its receiving server moves to a certificate from a new CA listed beside the old one and deliveries keep flowing.
 * A certificate with a weak key or signature from the partner's own CA is refused in the handshake, and a registry
 * trusting a weak CA is not taken.
 */
class PartnerCertificateRolloverTest extends GatewayTestSupport {

    private static final String REPORTS = "/api/v1/reports";
    private static final String UNKNOWN_REPORT = REPORTS + "/HX-UNKNOWN";

    private final BoundaryPki pki = new BoundaryPki();
    private final TestDatabase database = TestDatabase.h2(pki.folder);
    private final IssuedCertificate nlOld = pki.ca.issueClient(BoundaryPki.NL, BoundaryPki.yesterday(), BoundaryPki.inDays(20));
    private final IssuedCertificate nlNew = pki.ca.issueClient(BoundaryPki.NL, BoundaryPki.yesterday(), BoundaryPki.inDays(400));
    private final Path nlOldStore = pki.keyStore("nl-old", nlOld);
    private final Path nlNewStore = pki.keyStore("nl-new", nlNew);
    private final int policePort = FreePort.find();
    private final SSLContext policeServerOld = policeServer("police-2025");
    private final SSLContext policeServerNew = policeServer("police-2026");
    private HttpsSink policeSink = startSink(policeServerOld);

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        pki.writeRegistry(registry(nlOld, nlNew));
        Properties properties = new Properties();
        properties.setProperty("gateway.partners.file", pki.registry.toString());
        properties.setProperty("gateway.partner-api.keystore", pki.gatewayKeyStore.toString());
        properties.setProperty("gateway.outbound.keystore", pki.gatewayKeyStore.toString());
        properties.setProperty("gateway.partners.reload-check-interval-ms", "200");
        properties.setProperty("gateway.outbox.poll-interval-ms", "50");
        properties.setProperty("gateway.retry.initial-delay", "PT0.2S");
        properties.setProperty("gateway.retry.max-delay", "PT0.5S");
        properties.setProperty("gateway.retry.jitter", "0");
        return properties;
    }

    /** The police receive at our sink, whose server certificate may come from either of its two CAs; NL is pinned. */
    private String registry(IssuedCertificate... nlCertificates) {
        StringBuilder pins = new StringBuilder();
        for (IssuedCertificate certificate : nlCertificates) {
            pins.append(pins.isEmpty() ? "" : ", ").append("{sha256: \"").append(BoundaryPki.pinned(certificate)).append("\"}");
        }
        return """
                  - {id: police, name: Police, kind: POLICE, country: BE, trustedCas: [%s],
                     receives: [DOMESTIC], interpolContact: true,
                     certificates: [{subject: "%s", issuer: "%s"}],
                     outbound: {url: "%s", format: POLICE_XML, trustedCas: [%s, %s]}}
                  - {id: nl-hotline, name: NL, kind: HOTLINE, country: NL, trustedCas: [%s],
                     certificates: [%s], outbound: {url: "https://127.0.0.1:1/nl", format: INHOPE_XML}}
                """.formatted(pki.caFile.toAbsolutePath(), BoundaryPki.POLICE, BoundaryPki.CA_DN, policeSink.url(),
                ServerTls.caPem(pki.folder, "police-2025").toAbsolutePath(),
                ServerTls.caPem(pki.folder, "police-2026").toAbsolutePath(), pki.caFile.toAbsolutePath(), pins);
    }

    @AfterAll
    void stopSink() {
        policeSink.close();
    }

    @Test
    void bothCertificatesAreAcceptedDuringTheOverlapAndOnlyTheNewOneOnceTheOldIsRemoved() throws Exception {
        assertThat(postReport(nlOldStore).statusCode()).isEqualTo(202);
        assertThat(postReport(nlNewStore).statusCode()).isEqualTo(202);

        pki.writeRegistry(registry(nlNew));
        pki.awaitStatus(nlOldStore, partnerPort, UNKNOWN_REPORT, 403);

        assertThat(postReport(nlOldStore).statusCode()).as("the old certificate after the switch").isEqualTo(403);
        assertThat(postReport(nlNewStore).statusCode()).as("the new certificate after the switch").isEqualTo(202);
    }

    @Test
    void deliveriesKeepFlowingWhenThePartnersServerMovesToACertificateFromItsNewCa() throws Exception {
        String before = reference(postReport(nlNewStore));
        awaitArrival(before);

        policeSink.close();
        policeSink = startSink(policeServerNew);
        String after = reference(postReport(nlNewStore));

        awaitArrival(after);
        assertThat(policeSink.arrivedNanos(after)).as("received by the server with the new CA's certificate").isNotNull();
    }

    @Test
    void aClientCertificateWithAWeakKeyOrSignatureIsRefusedInTheHandshake() throws Exception {
        Path rsa1024 = pki.keyStore("nl-rsa1024", WeakCertificates.client(pki.ca, BoundaryPki.NL, WeakCertificates.rsa(1024),
                "SHA256withECDSA", BoundaryPki.yesterday(), BoundaryPki.inDays(30)));
        Path sha1 = pki.keyStore("nl-sha1", WeakCertificates.client(pki.ca, BoundaryPki.NL, WeakCertificates.ec("secp256r1"),
                "SHA1withECDSA", BoundaryPki.yesterday(), BoundaryPki.inDays(30)));
        Path strongButNotRegistered = pki.client("nl-unregistered", BoundaryPki.NL);

        assertThatThrownBy(() -> pki.partnerClient(rsa1024, partnerPort).get(UNKNOWN_REPORT)).isInstanceOf(SSLException.class);
        assertThatThrownBy(() -> pki.partnerClient(sha1, partnerPort).get(UNKNOWN_REPORT)).isInstanceOf(SSLException.class);
        assertThat(pki.partnerClient(strongButNotRegistered, partnerPort).get(UNKNOWN_REPORT).statusCode())
                .as("the same CA and subject with a strong key passes the handshake (and is then not a registered certificate)")
                .isEqualTo(403);
    }

    @Test
    void aRegistryTrustingACaWithAWeakKeyIsNotTakenAndThePreviousOneStaysInForce() throws Exception {
        Path weakCa = pki.folder.resolve("nl-weak-ca.crt");
        PemWriter.writeCertificate(weakCa, WeakCertificates.root("CN=NL Weak CA,C=NL", WeakCertificates.rsa(1024),
                "SHA256withRSA", BoundaryPki.yesterday(), BoundaryPki.inDays(30)));
        String nlCas = "country: NL, trustedCas: [" + pki.caFile.toAbsolutePath();
        String withWeakCa = registry(nlNew).replace(nlCas, nlCas + ", " + weakCa.toAbsolutePath());
        assertThat(withWeakCa).contains(weakCa.toAbsolutePath().toString());

        pki.writeRegistry(withWeakCa);

        OpsHttpClient ops = new OpsHttpClient(opsPort, "ops", "demo-ops-password");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String ready = ops.get("/ops/health/ready").body();
        while (!ready.contains("too weak") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            ready = ops.get("/ops/health/ready").body();
        }
        assertThat(ready).contains("\"name\":\"partner-registry\",\"status\":\"WARN\"",
                "partner nl-hotline: trustedCas lists CN=NL Weak CA,C=NL", "RSA key of 1024 bits");
        assertThat(postReport(nlNewStore).statusCode()).as("the previous registry serves on").isEqualTo(202);

        // a valid file is taken again (and this class's first registry is back for the other tests, in any order)
        pki.writeRegistry(registry(nlOld, nlNew));
        pki.awaitStatus(nlOldStore, partnerPort, UNKNOWN_REPORT, 404);
    }

    private HttpResponse<String> postReport(Path keyStore) throws Exception {
        byte[] report = Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                .replace("NL-2026-004711", "ROLLOVER-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        return pki.partnerClient(keyStore, partnerPort).post(REPORTS, "application/json", report);
    }

    private static String reference(HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return accepted.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
    }

    private void awaitArrival(String reference) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (policeSink.arrivedNanos(reference) == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(policeSink.arrivedNanos(reference)).as("delivery of " + reference + " to the police").isNotNull();
    }

    private SSLContext policeServer(String name) {
        try {
            return ServerTls.create(pki.folder, name, List.of("localhost"), List.of(), pki.caFile);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpsSink startSink(SSLContext tls) {
        try {
            HttpsSink sink = new HttpsSink(tls, policePort);
            sink.start();
            return sink;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
