package be.hotline.gateway.support;

import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import be.hotline.gateway.pki.PemWriter;
import be.hotline.gateway.pki.Pkcs12Writer;
import java.io.FileInputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS of a simulated partner server: a certificate for the given names from a CA of its own (written to
 * {@code caPem} for the gateway to trust), requiring client certificates from {@code trustedClientCa}, or pinned
 * ones ({@link #createPinning}).
 */
public final class ServerTls {

    private ServerTls() {
    }

    public static SSLContext create(Path folder, String name, List<String> dnsNames, List<String> ipAddresses,
                                    Path trustedClientCa) throws Exception {
        KeyManager[] keys = serverKeys(folder, name, dnsNames, ipAddresses);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (FileInputStream in = new FileInputStream(trustedClientCa.toFile())) {
            trust.setCertificateEntry("client-ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys, trustManagers.getTrustManagers(), null);
        return tls;
    }

    /** Like {@link #create}, but the client certificate is let in only when {@code pins} hold its fingerprint. */
    public static SSLContext createPinning(Path folder, String name, List<String> dnsNames, List<String> ipAddresses,
                                           ClientPins pins) throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(serverKeys(folder, name, dnsNames, ipAddresses), new TrustManager[] {pins}, null);
        return tls;
    }

    private static KeyManager[] serverKeys(Path folder, String name, List<String> dnsNames, List<String> ipAddresses)
            throws Exception {
        Instant now = Instant.now();
        CertificateAuthority ca = CertificateAuthority.createRoot("CN=" + name + " CA", now.minusSeconds(3600), now.plus(Duration.ofDays(2)));
        IssuedCertificate server = ca.issueServer("CN=" + name, dnsNames, ipAddresses, now.minusSeconds(3600), now.plus(Duration.ofDays(2)));
        PemWriter.writeCertificate(caPem(folder, name), ca.certificate());
        Path keyStore = folder.resolve(name + ".p12");
        Pkcs12Writer.write(keyStore, name, server, PartnerClient.PASSWORD.toCharArray());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(keyStore.toFile())) {
            keys.load(in, PartnerClient.PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PartnerClient.PASSWORD.toCharArray());
        return keyManagers.getKeyManagers();
    }

    /** Where {@link #create} wrote the server's CA certificate. */
    public static Path caPem(Path folder, String name) {
        return folder.resolve(name + "-ca.crt");
    }
}
