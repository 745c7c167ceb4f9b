package be.hotline.gateway.pki;

import be.hotline.gateway.partner.Fingerprints;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.api.Test;

/** PEM and fingerprints checked with Bouncy Castle's PEM parser, i.e. not with our own code. */
class KeyMaterialFormatTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private final CertificateAuthority ca = CertificateAuthority.createRoot("CN=Test CA", FROM, FROM.plusSeconds(3600));
    private final IssuedCertificate leaf = ca.issueClient("CN=leaf", FROM, FROM.plusSeconds(3600));

    @Test
    void certificatePemIsStandard() throws Exception {
        String pem = PemWriter.certificateToPem(leaf.certificate());

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(pem.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            X509CertificateHolder parsed = (X509CertificateHolder) parser.readObject();
            assertThat(parsed.getEncoded()).isEqualTo(leaf.certificate().getEncoded());
        }
    }

    @Test
    void privateKeyPemIsUnencryptedPkcs8() throws Exception {
        String pem = PemWriter.privateKeyToPem(leaf.privateKey());

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            PrivateKey parsed = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parser.readObject());
            assertThat(PkiTestSupport.keyMatchesCertificate(parsed, leaf.certificate())).isTrue();
        }
    }

    @Test
    void fingerprintIsUpperCaseColonSeparatedSha256OfTheDer() throws Exception {
        X509Certificate certificate = leaf.certificate();
        String expected = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));

        assertThat(Fingerprints.sha256WithColons(certificate))
                .isEqualTo(expected)
                .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }
}
