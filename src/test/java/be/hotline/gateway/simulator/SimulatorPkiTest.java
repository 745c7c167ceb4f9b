package be.hotline.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorPkiTest {

    @TempDir
    Path folder;

    @Test
    void theTwoTrustDirectionsUseDifferentCas() throws Exception {
        SimulatorPki pki = SimulatorPki.create(folder);

        X509Certificate partnersCa = readPem(pki.partnersCaPem());
        X509Certificate gatewayCa = readPem(pki.gatewayCaPem());
        X509Certificate gatewayClient = (X509Certificate) load(pki.gatewayClientP12()).getCertificate("gateway");

        assertThat(gatewayClient).isEqualTo(pki.gatewayClientCertificate());
        assertThat(gatewayClient.getSubjectX500Principal().getName()).isEqualTo(SimulatorPki.GATEWAY_CLIENT_DN);
        assertThat(gatewayClient.getIssuerX500Principal()).isEqualTo(gatewayCa.getSubjectX500Principal());
        assertThat(partnersCa).isEqualTo(pki.partnersCaCertificate()).isNotEqualTo(gatewayCa);
        assertThat(load(pki.partnersCaTrustStoreP12()).getCertificate("ca")).isEqualTo(partnersCa);
        assertThat(load(pki.gatewayCaTrustStoreP12()).getCertificate("ca")).isEqualTo(gatewayCa);
    }

    @Test
    void partnerAndRogueServerCertificatesNameLocalhostButComeFromDifferentCas() throws Exception {
        SimulatorPki pki = SimulatorPki.create(folder);

        X509Certificate partner = (X509Certificate) load(pki.issuePartnerServerP12("police")).getCertificate("server");
        X509Certificate rogue = (X509Certificate) load(pki.issueRogueServerP12("police")).getCertificate("server");

        assertThat(partner.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
                .containsExactly("localhost", "127.0.0.1");
        assertThat(partner.getIssuerX500Principal()).isEqualTo(pki.partnersCaCertificate().getSubjectX500Principal());
        assertThat(rogue.getIssuerX500Principal()).isEqualTo(readPem(pki.rogueCaPem()).getSubjectX500Principal());
    }

    private static KeyStore load(Path p12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            store.load(in, SimulatorPki.PASSWORD.toCharArray());
        }
        return store;
    }

    private static X509Certificate readPem(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
