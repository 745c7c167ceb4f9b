package be.hotline.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.dispatch.DeliveryTestSupport;
import be.hotline.gateway.dispatch.TestRegistry;
import be.hotline.gateway.ops.OpsHttpClient;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.PemWriter;
import be.hotline.gateway.revocation.RevocationPki.Leaf;
import be.hotline.gateway.support.FreePort;
import be.hotline.gateway.support.HttpsSink;
import be.hotline.gateway.support.TestDatabase;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The real gateway delivering over mutual TLS to partner servers whose certificates come from the right CA: one
 * revoked in its CA's CRL (a strict and a soft partner), one meant only for TLS clients, one a CA certificate,
 * and a good one. Only the good one gets its report; the others are refused in the handshake and retried later.
 */
class RevocationOutboundTest extends DeliveryTestSupport {

    private final TestDatabase database = TestDatabase.freshH2();
    private final RevocationPki servers = new RevocationPki("Partner Servers CA");
    private final RevocationServer publisher = startPublisher();
    private final IssuedCertificate revokedStrict = servers.issue(Leaf.server("police server", publisher.url("/crl"), null));
    private final IssuedCertificate revokedSoft = servers.issue(Leaf.server("nl server", publisher.url("/crl"), null));
    private final IssuedCertificate clientOnly = servers.issue(Leaf.client("de server", null, null));
    private final IssuedCertificate caCertificate = servers.issue(
            new Leaf("it server", null, null, true, KeyPurposeId.id_kp_serverAuth));
    private final IssuedCertificate good = servers.issue(Leaf.server("pl server", publisher.url("/crl"), null));
    private final HttpsSink policeSink = sink(revokedStrict);
    private final HttpsSink nlSink = sink(revokedSoft);
    private final HttpsSink deSink = sink(clientOnly);
    private final HttpsSink itSink = sink(caCertificate);
    private final HttpsSink plSink = sink(good);

    {
        publisher.revoke(revokedStrict.certificate().getSerialNumber());
        publisher.revoke(revokedSoft.certificate().getSerialNumber());
    }

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        Properties properties = super.extraProperties();
        Path registry = folder.resolve("partners-revocation.yaml");
        Path serversCa = folder.resolve("partner-servers-ca.crt");
        try {
            PemWriter.writeCertificate(serversCa, servers.ca.certificate());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String ca = serversCa.toAbsolutePath().toString();
        write(registry, new TestRegistry(DEMO_ROOT_CA.toAbsolutePath().toString())
                .receiver("police-fccu", "POLICE", "BE", "CN=fccu.police.demo,O=DEMO Federal Computer Crime Unit,C=BE",
                        policeSink.url(), "POLICE_XML", ca, "", ", revocation: strict" + TestRegistry.ONLY_POLICE_SERVICE)
                .receiver("nl-hotline", "HOTLINE", "NL", "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL", nlSink.url(),
                        "INHOPE_XML", ca, "", ", revocation: soft")
                .receiver("de-hotline", "HOTLINE", "DE", "CN=de-hotline.demo,O=DEMO Hotline DE,C=DE", deSink.url(),
                        "INHOPE_XML", ca, "")
                .receiver("it-hotline", "HOTLINE", "IT", "CN=it.demo,C=IT", itSink.url(), "INHOPE_XML", ca, "")
                .receiver("pl-hotline", "HOTLINE", "PL", "CN=pl.demo,C=PL", plSink.url(), "INHOPE_XML", ca, "")
                .caller("case-management", "INTERNAL", "BE", "CN=case-management.demo,O=DEMO Hotline BE case management,C=BE")
                .yaml());
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.outbound.keystore", DEMO_CERTS.resolve("gateway/gateway.p12").toString());
        properties.setProperty("gateway.revocation.refresh", "PT1S");
        return properties;
    }

    @AfterAll
    void stopServers() {
        List.of(policeSink, nlSink, deSink, itSink, plSink).forEach(HttpsSink::close);
        publisher.close();
    }

    @Test
    void aRevokedServerCertificateIsRefusedInTheHandshakeAndTheDeliveryRetriedNotSent() throws Exception {
        String toPolice = internalReportHostedIn("BE");
        String toNl = internalReportHostedIn("NL");

        List<String> police = awaitAttempts(toPolice, "police-fccu", 2);
        List<String> nl = awaitAttempts(toNl, "nl-hotline", 2);

        assertThat(police).allSatisfy(attempt -> assertThat(attempt).contains("TLS handshake failed").contains("revoked"));
        assertThat(nl).allSatisfy(attempt -> assertThat(attempt).contains("TLS handshake failed").contains("revoked"));
        assertThat(deliveryColumn(toPolice, "police-fccu", "status")).isEqualTo("PENDING");
        assertThat(deliveryColumn(toNl, "nl-hotline", "status")).isEqualTo("PENDING");
        assertThat(policeSink.requests() + nlSink.requests()).isZero();
        assertThat(new OpsHttpClient(opsPort, "ops", "demo-ops-password").get("/ops/metrics").body())
                .containsPattern("hotline_revocation_refusals_total\\{partner=\"police-fccu\",reason=\"revoked\"} [1-9]")
                .containsPattern("hotline_revocation_refusals_total\\{partner=\"nl-hotline\",reason=\"revoked\"} [1-9]");
    }

    @Test
    void aServerCertificateNotMeantForATlsServerIsRefused() throws Exception {
        String toDe = internalReportHostedIn("DE");
        String toIt = internalReportHostedIn("IT");

        List<String> clientOnlyAttempts = awaitAttempts(toDe, "de-hotline", 1);
        List<String> caAttempts = awaitAttempts(toIt, "it-hotline", 1);

        assertThat(clientOnlyAttempts).allSatisfy(attempt -> assertThat(attempt).contains("TLS handshake failed"));
        assertThat(caAttempts).allSatisfy(attempt -> assertThat(attempt).contains("TLS handshake failed")
                .contains("CA certificate"));
        assertThat(deSink.requests() + itSink.requests()).isZero();
    }

    @Test
    void aServerCertificateNotInItsFreshCrlIsDelivered() throws Exception {
        String toPl = internalReportHostedIn("PL");

        List<String> attempts = awaitAttempts(toPl, "pl-hotline", 1);

        assertThat(attempts.get(0)).startsWith("SUCCESS 202");
        assertThat(plSink.requests()).isPositive();
        assertThat(publisher.requests("/crl")).as("the CRL was consulted").isPositive();
    }

    private List<String> awaitAttempts(String reference, String partnerId, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> attempts = attempts(reference, partnerId);
        while (attempts.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            attempts = attempts(reference, partnerId);
        }
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(count);
        return attempts;
    }

    private RevocationServer startPublisher() {
        try {
            return new RevocationServer(servers);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partner server presenting this certificate, requiring the gateway's (demo) client certificate. */
    private HttpsSink sink(IssuedCertificate certificate) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", certificate.privateKey(), new char[0],
                    certificate.chain().toArray(X509Certificate[]::new));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, new char[0]);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(DEMO_ROOT_CA)) {
                trust.setCertificateEntry("gateway-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            HttpsSink sink = new HttpsSink(tls, FreePort.find());
            sink.start();
            return sink;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
