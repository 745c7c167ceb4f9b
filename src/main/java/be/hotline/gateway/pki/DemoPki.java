package be.hotline.gateway.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates the example PKI committed as {@code certs-example/}: a demo root CA, the gateway's
 * certificate and one client certificate per {@link DemoPartner}; for each partner that receives
 * deliveries also a CA of its own and a server certificate from it. Its keys are public by design,
 * which is why every file set it writes comes with loud warnings.
 */
public final class DemoPki {

    public static final String DEFAULT_PASSWORD = "demo-only";
    public static final String ROOT_CA_DN = "CN=Hotline Exchange Gateway DEMO Root CA,O=DEMO ONLY - not for production,C=BE";
    public static final String GATEWAY_DN = "CN=localhost,O=DEMO Hotline Exchange Gateway,C=BE";
    public static final String SIGNING_DN = "CN=Hotline Exchange Gateway DEMO signing,O=DEMO Hotline Exchange Gateway,C=BE";
    public static final List<String> GATEWAY_DNS_NAMES = List.of("localhost");
    public static final List<String> GATEWAY_IP_ADDRESSES = List.of("127.0.0.1", "::1");
    /** A demo receiver runs on the same machine as the gateway: the names the demo registry's outbound URLs use. */
    public static final List<String> RECEIVER_DNS_NAMES = List.of("localhost");
    public static final List<String> RECEIVER_IP_ADDRESSES = List.of("127.0.0.1", "::1");
    /** The longest lifetime TLS clients (Apple, browsers) still accept for a leaf certificate. */
    public static final Duration LEAF_VALIDITY = Duration.ofDays(825);
    public static final int ROOT_CA_VALIDITY_YEARS = 10;
    /** Start validity a day early so a partner machine whose clock is behind still accepts the certificates. */
    public static final Duration BACKDATING = Duration.ofDays(1);

    private DemoPki() {
    }

    /** Writes the whole demo PKI under {@code outDir}, overwriting files of an earlier run. */
    public static DemoPkiLayout init(Path outDir, char[] password, Clock clock) throws IOException {
        DemoPkiLayout layout = DemoPkiLayout.of(outDir);
        // X.509 keeps whole seconds: truncating makes the written dates equal the ones computed here.
        Instant notBefore = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(BACKDATING);
        Instant leafNotAfter = notBefore.plus(LEAF_VALIDITY);
        Instant caNotAfter = notBefore.atOffset(ZoneOffset.UTC).plusYears(ROOT_CA_VALIDITY_YEARS).toInstant();

        CertificateAuthority ca = CertificateAuthority.createRoot(ROOT_CA_DN, notBefore, caNotAfter);
        PemWriter.writeCertificate(layout.rootCaCertificate(), ca.certificate());
        PemWriter.writePrivateKey(layout.rootCaPrivateKey(), ca.privateKey());
        Map<String, X509Certificate> certificates = new TreeMap<>();
        certificates.put(layout.relativeName(layout.rootCaCertificate()), ca.certificate());

        // The gateway uses one identity both as TLS server and as client toward partners.
        IssuedCertificate gateway = ca.issueServerAndClient(GATEWAY_DN, GATEWAY_DNS_NAMES, GATEWAY_IP_ADDRESSES,
                notBefore, leafNotAfter);
        writeLeaf(gateway, DemoPkiLayout.GATEWAY_ALIAS, layout.gatewayCertificate(), layout.gatewayPrivateKey(),
                layout.gatewayKeyStore(), password);
        certificates.put(layout.relativeName(layout.gatewayCertificate()), gateway.certificate());
        certificates.put(layout.relativeName(layout.signingCertificate()),
                writeSigning(ca, layout, notBefore, leafNotAfter, password).certificate());

        for (DemoPartner partner : DemoPartner.values()) {
            String name = partner.fileBaseName();
            IssuedCertificate issued = ca.issueClient(partner.distinguishedName(), notBefore, leafNotAfter);
            writeLeaf(issued, name, layout.partnerCertificates().get(name), layout.partnerPrivateKeys().get(name),
                    layout.partnerKeyStores().get(name), password);
            certificates.put(layout.relativeName(layout.partnerCertificates().get(name)), issued.certificate());
            if (partner.receivesDeliveries()) {
                certificates.putAll(writeReceiver(partner, layout, notBefore, leafNotAfter, caNotAfter, password));
            }
        }

        FingerprintsFile.write(layout.fingerprints(), certificates);
        DemoPkiReadme readme = new DemoPkiReadme(Arrays.equals(DEFAULT_PASSWORD.toCharArray(), password),
                notBefore, leafNotAfter, caNotAfter);
        Files.writeString(layout.readme(), readme.readme(), StandardCharsets.UTF_8);
        Files.writeString(layout.warning(), readme.warning(), StandardCharsets.UTF_8);
        return layout;
    }

    /** The gateway's signing key, a key of its own (never the TLS key), from the demo root. */
    static IssuedCertificate writeSigning(CertificateAuthority ca, DemoPkiLayout layout, Instant notBefore,
                                          Instant notAfter, char[] password) throws IOException {
        IssuedCertificate signing = ca.issueSigning(SIGNING_DN, notBefore, notAfter);
        writeLeaf(signing, DemoPkiLayout.SIGNING_ALIAS, layout.signingCertificate(), layout.signingPrivateKey(),
                layout.signingKeyStore(), password);
        return signing;
    }

    /**
     * The receiver's own CA, not the demo root: the gateway trusts a receiver's server only through the CAs
     * registered for that receiver, so the demo shows the set-up a real partner has.
     */
    private static Map<String, X509Certificate> writeReceiver(DemoPartner partner, DemoPkiLayout layout, Instant notBefore,
                                                              Instant leafNotAfter, Instant caNotAfter, char[] password)
            throws IOException {
        DemoPkiLayout.ReceiverFiles files = layout.receivers().get(partner.fileBaseName());
        CertificateAuthority serverCa = CertificateAuthority.createRoot(partner.serverCaDistinguishedName(),
                notBefore, caNotAfter);
        PemWriter.writeCertificate(files.serverCaCertificate(), serverCa.certificate());
        PemWriter.writePrivateKey(files.serverCaPrivateKey(), serverCa.privateKey());
        IssuedCertificate server = serverCa.issueServer(partner.serverDistinguishedName(), RECEIVER_DNS_NAMES,
                RECEIVER_IP_ADDRESSES, notBefore, leafNotAfter);
        writeLeaf(server, partner.serverFileBaseName(), files.serverCertificate(), files.serverPrivateKey(),
                files.serverKeyStore(), password);
        return Map.of(layout.relativeName(files.serverCaCertificate()), serverCa.certificate(),
                layout.relativeName(files.serverCertificate()), server.certificate());
    }

    private static void writeLeaf(IssuedCertificate issued, String alias, Path certificate, Path privateKey,
                                  Path keyStore, char[] password) throws IOException {
        PemWriter.writeCertificate(certificate, issued.certificate());
        PemWriter.writePrivateKey(privateKey, issued.privateKey());
        Pkcs12Writer.write(keyStore, alias, issued, password);
    }
}
