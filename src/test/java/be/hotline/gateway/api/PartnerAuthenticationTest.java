package be.hotline.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.PemWriter;
import be.hotline.gateway.pki.Pkcs12Writer;
import be.hotline.gateway.support.GatewayTestSupport;
import be.hotline.gateway.support.PartnerClient;
import be.hotline.gateway.support.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Who gets in: a PKI made for this test, with a partner that brings its own CA (pinned by fingerprint),
 * a disabled partner, and certificates that must never get in (expired, not yet valid, unknown,
 * from an untrusted CA, impostor of a real partner's name).
 */
class PartnerAuthenticationTest extends GatewayTestSupport {

    private static final String DEMO_CA = "CN=Hotline Exchange Gateway DEMO Root CA,O=DEMO ONLY - not for production,C=BE";
    private static final String REPORTS = "/api/v1/reports";
    private static final String NL_SUBJECT = "CN=nl-hotline.demo,O=DEMO Meldpunt NL,C=NL";

    private final Path folder = createFolder();
    private final TestDatabase database = TestDatabase.h2(folder);
    private final CertificateAuthority trustedCa = CertificateAuthority.createRoot(DEMO_CA,
            yesterday(), inDays(365));
    /** Same name as the trusted CA, other key: what an attacker would make. */
    private final CertificateAuthority untrustedCa = CertificateAuthority.createRoot(DEMO_CA,
            yesterday(), inDays(365));
    private final CertificateAuthority partnerOwnCa = CertificateAuthority.createRoot("CN=FR Hotline Own CA,O=DEMO FR,C=FR",
            Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
    private final Path frKeyStore = folder.resolve("fr-hotline.p12");
    private final Path frCaFile = folder.resolve("fr-ca.crt");
    private final Path trustedCaFile = folder.resolve("trusted-ca.crt");
    private final Path gatewayKeyStore = folder.resolve("gateway.p12");

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Properties extraProperties() {
        IssuedCertificate fr = partnerOwnCa.issueClient("CN=fr-hotline.demo,O=DEMO FR,C=FR", yesterday(), inDays(30));
        write(frKeyStore, fr);
        writeCertificate(frCaFile, partnerOwnCa);
        Path registry = folder.resolve("partners.yaml");
        writeCertificate(trustedCaFile, trustedCa);
        write(gatewayKeyStore, trustedCa.issueServerAndClient("CN=localhost", List.of("localhost"), List.of("127.0.0.1"),
                yesterday(), inDays(30)));
        String demoCaFile = trustedCaFile.toAbsolutePath().toString();
        writeText(registry, """
                partners:
                  - {id: police, name: Police, kind: POLICE, country: BE, trustedCas: [%1$s],
                     receives: [DOMESTIC], interpolContact: true,
                     certificates: [{subject: "CN=police.demo,C=BE", issuer: "%3$s"}],
                     outbound: {url: "https://127.0.0.1:1/never-called", format: POLICE_XML}}
                  - {id: nl-hotline, name: NL, kind: HOTLINE, country: NL, trustedCas: [%1$s],
                     certificates: [{subject: "%2$s", issuer: "%3$s"}], outbound: {url: "https://127.0.0.1:1/nl", format: INHOPE_XML}}
                  - {id: expiring-partner, name: Expiring, kind: HOTLINE, country: AT, trustedCas: [%1$s],
                     certificates: [{subject: "CN=expired.demo,C=AT", issuer: "%3$s"}, {subject: "CN=future.demo,C=AT", issuer: "%3$s"}],
                     outbound: {url: "https://127.0.0.1:1/at", format: INHOPE_XML}}
                  - {id: disabled-partner, name: Disabled, kind: HOTLINE, country: FI, enabled: false, trustedCas: [%1$s],
                     certificates: [{subject: "CN=disabled.demo,C=FI", issuer: "%3$s"}]}
                  - {id: fr-hotline, name: FR, kind: HOTLINE, country: FR, trustedCas: [%4$s],
                     certificates: [{sha256: "%5$s"}], outbound: {url: "https://127.0.0.1:1/fr", format: INHOPE_XML}}
                """.formatted(demoCaFile, NL_SUBJECT, DEMO_CA, frCaFile.toAbsolutePath(), Fingerprints.sha256(fr.certificate())));
        Properties properties = new Properties();
        properties.setProperty("gateway.partners.file", registry.toString());
        properties.setProperty("gateway.partner-api.keystore", gatewayKeyStore.toString());
        properties.setProperty("gateway.outbox.enabled", "false");
        return properties;
    }

    @Test
    void aRegisteredPartnerGetsIn() throws Exception {
        HttpResponse<String> response = client(issue("nl", trustedCa, NL_SUBJECT, yesterday(), inDays(30))).post(REPORTS, "application/json", example("nl"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    @Test
    void aPartnerWithItsOwnCaPinnedByFingerprintGetsIn() throws Exception {
        HttpResponse<String> response = client(frKeyStore).post(REPORTS, "application/json", example("fr"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    }

    @Test
    void aDisabledPartnerGets403() throws Exception {
        Path store = issue("disabled", trustedCa, "CN=disabled.demo,C=FI", yesterday(), inDays(30));
        HttpResponse<String> response = client(store).post(REPORTS, "application/json", example("disabled"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("disabled");
    }

    @Test
    void anUnregisteredCertificateFromATrustedCaGets403() throws Exception {
        Path store = issue("unknown", trustedCa, "CN=somebody-else.demo,C=BE", yesterday(), inDays(30));
        HttpResponse<String> response = client(store).post(REPORTS, "application/json", example("unknown"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anExpiredCertificateNeverGetsIn() {
        Path store = issue("expired", trustedCa, "CN=expired.demo,C=AT", Instant.now().minus(Duration.ofDays(30)), yesterday());
        Refusal.assertRefusedInHandshake(() -> client(store).post(REPORTS, "application/json", example("expired")));
    }

    @Test
    void aNotYetValidCertificateNeverGetsIn() {
        Path store = issue("future", trustedCa, "CN=future.demo,C=AT", inDays(2), inDays(30));
        Refusal.assertRefusedInHandshake(() -> client(store).post(REPORTS, "application/json", example("future")));
    }

    @Test
    void anImpostorWithARealPartnersNameFromAnUntrustedCaIsRefusedInTheHandshake() {
        Path store = issue("impostor", untrustedCa, NL_SUBJECT, yesterday(), inDays(30));
        Refusal.assertRefusedInHandshake(() -> client(store).post(REPORTS, "application/json", example("impostor")));
    }

    @Test
    void aPartnersOwnCaCannotVouchForAnotherPartner() throws Exception {
        Path store = issue("cross", partnerOwnCa, NL_SUBJECT, yesterday(), inDays(30));
        HttpResponse<String> response = client(store).post(REPORTS, "application/json", example("cross"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    private PartnerClient client(Path keyStore) {
        return PartnerClient.withCertificate(keyStore, trustedCaFile, partnerPort);
    }

    private Path issue(String name, CertificateAuthority ca, String subject, Instant notBefore, Instant notAfter) {
        Path store = folder.resolve(name + ".p12");
        write(store, ca.issueClient(subject, notBefore, notAfter));
        return store;
    }

    private static byte[] example(String suffix) throws IOException {
        return Files.readString(Path.of("docs/api/examples/report-nl-hotline.json"))
                .replace("NL-2026-004711", "AUTH-" + suffix).getBytes();
    }

    private static Instant yesterday() {
        return Instant.now().minus(Duration.ofDays(1));
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days));
    }

    private static void write(Path store, IssuedCertificate issued) {
        try {
            Pkcs12Writer.write(store, "client", issued, PartnerClient.PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeCertificate(Path file, CertificateAuthority ca) {
        try {
            PemWriter.writeCertificate(file, ca.certificate());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("gateway-auth");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
