package be.hotline.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.hotline.gateway.partner.CertificateIdentity;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerKind;
import be.hotline.gateway.pki.CertificateAuthority;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keys and signatures strong enough to identify a partner, and the CAs a registry may trust. */
class KeyStrengthTest {

    private static final Instant FROM = Instant.now().minus(Duration.ofDays(1));
    private static final Instant TO = Instant.now().plus(Duration.ofDays(30));
    private static final String SUBJECT = "CN=client.test,C=BE";
    private final CertificateAuthority ca = CertificateAuthority.createRoot("CN=Strength Test CA,C=BE", FROM, TO);

    @Test
    void anEcP256ChainSignedWithSha256IsStrongEnough() {
        X509Certificate client = ca.issueClient(SUBJECT, FROM, TO).certificate();
        assertThat(KeyStrength.chainRefusal(new X509Certificate[] {client, ca.certificate()})).isEmpty();
    }

    @Test
    void rsaKeysNeedAtLeast2048Bits() {
        X509Certificate rsa1024 = weakClient(WeakCertificates.rsa(1024), "SHA256withECDSA");
        X509Certificate rsa2048 = weakClient(WeakCertificates.rsa(2048), "SHA256withECDSA");
        assertThat(KeyStrength.chainRefusal(new X509Certificate[] {rsa1024}))
                .hasValue("too weak: RSA key of 1024 bits (at least 2048 required)");
        assertThat(KeyStrength.refusal(rsa2048)).isEmpty();
    }

    @Test
    void sha1SignaturesAreRefused() {
        X509Certificate sha1 = weakClient(WeakCertificates.ec("secp256r1"), "SHA1withECDSA");
        assertThat(KeyStrength.refusal(sha1)).hasValueSatisfying(reason -> assertThat(reason).contains("SHA1withECDSA"));
    }

    @Test
    void onlyRsaEcAndEdDsaKeysAreAccepted() throws Exception {
        java.security.KeyPairGenerator dsa = java.security.KeyPairGenerator.getInstance("DSA");
        dsa.initialize(2048);
        X509Certificate dsaClient = weakClient(dsa.generateKeyPair(), "SHA256withECDSA");
        assertThat(KeyStrength.refusal(dsaClient)).hasValueSatisfying(reason -> assertThat(reason).startsWith("DSA key"));
        X509Certificate ed25519 = weakClient(java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair(),
                "SHA256withECDSA");
        assertThat(KeyStrength.refusal(ed25519)).isEmpty();
    }

    @Test
    void aSelfSignedRootIsJudgedByItsKeyNotByItsOwnSignature() {
        X509Certificate sha1Root = WeakCertificates.root("CN=Old Root,C=NL", WeakCertificates.rsa(2048), "SHA1withRSA", FROM, TO);
        X509Certificate smallRoot = WeakCertificates.root("CN=Small Root,C=NL", WeakCertificates.rsa(1024), "SHA256withRSA", FROM, TO);
        assertThat(KeyStrength.refusal(sha1Root)).isEmpty();
        assertThat(KeyStrength.refusal(smallRoot)).hasValueSatisfying(reason -> assertThat(reason).contains("1024"));
    }

    @Test
    void aWeakCertificateInTheChainIsNamed() {
        X509Certificate smallRoot = WeakCertificates.root("CN=Small Root,C=NL", WeakCertificates.rsa(1024), "SHA256withRSA", FROM, TO);
        X509Certificate client = ca.issueClient(SUBJECT, FROM, TO).certificate();
        assertThat(KeyStrength.chainRefusal(new X509Certificate[] {client, smallRoot}))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("too weak in its chain (CN=Small Root,C=NL)"));
    }

    @Test
    void aRegistryTrustingAWeakCaIsRefusedNamingThePartnerAndTheField() {
        X509Certificate smallRoot = WeakCertificates.root("CN=Small Root,C=NL", WeakCertificates.rsa(1024), "SHA256withRSA", FROM, TO);
        Partner strong = partner(List.of(ca.certificate()), List.of(ca.certificate()));
        RegistryKeyStrength.requireStrongCas(List.of(strong));

        assertThatThrownBy(() -> RegistryKeyStrength.requireStrongCas(List.of(strong, partner(List.of(smallRoot), List.of(ca.certificate())))))
                .hasMessageContaining("partner nl-hotline: trustedCas lists CN=Small Root,C=NL").hasMessageContaining("1024");
        assertThatThrownBy(() -> RegistryKeyStrength.requireStrongCas(List.of(partner(List.of(ca.certificate()), List.of(smallRoot)))))
                .hasMessageContaining("outbound.trustedCas");
    }

    private X509Certificate weakClient(java.security.KeyPair keys, String signature) {
        return WeakCertificates.client(ca, SUBJECT, keys, signature, FROM, TO).certificate();
    }

    private static Partner partner(List<X509Certificate> clientCas, List<X509Certificate> serverCas) {
        return new Partner("nl-hotline", "NL", PartnerKind.HOTLINE, "NL", true,
                List.of(CertificateIdentity.pinned("AB".repeat(32))), clientCas,
                Optional.of(new Partner.OutboundEndpoint("https://nl.test/in", "JSON", serverCas, null, null, null)));
    }
}
