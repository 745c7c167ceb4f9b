package be.hotline.gateway.boundary;

import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.PemWriter;
import be.hotline.gateway.pki.Pkcs12Writer;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.RawHttpsClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A PKI and partner registry of their own for the trust-boundary tests, in a temporary folder: a partner CA,
 * the gateway's server certificate, and client key stores. The registry file can be rewritten to test reloads.
 */
final class BoundaryPki {

    static final String CA_DN = "CN=Boundary Test Partner CA,O=Test,C=BE";
    static final String NL = "CN=nl-hotline.test,O=Test NL,C=NL";
    static final String DE = "CN=de-hotline.test,O=Test DE,C=DE";
    static final String AT = "CN=at-hotline.test,O=Test AT,C=AT";
    static final String POLICE = "CN=police.test,O=Test Police,C=BE";

    final Path folder;
    final CertificateAuthority ca;
    final Path caFile;
    final Path gatewayKeyStore;
    final Path registry;

    BoundaryPki() {
        try {
            folder = Files.createTempDirectory("gateway-boundary");
            ca = CertificateAuthority.createRoot(CA_DN, yesterday(), inDays(365));
            caFile = folder.resolve("ca.crt");
            PemWriter.writeCertificate(caFile, ca.certificate());
            gatewayKeyStore = keyStore("gateway", ca.issueServerAndClient("CN=localhost", List.of("localhost"),
                    List.of("127.0.0.1"), yesterday(), inDays(30)));
            registry = folder.resolve("partners.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client key store (password demo-only) with a certificate our CA issued for this subject. */
    Path client(String name, String subject) {
        return keyStore(name, ca.issueClient(subject, yesterday(), inDays(30)));
    }

    Path keyStore(String name, IssuedCertificate issued) {
        Path store = folder.resolve(name + ".p12");
        try {
            Pkcs12Writer.write(store, "client", issued, PartnerClient.PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    /** One registry entry of a hotline identified by subject and our issuer, with extra YAML (limits, enabled, …). */
    String hotline(String id, String country, String subject, String extra) {
        return """
                  - {id: %s, name: %s, kind: HOTLINE, country: %s, trustedCas: [%s],
                     certificates: [{subject: "%s", issuer: "%s"}],
                     outbound: {url: "https://127.0.0.1:1/%s", format: INHOPE_XML}%s}
                """.formatted(id, id, country, caFile.toAbsolutePath(), subject, CA_DN, id, extra);
    }

    String police() {
        return """
                  - {id: police, name: Police, kind: POLICE, country: BE, trustedCas: [%s],
                     receives: [DOMESTIC], interpolContact: true,
                     certificates: [{subject: "%s", issuer: "%s"}],
                     outbound: {url: "https://127.0.0.1:1/police", format: POLICE_XML}}
                """.formatted(caFile.toAbsolutePath(), POLICE, CA_DN);
    }

    static String pinned(IssuedCertificate certificate) {
        return Fingerprints.sha256(certificate.certificate());
    }

    void writeRegistry(String entries) {
        try {
            Files.writeString(registry, "partners:\n" + entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PartnerClient partnerClient(Path keyStore, int port) {
        return PartnerClient.withCertificate(keyStore, caFile, port);
    }

    RawHttpsClient raw(Path keyStore, int port) throws IOException {
        return RawHttpsClient.connect(keyStore, caFile, port);
    }

    /** Waits (10 s at most) until a GET of {@code path} with this client certificate answers {@code status}. */
    void awaitStatus(Path keyStore, int port, String path, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = partnerClient(keyStore, port).get(path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        org.assertj.core.api.Assertions.assertThat(last).as("status after the registry file changed").isEqualTo(status);
    }

    static Instant yesterday() {
        return Instant.now().minus(Duration.ofDays(1));
    }

    static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days));
    }
}
