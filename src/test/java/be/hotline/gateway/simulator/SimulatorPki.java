package be.hotline.gateway.simulator;

import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.PemWriter;
import be.hotline.gateway.pki.Pkcs12Writer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A throw-away PKI for delivery tests, written into one (temp) folder. Three CAs keep the two trust
 * directions apart, as in production: partners' servers chain to the "partners CA" (the gateway trusts
 * it), the gateway's client certificate chains to the "gateway CA" (the simulators trust it), and the
 * "rogue CA" nobody trusts issues an impostor server and a stranger's client certificate.
 * Every key store is PKCS#12 with the password {@value #PASSWORD}.
 */
public final class SimulatorPki {

    public static final String PASSWORD = "demo-only";
    public static final String GATEWAY_CLIENT_DN = "CN=hotline-gateway,O=Simulated Hotline Exchange Gateway,C=BE";
    static final String STRANGER_CLIENT_DN = "CN=stranger,O=Rogue Partner,C=XX";
    private static final List<String> LOCAL_DNS = List.of("localhost");
    private static final List<String> LOCAL_IPS = List.of("127.0.0.1");

    private final Path directory;
    private final Instant notBefore;
    private final Instant notAfter;
    private final CertificateAuthority partnersCa;
    private final CertificateAuthority rogueCa;
    private final X509Certificate gatewayClientCertificate;

    private SimulatorPki(Path directory) throws IOException {
        this.directory = directory;
        // Back-dated an hour so clock skew between test threads never makes a certificate "not yet valid".
        Instant now = Instant.now();
        this.notBefore = now.minus(Duration.ofHours(1));
        this.notAfter = now.plus(Duration.ofDays(1));
        this.partnersCa = CertificateAuthority.createRoot("CN=Simulated Partners CA,O=Delivery Tests,C=BE", notBefore, notAfter);
        CertificateAuthority gatewayCa = CertificateAuthority.createRoot("CN=Simulated Gateway CA,O=Delivery Tests,C=BE", notBefore, notAfter);
        this.rogueCa = CertificateAuthority.createRoot("CN=Rogue CA,O=Nobody Trusts Me,C=XX", notBefore, notAfter);

        PemWriter.writeCertificate(partnersCaPem(), partnersCa.certificate());
        PemWriter.writeCertificate(gatewayCaPem(), gatewayCa.certificate());
        PemWriter.writeCertificate(rogueCaPem(), rogueCa.certificate());
        writeTrustStore(partnersCaTrustStoreP12(), partnersCa.certificate());
        writeTrustStore(gatewayCaTrustStoreP12(), gatewayCa.certificate());

        IssuedCertificate gatewayClient = gatewayCa.issueClient(GATEWAY_CLIENT_DN, notBefore, notAfter);
        this.gatewayClientCertificate = gatewayClient.certificate();
        Pkcs12Writer.write(gatewayClientP12(), "gateway", gatewayClient, PASSWORD.toCharArray());
        Pkcs12Writer.write(strangerClientP12(), "stranger",
                rogueCa.issueClient(STRANGER_CLIENT_DN, notBefore, notAfter), PASSWORD.toCharArray());
    }

    /** Creates the CAs, the gateway's client key store and the trust stores in {@code directory}. */
    public static SimulatorPki create(Path directory) {
        try {
            Files.createDirectories(directory);
            return new SimulatorPki(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the simulator PKI into " + directory, e);
        }
    }

    /** The partners CA: what the gateway must trust for partners' HTTPS servers. */
    public Path partnersCaPem() {
        return directory.resolve("partners-ca.pem");
    }

    /** The partners CA as a PKCS#12 trust store, for clients that want a key store rather than PEM. */
    public Path partnersCaTrustStoreP12() {
        return directory.resolve("partners-ca-truststore.p12");
    }

    /** The gateway's client certificate, key and chain (alias "gateway"): what the gateway presents. */
    public Path gatewayClientP12() {
        return directory.resolve("gateway-client.p12");
    }

    /** The CA of the gateway's client certificate: the only CA the simulators accept clients from. */
    public Path gatewayCaPem() {
        return directory.resolve("gateway-ca.pem");
    }

    public Path gatewayCaTrustStoreP12() {
        return directory.resolve("gateway-ca-truststore.p12");
    }

    /** The CA of the impostor server; trusted by nobody. */
    public Path rogueCaPem() {
        return directory.resolve("rogue-ca.pem");
    }

    /** A client certificate from the rogue CA (alias "stranger"): the simulators must refuse it. */
    public Path strangerClientP12() {
        return directory.resolve("stranger-client.p12");
    }

    /** The partners CA itself, e.g. for {@code OutboundTls.forPartner(..., List.of(pki.partnersCaCertificate()))}. */
    public X509Certificate partnersCaCertificate() {
        return partnersCa.certificate();
    }

    public X509Certificate gatewayClientCertificate() {
        return gatewayClientCertificate;
    }

    /** A partner's HTTPS server key store (SAN localhost + 127.0.0.1), from the partners CA. */
    Path issuePartnerServerP12(String name) {
        return issueServerP12(partnersCa, name + "-server.p12", name);
    }

    /** The same, from the rogue CA: an impostor answering on the partner's address. */
    Path issueRogueServerP12(String name) {
        return issueServerP12(rogueCa, name + "-rogue-server.p12", name);
    }

    private Path issueServerP12(CertificateAuthority ca, String fileName, String name) {
        IssuedCertificate server = ca.issueServer("CN=localhost,OU=" + name + ",O=Simulated Partner,C=BE",
                LOCAL_DNS, LOCAL_IPS, notBefore, notAfter);
        Path file = directory.resolve(fileName);
        try {
            Pkcs12Writer.write(file, "server", server, PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static void writeTrustStore(Path file, X509Certificate ca) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", ca);
            store.store(out, PASSWORD.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust store " + file, e);
        }
    }
}
