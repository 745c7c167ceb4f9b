package be.hotline.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.PemWriter;
import be.hotline.gateway.pki.Pkcs12Writer;
import be.hotline.gateway.revocation.RevocationPki.Leaf;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Partners' client certificates checked for revocation at the partner API's gate, against the CRL their CA
 * publishes over HTTP: a certificate revoked while the gateway runs is refused within one refresh interval, without
 * a restart; an unreachable CRL refuses a strict partner and lets a soft one in.
 */
class InboundRevocationTest extends GatewayTestSupport {

    private static final String UNKNOWN_REPORT = "/api/v1/reports/HX-UNKNOWN";
    private final Path folder = createFolder();
    private final TestDatabase database = TestDatabase.h2(folder);
    private final RevocationPki partners = new RevocationPki("Partner Clients CA");
    private final RevocationServer publisher = startPublisher();
    private final IssuedCertificate nl = partners.issue(Leaf.client("nl client", publisher.url("/crl"), null));
    private final IssuedCertificate strictUnreachable = partners.issue(Leaf.client("at client", publisher.url("/down"), null));
    private final IssuedCertificate softUnreachable = partners.issue(Leaf.client("de client", publisher.url("/down"), null));
    private final Path caFile = folder.resolve("partner-clients-ca.crt");

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        try {
            PemWriter.writeCertificate(caFile, partners.ca.certificate());
            Path gatewayKeyStore = keyStore("gateway", partners.issue(Leaf.server("localhost", null, null)));
            String ca = caFile.toAbsolutePath().toString();
            Files.writeString(folder.resolve("partners.yaml"), "partners:\n"
                    + entry("police", "POLICE", "BE", "police client", ca, "off")
                    + entry("nl-hotline", "HOTLINE", "NL", "nl client", ca, "soft")
                    + entry("at-hotline", "HOTLINE", "AT", "at client", ca, "strict")
                    + entry("de-hotline", "HOTLINE", "DE", "de client", ca, "soft"));
            Properties properties = new Properties();
            properties.setProperty("gateway.partners.file", folder.resolve("partners.yaml").toString());
            properties.setProperty("gateway.partner-api.keystore", gatewayKeyStore.toString());
            properties.setProperty("gateway.outbox.enabled", "false");
            properties.setProperty("gateway.revocation.refresh", "PT1S");
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCertificateRevokedWhileTheGatewayRunsIsRefusedWithinOneRefresh() throws Exception {
        assertThat(get(nl).statusCode()).as("not revoked yet").isEqualTo(404);

        publisher.revoke(nl.certificate().getSerialNumber());
        long revokedAt = System.nanoTime();
        HttpResponse<String> refused = awaitStatus(nl, 403, Duration.ofSeconds(10));

        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(refused.body()).contains("revoked");
    }

    @Test
    void anUnreachableCrlRefusesAStrictPartnerAndLetsASoftOneIn() throws Exception {
        assertThat(get(strictUnreachable).statusCode()).isEqualTo(403);
        assertThat(get(softUnreachable).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> awaitStatus(IssuedCertificate certificate, int status, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = get(certificate);
        while (last.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = get(certificate);
        }
        assertThat(last.statusCode()).as(last.body()).isEqualTo(status);
        return last;
    }

    private HttpResponse<String> get(IssuedCertificate certificate) throws Exception {
        Path store = keyStore(certificate.certificate().getSerialNumber().toString(16), certificate);
        return PartnerClient.withCertificate(store, caFile, partnerPort).get(UNKNOWN_REPORT);
    }

    private static String entry(String id, String kind, String country, String name, String ca, String revocation) {
        return """
                  - {id: %s, name: %s, kind: %s, country: %s, trustedCas: [%s], revocation: %s,%s
                     certificates: [{subject: "CN=%s,O=Revocation Test", issuer: "CN=Partner Clients CA,O=Revocation Test"}],
                     outbound: {url: "https://127.0.0.1:1/%s", format: %s}}
                """.formatted(id, id, kind, country, ca, revocation,
                        kind.equals("POLICE") ? " receives: [DOMESTIC], interpolContact: true," : "", name, id, kind.equals("POLICE") ? "POLICE_XML" : "INHOPE_XML");
    }

    private Path keyStore(String name, IssuedCertificate issued) {
        Path store = folder.resolve(name + ".p12");
        try {
            Pkcs12Writer.write(store, "key", issued, PartnerClient.PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    private RevocationServer startPublisher() {
        try {
            return new RevocationServer(partners);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("gateway-inbound-revocation");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
